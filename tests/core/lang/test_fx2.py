"""fx2: leftovers of the foreign-language round, in invented sentences: Ukrainian perfective
futures in "-ме"/"-не", Russian "умер", a role's genitive place kept in the title (ru, uk),
German inseparable prefixes on a strong verb's present."""

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
        # Ukrainian: a perfective future in "-ме"/"-не" is a verb and puts the weekday ahead
        ("uk", "Міська рада прийме бюджет у четвер.", "2026-03-05", "Міська рада прийме бюджет"),
        ("uk", "Завод почне випуск автобусів у понеділок.", "2026-03-09", "Завод почне випуск автобусів"),
        ("uk", "Стара пекарня зникне з вулиці в п'ятницю.", "2026-03-06", "Стара пекарня зникне з вулиці"),
        ("uk", "Тренер візьме відпустку в п'ятницю.", "2026-03-06", "Тренер візьме відпустку"),
        # Russian: the past of "умереть" has no "-л"
        ("ru", "Известный скульптор умер в понедельник.", "2026-03-02", "Известный скульптор умер"),
        # a genitive place after a role is the role's, not a person's name
        ("ru", "Губернатор Тверской области во вторник открыл мост.", "2026-03-03",
         "Губернатор Тверской области открыл мост"),
        ("uk", "Голова Волинської області у вівторок відкрив міст.", "2026-03-03",
         "Голова Волинської області відкрив міст"),
        # German: an inseparable prefix on a strong verb's present
        ("de", "Die Stiftung vergibt am Freitag ihren Kunstpreis.", "2026-03-06",
         "Die Stiftung vergibt ihren Kunstpreis"),
        ("de", "Der Verein erhält am Montag einen neuen Platz.", "2026-03-09",
         "Der Verein erhält einen neuen Platz"),
    ],
)  # fmt: skip
def test_a_reader_gets_the_event_and_its_day(language, text, start, title):
    assert (start, title) in _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("ru", "Губернатор Смирнов во вторник открыл мост.", "Смирнов открыл мост"),
        ("uk", "Міністр Коваленко у вівторок відкрив міст.", "Коваленко відкрив міст"),
    ],
)
def test_a_name_after_a_role_still_stands_for_the_role(language, text, title):
    assert title in [t for _, t in _events(text, language)]


def test_a_neuter_adjective_in_ne_is_no_verb():
    # "державне" ends like a future in "-не" but only the past is the verb
    assert _events("Державне підприємство у вівторок звільнило директора.", "uk") == [
        ("2026-03-03", "Державне підприємство звільнило директора")
    ]
