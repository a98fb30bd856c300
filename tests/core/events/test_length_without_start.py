"""Russian and Ukrainian "почти/более/около" and "майже/понад/близько" before a length ("працює
понад сорок років", "длилось около трех лет") say how long, not since when: no date counted
back from publication. Only "за последние/останні N лет" reaches back to now."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

_UK = (
    "Бібліотекарка йде на пенсію\n\nОлена Мороз очолює міську бібліотеку. Вона працює там "
    "понад сорок років. Ремонт зали тривав майже два роки. За останні три роки фонд "
    "бібліотеки зріс удвічі."
)
_RU = (
    "Тренер отметил юбилей\n\nСергей Волков тренирует команду почти двадцать пять лет. "
    "Строительство стадиона длилось около трех лет. Он руководил школой более десяти лет. "
    "За последние пять лет его ученики выиграли три турнира."
)


@pytest.mark.parametrize(
    ("language", "text", "dated"),
    [
        ("uk", _UK, {"2021": "Фонд бібліотеки зріс удвічі"}),
        ("ru", _RU, {"2019": "Ученики выиграли три турнира"}),
    ],
)
def test_a_length_is_no_start(language: str, text: str, dated: dict[str, str]) -> None:
    doc = Document(
        path="x", title="", text=text, published="2024-05-10", published_source="user",
        content_hash=language, language=language,
    )  # fmt: skip
    assert {str(e.start): e.title for e in extract_events(doc)} == dated
