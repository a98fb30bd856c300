"""Russian and Ukrainian participle asides on their own date: "Директор Инна Орлова,
назначенная в мае 2017 года, …" tells that Orlova was appointed then ("Инна Орлова
назначена"). The participle agrees with its noun in the nominative; a name after a
preposition, a name whose ending does not fit the participle, or a year that only tells a
thing's age gives no event. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (
        "ru",
        "Директор заповедника Инна Орлова, назначенная в мае 2017 года, сообщила во вторник, "
        "что тропу закроют.",
        [("title", "Инна Орлова назначена", "2017-05")],
    ),
    (
        "ru",
        "Цена билета выросла до 90 рублей, тогда как прежняя цена, утверждённая в 2018 году, "
        "составляла 60 рублей.",
        [("title", "Прежняя цена утверждена", "2018")],
    ),
    (
        "uk",
        "Голова ради Степан Мороз, обраний у квітні 2019 року, заявив у вівторок, що тариф зросте.",
        [("title", "Степан Мороз обраний", "2019-04")],
    ),
    # a thing's age: no event for the building
    (
        "ru",
        "Пристань в Озёрске, построенная в 1954 году, закрыта с весны.",
        [("not", "1954")],
    ),
    (
        "uk",
        "Фонтан у сквері Франка, відкритий у 2011 році, торік восени розібрали.",
        [("not", "2011")],
    ),
    # a genitive before the comma is owned by another noun: no subject to title
    (
        "ru",
        "Стоимость проезда, повышенная в марте 2020 года, снова выросла.",
        [("no-title-with", "Проезда")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_participle_aside(language: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, "2023-05-10"), checks)
