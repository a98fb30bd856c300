"""A relative clause that closes its sentence (", whose works began in October 2021.") tells a
thing in passing, as one set off by two commas does: its date is not the story's time, so a
yearless month after it is the news's. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

NOW = date(2025, 6, 2)


def _value(text: str, language: str, words: str) -> str:
    return next(t.value for t in tag(text, NOW, language) if words in t.text)


@pytest.mark.parametrize(
    ("language", "text", "words", "value"),
    [
        ("es", "El ayuntamiento premió a Obras Sur, cuyas obras comenzaron en octubre de 2021. "
               "En diciembre la empresa pidió más dinero.", "diciembre", "2024-12"),
        ("fr", "La mairie a choisi Travaux Sud, dont le chantier a commencé en octobre 2021. "
               "En décembre, l'entreprise a demandé plus d'argent.", "décembre", "2024-12"),
        ("ru", "Мэрия наградила подрядчика, который начал работы в октябре 2021 года. "
               "В декабре компания попросила больше денег.", "декабре", "2024-12"),
        ("uk", "Мерія нагородила підрядника, який почав роботи в жовтні 2021 року. "
               "У грудні компанія попросила більше грошей.", "грудні", "2024-12"),
        ("en", "The council praised Sud Works, which began the job in October 2021. "
               "In December the firm asked for more money.", "December", "2024-12"),
    ],
)  # fmt: skip
def test_a_closing_relative_aside_sets_no_story_time(language, text, words, value):
    assert _value(text, language, words) == value


@pytest.mark.parametrize(
    ("language", "text", "words", "value"),
    [
        # the sentence's own happening, no relative word: its year is the story's
        ("es", "Obras Sur comenzó las obras en octubre de 2021. "
               "En diciembre la empresa pidió más dinero.", "diciembre", "2021-12"),
        ("en", "Sud Works began the job in October 2021. "
               "In December the firm asked for more money.", "December", "2021-12"),
    ],
)  # fmt: skip
def test_a_main_clause_date_still_sets_story_time(language, text, words, value):
    assert _value(text, language, words) == value
