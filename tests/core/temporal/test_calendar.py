"""Calendar arithmetic (core.temporal.calendar): named days, years of yearless dates, weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from core.lang import words
from core.temporal.calendar import (
    Context,
    add_months,
    easter,
    holiday_date,
    weekday_near,
    year_for_day,
    year_for_month,
)
from core.temporal.tense import FUTURE, PAST, UNKNOWN

HOLIDAYS = words("en", "calendar").HOLIDAYS


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("Christmas Eve", 2022, date(2022, 12, 24)),
        ("New Year's Eve", 2022, date(2022, 12, 31)),
        ("Thanksgiving", 2022, date(2022, 11, 24)),
        ("Black Friday", 2022, date(2022, 11, 25)),
        ("Easter Monday", 2022, date(2022, 4, 18)),
        ("Good Friday", 2024, date(2024, 3, 29)),
        ("Labor Day", 2022, date(2022, 9, 5)),
        ("Memorial Day", 2022, date(2022, 5, 30)),
        ("Election Day", 2020, date(2020, 11, 3)),
    ],
)
def test_every_english_holiday_rule_gives_its_day(name: str, year: int, expected: date) -> None:
    assert holiday_date(HOLIDAYS[name], year) == expected


def test_every_holiday_rule_is_one_the_engine_knows() -> None:
    for rule in HOLIDAYS.values():
        assert holiday_date(rule, 2023).year == 2023


def test_easter_of_known_years() -> None:
    assert [easter(y) for y in (2019, 2022, 2025)] == [
        date(2019, 4, 21),
        date(2022, 4, 17),
        date(2025, 4, 20),
    ]


def test_a_yearless_day_stays_in_the_publication_year_unless_far_on_the_wrong_side() -> None:
    dct = date(2022, 2, 4)
    assert year_for_day(12, 20, dct, PAST) == 2021  # ten months ahead, told in the past
    assert year_for_day(12, 20, dct, FUTURE) == 2022
    assert year_for_day(2, 14, dct, UNKNOWN) == 2022


def test_a_bare_month_ahead_told_in_the_past_is_last_years() -> None:
    assert year_for_month(8, date(2021, 2, 12), PAST) == 2020
    assert year_for_month(8, date(2021, 2, 12), FUTURE) == 2021


def test_a_bare_weekday_looks_back_unless_the_tense_points_ahead() -> None:
    friday = date(2022, 2, 4)
    assert weekday_near(friday, 1, PAST) == date(2022, 1, 31)
    assert weekday_near(friday, 1, FUTURE) == date(2022, 2, 7)
    assert weekday_near(friday, 5, UNKNOWN) == friday


def test_adding_months_keeps_the_day_within_the_month() -> None:
    assert add_months(date(2022, 1, 31), 1) == date(2022, 2, 28)


def test_the_reference_is_the_last_mention_only_when_precise_enough() -> None:
    ctx = Context(text="", dct=date(2022, 2, 4))
    ctx.mention(date(2014, 1, 1), "year", 10)
    assert ctx.reference("year").day == date(2014, 1, 1)
    assert ctx.reference("day").day == date(2022, 2, 4)
