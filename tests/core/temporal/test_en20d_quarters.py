"""'Last quarter' is the quarter gone by, unless a year or a look ahead makes it the fourth
(#14, en20d; our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The bank set aside a further sum last quarter.", "2025-11-04", "2025-Q3"),
        ("Shipments fell in the last quarter, the board said.", "1987-03-12", "1986-Q4"),
        # counted from the publication, whatever quarter the text named before
        ("Profit rose in the second quarter but slipped last quarter.", "2025-11-04", "2025-Q3"),
        # a year given, or a look ahead: the year's fourth
        ("Exports fell in the last quarter of 1986.", "1987-03-12", "1986-Q4"),
        ("Demand should pick up in the last quarter.", "2025-05-04", "2025-Q4"),
        ("Orders rose in the fourth quarter.", "2026-02-04", "2025-Q4"),
    ],
)
def test_last_quarter_is_the_one_gone_by(text: str, published: str, value: str) -> None:
    found = [t.value for t in tag(text, date.fromisoformat(published)) if "Q" in t.value]
    assert found[-1] == value
