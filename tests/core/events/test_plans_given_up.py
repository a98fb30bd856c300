"""A plan its own sentence says was given up ("planned to hold the vote on May 3 but called it
off") dates no happening: the day it was meant for never came to pass. In every language we read,
in our own sentences; a plan kept, or another thing delayed, keeps its date."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

PUBLISHED = "2026-01-20T10:00"  # a Tuesday

GIVEN_UP = [
    (
        "es",
        "La asamblea de socios estaba prevista para el 14 de marzo, pero se aplazó.",
        "2026-03-14",
    ),
    ("es", "La cooperativa iba a abrir la nueva lonja en abril, pero canceló la obra.", "2026-04"),
    (
        "fr",
        "Le conseil devait voter le budget le 12 février, mais la séance a été reportée.",
        "2026-02-12",
    ),
    (
        "fr",
        "La course était programmée pour le 8 mars, mais elle a été annulée faute de neige.",
        "2026-03-08",
    ),
    ("de", "Die Versammlung war für den 12. Februar angesetzt, wurde aber abgesagt.", "2026-02-12"),
    (
        "de",
        "Die Gemeinde wollte das Freibad im Mai öffnen, doch die Sanierung wurde gestoppt.",
        "2026-05",
    ),
    ("ru", "Собрание жильцов было назначено на 12 февраля, но его отменили.", "2026-02-12"),
    ("uk", "Концерт хору запланували на 14 березня, але його перенесли.", "2026-03-14"),
]

KEPT = [
    (
        "es",
        "La cooperativa abrió la nueva lonja el 14 de enero, pero la obra del muelle se aplazó.",
        "2026-01-14",
    ),
    (
        "de",
        "Die Gemeinde öffnete das Freibad am 12. Januar, doch die Sanierung der Halle wurde gestoppt.",
        "2026-01-12",
    ),
    ("ru", "Жильцы собрались 12 января, но решение отложили.", "2026-01-12"),
]


def _starts(language: str, sentence: str) -> list[str]:
    return [str(e.start) for e in extract_events(article(sentence, PUBLISHED, language=language))]


@pytest.mark.parametrize(("language", "sentence", "meant_for"), GIVEN_UP)
def test_a_plan_given_up_dates_no_happening(language: str, sentence: str, meant_for: str) -> None:
    assert not [s for s in _starts(language, sentence) if s.startswith(meant_for)]


@pytest.mark.parametrize(("language", "sentence", "day"), KEPT)
def test_a_happening_before_another_things_delay_keeps_its_date(
    language: str, sentence: str, day: str
) -> None:
    assert any(s.startswith(day) for s in _starts(language, sentence))
