"""English time expressions fixed by #14's sixth round (en20d), in our own sentences: "last
quarter", a clock time before a day written day-first."""

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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A van hit the gate at 11pm on 29 September.", "2025-09-29T23:00"),
        # a clock time before a day written day-first is on that day, as before a month-first one
        ("Ana Pires was attacked at 9pm on 4 October.", "2025-10-04T21:00"),
        ("A van hit the gate at 11:40 p.m. on 29 September.", "2025-09-29T23:40"),
        ("Ana Pires was attacked at 9pm on October 4.", "2025-10-04T21:00"),
    ],
)
def test_a_clock_time_before_its_day_takes_that_day(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2025, 10, 14)) if "T" in t.value] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a yearless month told in the plain past, after last year's later month, a few months
        # before publication: the story has come into this year
        ("The pool was shut in June 2024. The council opened a review in March.", "2025-03"),
        # ... but a past perfect looks back into the story's year
        ("The pool was shut in June 2024. It had reopened in March.", "2024-03"),
        # ... and a month long before publication stays in the story's year (a history)
        ("The pool was shut in June 2024. The council opened a review in January.", "2024-01"),
    ],
)
def test_a_yearless_month_after_last_years_story(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2025, 5, 20))][-1] == value
