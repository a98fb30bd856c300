"""Russian stories told in the past, read as a reader would date them (round 2 of #16)."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document


def _events(body: str, published: str) -> list[tuple[str, str]]:
    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, f"{published}T10:00", "header", "h",
                   body_start=text.index(body), language="ru")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(doc)]


def test_minutes_later_in_a_past_story_is_the_story_day() -> None:
    """ "Через двадцать минут … вернулся": later that day in 1970, not on publication day."""
    body = "3 мая 1970 года пилот Сергей Орлов поднял самолёт в воздух. Через двадцать минут Орлов вернулся на аэродром."
    assert ("1970-05-03", "Орлов вернулся на аэродром") in _events(body, "2020-05-03")


def test_in_three_days_told_in_the_past_counts_from_the_story() -> None:
    body = (
        "4 июня 1980 года экспедиция вышла из Мурманска. Через три дня судно достигло Шпицбергена."
    )
    assert ("1980-06-07", "Судно достигло Шпицбергена") in _events(body, "2021-01-10")


def test_in_three_days_ahead_still_counts_from_publication() -> None:
    body = "Через три дня делегация прилетит в Минск."
    assert _events(body, "2021-01-10") == [("2021-01-13", "Делегация прилетит в Минск")]
    body = "Вчера министр прилетел в Минск. Через три дня министр посетит Брест."
    assert ("2021-01-13", "Министр посетит Брест") in _events(body, "2021-01-10")


def test_a_month_of_last_year_ends_the_story() -> None:
    """After "в сентябре прошлого года" a bare "15 января" is counted from publication."""
    body = (
        "Бизнесмена арестовали в октябре 2021 года. Следствие закончилось в сентябре "
        "прошлого года, а первое слушание прошло 12 января."
    )
    assert ("2024-01-12", "Первое слушание прошло") in _events(body, "2024-05-02")


def test_what_did_not_happen_is_no_event() -> None:
    """ "он не спал": dropping "не" from the title would say the opposite."""
    body = "9 мая 1975 года артист выступил в Кремле. Накануне вечером он не репетировал."
    assert _events(body, "2025-05-09") == [("1975-05-09", "Артист выступил в Кремле")]


def test_past_of_go_and_grow_are_verbs() -> None:
    body = (
        "Вчера министр заявил, что выпуск стали вырос. Ярмарка прошла в Казани в марте 2020 года."
    )
    found = _events(body, "2024-02-07")
    assert ("2024-02-06", "Министр заявил, что выпуск стали вырос") in found
    assert ("2020-03", "Ярмарка прошла в Казани") in found


def test_an_expiry_is_a_scheduled_event() -> None:
    assert _events("Действующий договор истекает 30 апреля.", "2024-04-02") == [
        ("2024-04-30", "Действующий договор истекает")
    ]


def test_weeks_before_that_count_back_from_the_story() -> None:
    body = "20 мая 1988 года завод остановил конвейер. За две недели до этого рабочие объявили забастовку."
    # the day two weeks back (#16 round 4: weeks counted from a day give a day)
    assert ("1988-05-06", "Рабочие объявили забастовку") in _events(body, "2020-10-14")


def test_a_part_of_the_day_alone_is_the_day_in_question() -> None:
    news = _events("Губернатор встретился с фермерами утром.", "2024-03-07")
    assert news == [("2024-03-07TMO", "Губернатор встретился с фермерами")]


def test_a_day_of_last_year_is_one_date() -> None:
    body = "Дело передали в суд 4 июля прошлого года."
    assert _events(body, "2024-11-28") == [("2023-07-04", "Дело передали в суд")]
