"""A condition kept on a given day (session 25, helper recall3): "will remain closed on
Monday", "will stay shut on Monday and Tuesday" is that day's closure on a chronology, the
coming day when the clause looks ahead; "remains the largest" and a condition over a month
stay states. A quotation's speaker titled "Assistant U.S. Attorney" is a person with a role
before the name, so the saying is dated. Told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-10-13"  # a Wednesday
CASES = [
    (
        "remain-closed-coming-day",
        "The harbour road will remain closed on Friday.",
        [("title", "The harbour road will remain closed", "2021-10-15")],
    ),
    (
        "stay-shut-two-coming-days",
        "Libraries in the district will stay shut on Monday and Tuesday, the council said.",
        [("title", "Libraries in the district will stay shut", "2021-10-18")],
    ),
    (
        "remained-closed-past-day",
        "The museum remained closed on Sunday after the storm.",
        [("title", "The museum remained closed", "2021-10-10")],
    ),
    (
        "stay-in-force-coming-day",
        "The curfew will stay in force on Saturday.",
        [("title", "The curfew will stay in force", "2021-10-16")],
    ),
    # an attorney's title before the name, an abbreviation inside it
    (
        "assistant-us-attorney-quoted",
        '"We kept every promise," Assistant U.S. Attorney Maria Olsen told jurors in her'
        " closing argument on Monday.",
        [("title", "Olsen: “We kept every promise”", "2021-10-11")],
    ),
    (
        "us-attorney-quoted",
        '"The books were invented," U.S. Attorney Paul Grieve said in a statement on Tuesday.',
        [("title", "Grieve: “The books were invented”", "2021-10-12")],
    ),
    # a state, not a condition kept on a day
    (
        "remains-the-largest",
        "On Monday the mill remained the largest employer in the valley, and the mill shop"
        " stayed shut on Tuesday.",
        [("no-title-with", "largest"), ("title", "The mill shop stayed shut", "2021-10-12")],
    ),
    (
        "remain-closed-a-month",
        "The pool will remain closed in November, and the gym will remain closed on Friday.",
        [("no-title-with", "pool"), ("title", "The gym will remain closed", "2021-10-15")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kept_condition_on_a_day(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
