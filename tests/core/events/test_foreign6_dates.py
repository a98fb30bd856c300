"""foreign6: dates a reader of German, French, Spanish, Russian and Ukrainian news expects, in
invented sentences. A yearless month just after publication, straight after a past verb, is
last year's ("wurde im März genehmigt" in a February article), as in English; a plan or a move
("verschoben", "reporté", "перенесли") and a Slavic perfective future ("откроет в марте") keep
it ahead."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2026-02-16"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("de", "Der Bauantrag wurde im März genehmigt.", "2025-03", "Der Bauantrag wurde genehmigt"),
        ("de", "Die Bäckerei meldete im März Insolvenz an.", "2025-03",
         "Die Bäckerei meldete Insolvenz an"),
        ("fr", "La piscine a fermé en mars.", "2025-03", "La piscine a fermé"),
        ("es", "La panadería cerró en marzo.", "2025-03", "La panadería cerró"),
        ("ru", "Библиотека закрылась в марте.", "2025-03", "Библиотека закрылась"),
        ("ru", "Договор был подписан в марте.", "2025-03", "Договор был подписан"),
        ("uk", "Бібліотека закрилася в березні.", "2025-03", "Бібліотека закрилася"),
        # a plan, a move or a future keeps the month ahead
        ("de", "Die Eröffnung wurde für März angesetzt.", "2026-03",
         "Die Eröffnung wurde angesetzt"),
        ("fr", "Le concert a été reporté en mars.", "2026-03", "Le concert a été reporté"),
        ("ru", "Музей откроет в марте новый зал.", "2026-03", "Музей откроет новый зал"),
        ("uk", "Музей відкриє в березні нову залу.", "2026-03", "Музей відкриє нову залу"),
    ],
)  # fmt: skip
def test_a_past_verbs_month_just_ahead_is_last_years(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a promise's infinitive may carry the month: kept ahead
        ("ru", "Мэр пообещал в марте открыть школу.", "2026-03", "Мэр пообещал открыть школу"),
        ("uk", "Мер пообіцяв у березні відкрити школу.", "2026-03", "Мер пообіцяв відкрити школу"),
        ("es", "El alcalde prometió en marzo abrir la escuela.", "2026-03",
         "El alcalde prometió abrir la escuela"),
    ],
)  # fmt: skip
def test_a_promises_month_stays_ahead(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


def _events_at(text: str, language: str, published: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, published, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # the year a report or payment is for frames no day after it
        ("ru", "Пекарня опубликовала отчет за 2025 год 3 апреля.", "2026-04-03",
         "Пекарня опубликовала отчет за 2025 год"),
        ("uk", "Пекарня сплатила податки за 2025 рік 3 квітня.", "2026-04-03",
         "Пекарня сплатила податки за 2025 рік"),
        # a year that frames the sentence still does
        ("ru", "Пекарня закрылась в 2025 году 3 апреля.", "2025-04-03", "Пекарня закрылась"),
    ],
)  # fmt: skip
def test_a_reports_year_frames_no_day(language, text, start, title):
    found = _events_at(text, language, "2026-04-08")
    assert (start, title) in found, found
