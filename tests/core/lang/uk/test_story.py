"""Ukrainian stories told in the past, read as a reader would date them (round 2 of #16)."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document


def _events(body: str, published: str) -> list[tuple[str, str]]:
    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, f"{published}T10:00", "header", "h",
                   body_start=text.index(body), language="uk")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(doc)]


def test_in_two_days_told_in_the_past_counts_from_the_story() -> None:
    body = "2 липня 1976 року експедиція вирушила з Одеси. Через два дні судно прибуло до Варни."
    assert ("1976-07-04", "Судно прибуло до Варни") in _events(body, "2021-01-10")


def test_past_of_go_and_grow_are_verbs() -> None:
    body = "Листи надійшли до редакції 3 березня. Виробництво сталі у лютому зросло на 4%."
    found = _events(body, "2024-03-20")
    assert ("2024-03-03", "Листи надійшли до редакції") in found
    assert ("2024-02", "Виробництво сталі зросло на 4%") in found


def test_what_did_not_happen_is_no_event() -> None:
    body = "9 травня 1975 року співак виступив у Києві. Напередодні ввечері він не репетирував."
    assert _events(body, "2025-05-09") == [("1975-05-09", "Співак виступив у Києві")]


def test_days_before_that_count_back_from_the_story() -> None:
    body = "14 жовтня 1990 року студенти оголосили голодування. За три дні до того у Львові пройшов мітинг."
    assert ("1990-10-11", "У Львові пройшов мітинг") in _events(body, "2020-10-14")


def test_a_day_after_a_comma_says_when_a_later_happened() -> None:
    """ "Через два місяці, 3 травня, …": the day, not only its month."""
    body = "5 березня 1994 року партія провела з'їзд. Через два місяці, 3 травня, делегати обрали голову."
    assert ("1994-05-03", "Делегати обрали голову") in _events(body, "2024-01-10")


def test_a_part_of_the_day_alone_is_the_day_in_question() -> None:
    news = _events("Міністр звернувся до фермерів увечері.", "2024-03-07")
    assert news == [("2024-03-07TEV", "Міністр звернувся до фермерів")]
    story = "2 лютого 1999 року в Одесі почалася конференція. Увечері делегати відвідали оперу."
    assert ("1999-02-02TEV", "Делегати відвідали оперу") in _events(story, "2024-03-07")


def test_a_day_of_last_year_is_counted_from_publication_and_ends_the_story() -> None:
    """ "2 серпня минулого року" is one date; "минулого тижня" after it is last week."""
    body = (
        "Митника затримали в березні 2022 року. Справу передали до суду 4 липня минулого "
        "року. Минулого тижня прокурор вимагав покарання."
    )
    found = _events(body, "2024-11-28")
    assert ("2023-07-04", "Справу передали до суду") in found
    assert ("2024-W47", "Прокурор вимагав покарання") in found
