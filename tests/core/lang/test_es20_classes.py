"""Round es20 of #16: the classes fixed on the round's articles (``es20_round.py``), each in
sentences of our own, and the round's chronologies (floors are the counts after the fixes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article
from core.temporal.tagger import tag


def _events(tmp_path: Path, header: str, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Titular\n\n{header}\n\n{body}\n", encoding="utf-8")
    return [(e.start, e.title) for e in extract_events(read_article(path))]


def _values(text: str, language: str, published: datetime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a part of the day before a date, in each of its spellings, is that date's
        ("uk", "Уранці 25 травня капітан наказав зійти на берег.", "2025-05-25TMO"),
        ("uk", "Удень 3 березня над містом пройшла гроза.", "2025-03-03TAF"),
        # "en" before a bare year after a verb that also tells history: the year, not a level
        ("es", "La mina, que cerró en 1978, será un museo.", "1978"),
        ("es", "La fábrica abrió en 1962 junto al río.", "1962"),
        # "el fin de semana" bare: the weekend the verb's tense points to (Tuesday 27 May)
        ("es", "Se esperan tormentas durante el fin de semana.", "2025-W22-WE"),
        ("es", "El fin de semana hubo tormentas en la costa.", "2025-W21-WE"),
    ],
)
def test_dates_read(language: str, text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, language, datetime(2025, 5, 27))]


@pytest.mark.parametrize(
    "text",
    [
        "El índice se situó en 1980 puntos al cierre.",  # a market's level
        "El selectivo cerró a 1975 enteros.",
    ],
)
def test_market_levels_are_no_years(text: str) -> None:
    assert _values(text, "es", datetime(2025, 5, 27)) == []
