"""A time restated after a comma and a preposition ("A year ago, in July 2015, …") dates the
happening with the finer of the two, in every language."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        (
            "en",
            "Two years ago, in May 2024, a landslide closed the coast road.",
            "2024-05",
            "A landslide closed the coast road",
        ),
        (
            "fr",
            "Il y a deux ans, en mai 2024, un glissement de terrain a coupé la route.",
            "2024-05",
            "Un glissement de terrain a coupé la route",
        ),
        (
            "ru",
            "Два года назад, в мае 2024 года, оползень перекрыл прибрежную дорогу.",
            "2024-05",
            "Оползень перекрыл прибрежную дорогу",
        ),
    ],
)
def test_the_finer_restated_time_dates_the_happening(language, text, start, title):
    assert (start, title) in _events(text, language)


def test_two_times_joined_by_a_longer_word_stay_apart():
    text = "Two years ago, and again in May 2024, a landslide closed the coast road."
    assert ("2024-05", "A landslide closed the coast road") not in _events(text, "en")
