"""A yearless date reads its sentence's tense only when the tense could change its year."""

from datetime import date, datetime, timedelta

import pytest

from core.temporal.calendar import day_needs_tense, month_needs_tense, year_for_day, year_for_month
from core.temporal.tagger import tag
from core.temporal.tense import FUTURE, PAST, UNKNOWN

TENSES = (PAST, UNKNOWN, FUTURE)
DCTS = [date(1987, 3, 9), date(2024, 1, 1), date(2023, 12, 31), date(2024, 2, 29)]


@pytest.mark.parametrize("dct", DCTS)
def test_a_day_the_tense_cannot_move_has_one_year_for_every_tense(dct: date) -> None:
    day, moved = date(dct.year, 1, 1), 0
    while day.year == dct.year:
        years = {year_for_day(day.month, day.day, dct, t) for t in TENSES}
        if not day_needs_tense(day.month, day.day, dct):
            assert years == {dct.year}
        moved += len(years) > 1
        day += timedelta(days=1)
    assert moved > 0  # the test would see a day whose year the tense moves


@pytest.mark.parametrize("dct", DCTS)
def test_a_month_the_tense_cannot_move_has_one_year_for_every_tense(dct: date) -> None:
    for month in range(1, 13):
        years = {year_for_month(month, dct, t) for t in TENSES}
        if not month_needs_tense(month, dct):
            assert years == {dct.year}


@pytest.mark.parametrize(
    ("month", "day", "needs"),
    [(3, 20, False), (5, 30, False), (6, 10, True), (11, 20, True), (12, 1, True)],
)
def test_only_a_day_months_from_publication_asks_the_tense(
    month: int, day: int, needs: bool
) -> None:
    assert day_needs_tense(month, day, date(1987, 3, 9)) is needs


@pytest.mark.parametrize(
    ("month", "needs"), [(2, False), (3, False), (4, False), (5, True), (12, True)]
)
def test_only_a_month_well_away_from_publication_asks_the_tense(month: int, needs: bool) -> None:
    assert month_needs_tense(month, date(1987, 3, 9)) is needs


@pytest.mark.parametrize(
    ("published", "sentence", "value"),
    [
        # this quarter or the last: this year's whatever the tense (no look at the verbs)
        ("1987-08-10", "Profits rose in the second quarter.", "1987-Q2"),
        ("1987-08-10", "Profits will rise in the second quarter.", "1987-Q2"),
        ("1987-08-10", "Profits will rise in the third quarter.", "1987-Q3"),
        ("1987-08-10", "Sales will rise in the first half.", "1987-H1"),
        # further: the tense moves it
        ("1987-08-10", "Profits rose in the fourth quarter.", "1986-Q4"),
        ("1987-08-10", "Profits will rise in the first quarter.", "1988-Q1"),
        ("1987-08-10", "Sales rose in the second half.", "1986-H2"),
        ("1987-02-10", "Profits rose in the second quarter.", "1986-Q2"),
        # a year's end: last year's only in a past sentence early in the year
        ("1987-08-10", "Debt fell by year-end.", "1987"),
        ("1987-02-10", "Debt fell by year-end.", "1986"),
        ("1987-02-10", "Debt will fall by year-end.", "1987"),
    ],
)
def test_a_quarter_or_year_end_reads_the_tense_only_when_it_can_move_it(
    published: str, sentence: str, value: str
) -> None:
    dct = datetime.fromisoformat(published)
    assert [t.value for t in tag(sentence, dct)] == [value]
