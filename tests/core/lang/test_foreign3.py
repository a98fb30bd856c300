"""foreign3: what a reader of Russian and Ukrainian news expects, in invented sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


# A happening set for a date by a participle that is the clause's predicate: the Ukrainian
# masculine, which has only its long form ("запланований"), and the short forms with a place
# after the date ("призначено на 12 березня в палаці культури").
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("uk", "Фінальний матч сезону запланований на 14 березня.", "2026-03-14",
         "Фінальний матч сезону запланований"),
        ("uk", "Вихід нового альбому гурту призначений на осінь.", "2026-FA",
         "Вихід нового альбому гурту призначений"),
        ("uk", "Звітний концерт хору призначено на 12 березня в палаці культури.", "2026-03-12",
         "Звітний концерт хору призначено в палаці культури"),
    ],
)  # fmt: skip
def test_a_happening_set_for_a_date_by_its_predicate_participle_takes_it(
    language, text, start, title
):
    assert (start, title) in _events(text, language)
