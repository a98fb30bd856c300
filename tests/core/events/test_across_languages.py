"""One person, one place and one happening across spellings, scripts and languages: names
compared through their transliteration, places through the gazetteer, and the same happening
told in two languages merged into one event with both sources. The sentences are our own; the
events are built by hand, as the article in another language would give them."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.gazetteer import place
from core.events.merge import find_merge_target, same_happening
from core.events.names import name_key, stem_key
from core.ingest import same_happening as store_same_happening
from core.model import Document, Entity, Event, to_seconds
from core.timeval import parse_value


@pytest.mark.parametrize(
    "spellings",
    [
        ("Scholz", "Шольц"),
        ("Olaf Scholz", "Олаф Шольц"),
        ("Macron", "Макрон"),
        ("Emmanuel Macron", "Эммануэль Макрон", "Еммануель Макрон"),
        ("Lavrov", "Lawrow", "Лавров"),
        ("Zelensky", "Zelenskyy", "Зеленский", "Зеленський"),
        ("Putin", "Путин", "Путін"),
        ("Klitschko", "Кличко"),
        ("Baerbock", "Бербок"),
    ],
)
def test_one_name_in_every_spelling_and_script_is_one_name(spellings):
    assert len({name_key(s) for s in spellings}) == 1, [name_key(s) for s in spellings]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Scholz", "Schulz"), ("Шольц", "Шульц"), ("Biden", "Putin"), ("Medvedev", "Medvedchuk"),
     ("Ivanov", "Ivanova"), ("Olaf Scholz", "Martin Schulz"), ("Lee", "Li")],
)  # fmt: skip
def test_names_that_only_look_alike_stay_apart(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("spelling", ["Kyiv", "Kiev", "Kiew", "Kijów", "Київ", "Киев"])
def test_kyiv_in_every_language_and_script_is_one_place(spelling):
    assert place(spelling) == "Kyiv"


@pytest.mark.parametrize(("declined", "city"), [("Москве", "Moscow"), ("Москву", "Moscow"),
                                                 ("Киеве", "Kyiv"), ("Берлине", "Berlin")])  # fmt: skip
def test_a_city_named_in_another_case_is_the_same_place(declined, city):
    assert place(declined) == city


def test_a_declined_name_is_the_same_name():
    assert stem_key("Путиным") == stem_key("Путина") == stem_key("Putin")
    assert stem_key("Шольцем") == stem_key("Scholz") != stem_key("Schulz")


def test_a_declined_name_in_an_article_is_the_person_named_before():
    text = "Олаф Шольц прилетел в Москву. Переговоры с Шольцем прошли в Кремле."
    names = {m.text: m.name for m in find_mentions(text)}
    assert names["Шольцем"] == names["Олаф Шольц"] == "Олаф Шольц"
    assert names["Москву"] == "Moscow"


@pytest.mark.parametrize(("spelling", "city"), [("Москва", "Moscow"), ("Moskau", "Moscow"),
                                                 ("Moscou", "Moscow"), ("Берлін", "Berlin")])  # fmt: skip
def test_other_capitals_are_one_place_across_languages(spelling, city):
    assert place(spelling) == city


def _event(title, value, people=(), places=(), kind="meeting") -> Event:
    time = parse_value(value)
    assert time is not None
    names = tuple(Entity(n, "person") for n in people) + tuple(Entity(p, "place") for p in places)
    return Event(title, value, None, time.precision, False, kind, title, 0, len(title),
                 to_seconds(time.start), to_seconds(time.end), names)  # fmt: skip


ENGLISH = _event(
    "Scholz meets Putin in Moscow", "2022-02-15", ["Olaf Scholz", "Vladimir Putin"], ["Moscow"]
)
RUSSIAN = _event("Шольц провёл переговоры с Путиным", "2022-02-15", ["Шольц", "Путин"], ["Moscow"])
DECLINED = _event(
    "Шольц провёл переговоры с Путиным", "2022-02-15", ["Шольц", "Путиным"], ["Moscow"]
)
GERMAN = _event("Scholz trifft Putin im Kreml", "2022-02-15", ["Scholz", "Putin"], ["Moscow"])


@pytest.mark.parametrize("other", [RUSSIAN, DECLINED, GERMAN], ids=["ru", "ru-declined", "de"])
def test_the_same_meeting_told_in_another_language_is_one_happening(other):
    assert same_happening(ENGLISH, other, (frozenset(), frozenset()))
    assert find_merge_target(other, [ENGLISH], [frozenset()], frozenset()) is ENGLISH


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (_event("Шольц провёл переговоры с Путиным", "2022-02-16", ["Шольц", "Путин"], ["Moscow"]),
         "the next day"),
        (_event("Шольц встретился с Путиным", "2022-02-15", ["Шольц", "Путин"], ["Kyiv"]),
         "another place"),
        (_event("Шольц провёл переговоры", "2022-02-15", ["Шольц"], ["Moscow"]),
         "not the same people: Putin is not named"),
        (_event("Шульц провёл переговоры с Путиным", "2022-02-15", ["Шульц", "Путин"], ["Moscow"]),
         "Schulz is not Scholz"),
        (_event("Шольц и Путин сделали заявления", "2022-02-15", ["Шольц", "Путин"], ["Moscow"],
                kind="statement"), "saying is no telling kind: many sayings a day"),
        (_event("Шольц и Путин подписали договор", "2022-02-15", ["Шольц", "Путин"], ["Moscow"],
                kind="agreement"), "another kind of happening"),
        (_event("Шольц провёл переговоры с Путиным", "2022-02", ["Шольц", "Путин"], ["Moscow"]),
         "a month, not a day"),
    ],
)  # fmt: skip
def test_another_happening_in_another_language_stays_apart(other, why):
    assert not same_happening(ENGLISH, other, (frozenset(), frozenset())), why


def _document(path: str, language: str, title: str) -> Document:
    return Document(path, title, title, "2022-02-15T18:00", "header", path, 0, language=language)


def test_reports_in_two_languages_are_stored_as_one_event_with_both_sources(store):
    english = _document("/scholz-en.txt", "en", ENGLISH.title)
    russian = _document("/scholz-ru.txt", "ru", RUSSIAN.title)
    store.add_document(english, [ENGLISH], store_same_happening)
    store.add_document(russian, [RUSSIAN], store_same_happening)
    [event] = store.events()
    assert event["sources"] == 2
