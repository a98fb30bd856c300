"""The time model: TIMEX3 values, their precision and half-open bounds."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.timeval import format_value, parse_value

BOUNDED = [
    ("2022-02-04T23:15", "time", datetime(2022, 2, 4, 23, 15), datetime(2022, 2, 4, 23, 16)),
    ("2022-02-04T23", "time", datetime(2022, 2, 4, 23), datetime(2022, 2, 5)),
    ("2022-02-04", "day", datetime(2022, 2, 4), datetime(2022, 2, 5)),
    ("2022-02-04TMO", "day", datetime(2022, 2, 4), datetime(2022, 2, 5)),
    ("2022-02-04TAF", "day", datetime(2022, 2, 4), datetime(2022, 2, 5)),
    ("2022-02-04TEV", "day", datetime(2022, 2, 4), datetime(2022, 2, 5)),
    ("2022-02-04TNI", "day", datetime(2022, 2, 4), datetime(2022, 2, 5)),
    ("2022-W05", "week", datetime(2022, 1, 31), datetime(2022, 2, 7)),
    ("2022-W05-WE", "week", datetime(2022, 2, 5), datetime(2022, 2, 7)),
    ("2020-W53-WE", "week", datetime(2021, 1, 2), datetime(2021, 1, 4)),
    ("2022-02", "month", datetime(2022, 2, 1), datetime(2022, 3, 1)),
    ("2022-Q1", "quarter", datetime(2022, 1, 1), datetime(2022, 4, 1)),
    ("2021-WI", "quarter", datetime(2021, 12, 1), datetime(2022, 3, 1)),
    ("2022", "year", datetime(2022, 1, 1), datetime(2023, 1, 1)),
    ("199", "decade", datetime(1990, 1, 1), datetime(2000, 1, 1)),
    ("19", "century", datetime(1900, 1, 1), datetime(2000, 1, 1)),
]
UNBOUNDED = ["PRESENT_REF", "P8Y", "XXXX-WXX-1", "2022-02-31", "2022-02-31TNI", "2021-W53-WE",
             "2022-02-04TXX", "2022-W05-WD"]  # fmt: skip


@pytest.mark.parametrize(("value", "precision", "start", "end"), BOUNDED)
def test_values_keep_precision_and_cover_their_period(
    value: str, precision: str, start: datetime, end: datetime
) -> None:
    parsed = parse_value(value)
    assert parsed is not None
    assert (parsed.value, parsed.precision, parsed.start, parsed.end) == (
        value,
        precision,
        start,
        end,
    )


@pytest.mark.parametrize("value", UNBOUNDED)
def test_values_without_bounds_are_none(value: str) -> None:
    assert parse_value(value) is None


def test_format_value_round_trips_day_and_week() -> None:
    moment = datetime(2022, 2, 4, 23, 15)
    assert format_value(moment, "day") == "2022-02-04"
    assert format_value(moment, "week") == "2022-W05"
    assert parse_value(format_value(moment, "week")).start == datetime(2022, 1, 31)


def test_a_day_the_text_does_not_give_is_bounded_as_its_month_or_year() -> None:
    # "that same day" in a story that reached only October 1998 (or only 1998)
    month = parse_value("1998-10-XX")
    year = parse_value("1998-XX-XX")
    assert (month.value, month.precision, month.start) == (
        "1998-10-XX",
        "month",
        datetime(1998, 10, 1),
    )
    assert (year.precision, year.start, year.end) == (
        "year",
        datetime(1998, 1, 1),
        datetime(1999, 1, 1),
    )
    assert parse_value("XXXX-XX-XX") is None
