"""A day that ends a named quarter or half ("in the quarter ending June 30") says which
period, and the happening is dated by the period, in the day's own year: "is expected in
the quarter ending Sept 30", written in March, is this September's quarter, not last
year's (#14). Every sentence here is our own. Each case: the publication date, a sentence,
the event dates a reader expects from it."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article


def _dates(published: str, body: str) -> list[str]:
    return [e.start for e in extract_events(article(body, published)) if not e.undated]


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        ("1987-03-10", "Completion is planned for the third fiscal quarter ending June 30.", ["1987-Q2"]),
        ("1987-03-10", "Orvik said the merger is expected to close in the quarter ending Sept 30.", ["1987-Q3"]),
        ("1987-04-01", "Orvik said the merger is expected to close in the quarter ending Sept 30.", ["1987-Q3"]),
        # ... a period gone by keeps its year
        ("1987-03-10", "Orvik said sales rose 10 pct in the quarter ended Dec 31.", ["1986-Q4"]),
        ("1987-03-10", "Orvik said net income rose in the first half ended June 30, 1986.", ["1986-H1"]),
    ],
)  # fmt: skip
def test_a_period_named_by_its_last_day_dates_by_the_period(published, body, expected):
    assert _dates(published, body) == expected
