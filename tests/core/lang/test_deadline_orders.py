"""Russian and Ukrainian: a deadline set by an order ("поручил к понедельнику доложить") is
when the thing asked for is due, never the day the order was given."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


@pytest.mark.parametrize(
    ("language", "sentence", "deadline"),
    [
        ("ru", "Мэр Олег Ветров поручил проверить котельные и к понедельнику доложить.", "2021-12-06"),
        ("ru", "Губернатор Пётр Лаптев потребовал к пятнице представить план.", "2021-12-03"),
        ("uk", "Мер Олег Гнатюк доручив до понеділка підготувати звіт.", "2021-12-06"),
        ("uk", "Губернатор Петро Мельник вимагав до п'ятниці подати план.", "2021-12-03"),
    ],
)  # fmt: skip
def test_an_order_is_not_dated_by_its_deadline(language, sentence, deadline):
    text = f"Заголовок\n\n{sentence}\n"
    document = Document("/t.txt", "Заголовок", text, "2021-12-09", "user", "h", language=language)
    assert deadline not in [event.start for event in extract_events(document)]


def test_an_order_keeps_its_own_day():
    text = "Заголовок\n\nМэр Олег Ветров в понедельник поручил проверить котельные.\n"
    document = Document("/t.txt", "Заголовок", text, "2021-12-09", "user", "h", language="ru")
    assert "2021-12-06" in [event.start for event in extract_events(document)]
