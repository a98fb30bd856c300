"""Every kind of time value the app stores, as a person reads it (core.timelabel)."""

from __future__ import annotations

import pytest

from core.timelabel import date_label, ordinal

LABELS = [
    # centuries and decades (TIMEX3 writes their leading digits)
    ("10", "11th century"),
    ("19", "20th century"),
    ("20", "21st century"),
    ("198", "1980s"),
    ("200", "2000s"),
    # years, before and in the common era
    ("1987", "1987"),
    ("0490", "490"),
    ("BC0490", "490 BC"),
    ("-0490", "490 BC"),
    ("BC047", "470s BC"),
    ("BC04", "5th century BC"),
    ("BC0480-09", "September 480 BC"),
    # quarters, fiscal years, seasons, halves
    ("1989-Q1", "first quarter of 1989"),
    ("FY1989", "fiscal year 1989"),
    ("FY1989-Q3", "third quarter of fiscal year 1989"),
    ("1989-SU", "summer 1989"),
    ("1989-WI", "winter 1989"),
    ("1989-H1", "first half of 1989"),
    # months, weeks, weekends
    ("1987-03", "March 1987"),
    ("1998-W10", "week 10 of 1998 (2–8 Mar)"),
    ("1998-W01", "week 1 of 1998 (29 Dec 1997 – 4 Jan 1998)"),
    ("1989-W43-WE", "weekend of 28–29 Oct 1989"),
    # days, parts of the day, times
    ("1987-03-19", "19 Mar 1987"),
    ("1987-03-19TAF", "19 Mar 1987, afternoon"),
    ("1987-03-19TMO", "19 Mar 1987, morning"),
    ("1987-03-19TNI", "19 Mar 1987, night"),
    ("2022-02-04T23:15", "4 Feb 2022, 23:15"),
    ("2022-02-04T09", "4 Feb 2022, 09:00"),
    ("2022-02-04T23:15:30", "4 Feb 2022, 23:15"),
    ("2022-02-04T24:00", "4 Feb 2022, midnight"),
    # what it cannot read comes back as it is, never as a wrong date
    ("1987-02-30", "1987-02-30"),
    ("1998-W60", "1998-W60"),
    ("PRESENT_REF", "PRESENT_REF"),
    ("", ""),
]


@pytest.mark.parametrize(("value", "label"), LABELS)
def test_a_stored_value_reads_as_people_write_it(value: str, label: str) -> None:
    assert date_label(value) == label


SPANS = [
    ("1987", "1989", "1987–1989"),
    ("1987-03", "1987-05", "March–May 1987"),
    ("1987-03-19", "1987-03-21", "19–21 Mar 1987"),
    ("1987-03-19", "1987-04-02", "19 Mar – 2 Apr 1987"),
    ("1987-12-30", "1988-01-02", "30 Dec 1987 – 2 Jan 1988"),
    ("1987", "1989-03", "1987 – March 1989"),
    ("198", "199", "1980s – 1990s"),
    ("1987-03-19", "1987-03-19", "19 Mar 1987"),
]


@pytest.mark.parametrize(("start", "end", "label"), SPANS)
def test_a_span_names_what_its_ends_share_once(start: str, end: str, label: str) -> None:
    assert date_label(start, end) == label


def test_an_undated_event_says_when_it_was_reported_and_that_it_has_no_date() -> None:
    assert date_label("1987-03-19", undated=True) == "reported 19 Mar 1987, no date given"
    assert date_label("1987-03-19", undated=True, long=True) == (
        "reported Thursday 19 March 1987, no date given"
    )


def test_long_labels_spell_out_weekdays_and_months() -> None:
    assert date_label("2022-02-07", long=True) == "Monday 7 February 2022"
    assert date_label("1987-03-19TEV", long=True) == "Thursday 19 March 1987, evening"
    assert date_label("1998-W10", long=True) == "week 10 of 1998 (2–8 March)"


@pytest.mark.parametrize(
    ("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                    (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ordinals(n: int, text: str) -> None:
    assert ordinal(n) == text


def test_a_day_the_text_does_not_give_is_written_as_its_month() -> None:
    assert date_label("1998-10-XX", long=True) == "October 1998"
    assert date_label("1998-XX-XX") == "1998"
