"""fx2: leftovers of the foreign-language round, in invented sentences: Ukrainian perfective
futures in "-ме"/"-не", Russian "умер", a role's genitive place kept in the title (ru, uk),
German inseparable prefixes on a strong verb's present, French wire datelines and "avoir lieu
du … au …", Spanish "hasta"/"a partir de" a weekday looking ahead."""

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
        # French: a wire dateline "VILLE._" / "VILLE. _" is no word of the title
        ("fr", "TOULOUSE._ Le club a présenté lundi son nouvel entraîneur.", "2026-03-02",
         "Le club a présenté son nouvel entraîneur"),
        ("fr", "GENÈVE. _ Le comité a tranché mardi.", "2026-03-03", "Le comité a tranché"),
        # "avoir lieu du 10 au 12": the range starts the happening, "lieu" is no noun of "of"
        ("fr", "La foire aura lieu du 10 au 12 avril.", "2026-04-10", "La foire aura lieu"),
        # Spanish: "a partir del viernes" and a present perfect with "hasta" look ahead
        ("es", "La piscina cierra sus puertas a partir del viernes.", "2026-03-06",
         "La piscina cierra sus puertas"),
        ("es", "Los vecinos preparan a partir del viernes la fiesta.", "2026-03-06",
         "Los vecinos preparan la fiesta"),
        ("es", "El ayuntamiento ha cerrado el parque hasta el lunes.", "2026-03-09",
         "El ayuntamiento ha cerrado el parque"),
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


def test_a_preterite_before_until_stays_behind():
    assert ("2026-03-02", "La policía cortó la carretera") in _events(
        "La policía cortó la carretera hasta el lunes.", "es"
    )


def test_a_neuter_adjective_in_ne_is_no_verb():
    # "державне" ends like a future in "-не" but only the past is the verb
    assert _events("Державне підприємство у вівторок звільнило директора.", "uk") == [
        ("2026-03-03", "Державне підприємство звільнило директора")
    ]
