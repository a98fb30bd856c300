"""Russian and Ukrainian put the part of the day before its weekday as often as after it
("утром в четверг", "ввечері в середу"): one expression, that weekday's morning or evening,
never the publication day's."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.events.articles import check_events, events_of

PUBLISHED = "2025-10-17"  # a Friday


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Склад загорелся вечером в среду.", ("вечером в среду", "2025-10-15TEV")),
        ("ru", "Ночью во вторник прошёл ливень.", ("Ночью во вторник", "2025-10-14TNI")),
        ("ru", "Паром ушёл в среду вечером.", ("среду вечером", "2025-10-15TEV")),
        ("uk", "Пором вирушив увечері в середу.", ("увечері в середу", "2025-10-15TEV")),
        ("uk", "Вранці у понеділок випав сніг.", ("Вранці у понеділок", "2025-10-13TMO")),
    ],
)
def test_part_of_day_before_weekday(language: str, text: str, expected: tuple) -> None:
    found = [(t.text, t.value) for t in tag(text, date.fromisoformat(PUBLISHED), language)]
    assert expected in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Рабочие отпустили заложников утром в четверг."),
        ("uk", "Рятувальники відкрили міст вранці в четвер."),
    ],
)
def test_the_happening_takes_that_weekday(language: str, text: str) -> None:
    check_events(events_of(text, language, PUBLISHED), [("dated", "2025-10-16TMO")])
