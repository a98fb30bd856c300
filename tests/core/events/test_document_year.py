"""A budget or a yearly report named with the year it covers, the noun before the year as most
languages write it ("im Haushalt 2025", "dans le budget 2025", "en los presupuestos de 2025",
"в бюджет на 2025 год"): the document's year, not when the clause happens. The sentence's own
date, when it has one, still dates it. Sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str):
    body = f"Story\n\n{text}"  # published Friday 6 March 2026
    document = Document(
        "/x.txt", "Story", body, "2026-03-06T12:00", "header", "x", 0, language=language
    )
    return extract_events(document)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Mittel von rund 40 Millionen Euro sind im Doppelhaushalt 2025/26 eingeplant."),
        (
            "de",
            "Die Gemeinde hat im Haushalt 2026 rund zwei Millionen Euro für die Schule vorgesehen.",
        ),
        ("fr", "Les crédits nécessaires sont inscrits dans le budget 2026 de la région."),
        (
            "es",
            "Los fondos para la nueva escuela figuran en los presupuestos de 2026 del municipio.",
        ),
        ("ru", "Деньги на ремонт школы заложены в бюджет на 2026 год."),
        ("uk", "Гроші на ремонт школи закладено в бюджет на 2026 рік."),
    ],
)
def test_a_budgets_year_dates_no_event(language, sentence):
    assert [e.start for e in _events(sentence, language)] == []


@pytest.mark.parametrize(
    ("language", "sentence", "start"),
    [
        # the vote has its own day: the budget's year only names the budget
        ("de", "Der Landtag hat den Haushalt 2026 am Dienstag beschlossen.", "2026-03-03"),
        ("fr", "Les députés ont adopté le budget 2026 mardi.", "2026-03-03"),
        # a business year is the period the figures were earned in: it stays
        ("de", "Im Geschäftsjahr 2025 stieg der Umsatz um zehn Prozent.", "2025"),
    ],
)
def test_the_sentences_own_date_still_dates_it(language, sentence, start):
    assert [e.start for e in _events(sentence, language)] == [start]
