"""frs22: French and Spanish portraits whose "elle" or dropped subject went to a town or a
street taken for a person ("Née à Vannes, elle …" titled "Vannes …"), in invented sentences.
A lone name after "à", "au", "en", "du" is a place unless the article names a person in full
by it; a name opening on "Saint", "San", "calle" is a place; "la Compagnie", "el Ayuntamiento"
are bodies, no one a pronoun stands for. News whose only date is its attribution's, the
saying written with an auxiliary and its speaker after it ("…, a annoncé mardi la
préfecture"), is dated by that day, as "…, anunció el martes la dirección" is."""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, PLACE, find_mentions
from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2023-05-12"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


def _kinds(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_mentions(text, language=language)]


def test_the_she_of_a_french_portrait_is_the_woman_not_her_birthplace():
    text = (
        "La navigatrice Marie Dantec est morte lundi à Lorient. Née le 3 avril 1941 à Vannes,"
        " elle traverse l'Atlantique en solitaire en 1968."
    )
    got = _events(text, "fr")
    assert ("1941-04-03", "Marie Dantec est née à Vannes") in got, got
    assert ("1968", "Marie Dantec traverse l'Atlantique en solitaire") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le bateau est arrivé au Havre en mai.", "Havre"),
        ("Elle a grandi à Quimperlé avec ses frères.", "Quimperlé"),
        ("Les cordées du Chardonnet repartent demain.", "Chardonnet"),
        ("Une veillée a eu lieu en l'église Saint-Michel de Morzine.", "Saint-Michel de Morzine"),
        ("La Compagnie des guides de Chamonix ouvre ses portes à Chamonix.", "Chamonix"),
        ("Elle a atteint 6 500 mètres sur les flancs du Makalu.", "Makalu"),
    ],
)
def test_a_french_lone_name_after_a_place_word_is_a_place(text, name):
    assert (name, PLACE) in _kinds(text, "fr"), _kinds(text, "fr")


def test_a_first_name_after_a_is_still_the_person_the_article_names_in_full():
    text = "Le conseil proposa à Lucie un poste à terre. La gardienne Lucie Garnier refusa."
    assert ("Lucie", PERSON) in _kinds(text, "fr"), _kinds(text, "fr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abrió un estudio en la calle San Basilio.", "San Basilio"),
        ("La obra del convento de Santa Isabel terminó.", "Santa Isabel"),
    ],
)
def test_a_spanish_name_opening_on_san_or_santa_is_a_place(text, name):
    assert (name, PLACE) in _kinds(text, "es"), _kinds(text, "es")


def test_the_dropped_subject_of_a_spanish_portrait_is_not_the_street():
    text = (
        "La arquitecta Ana Ruiz murió el domingo. En 1990 abrió un taller en la calle San"
        " Basilio. Cuatro años más tarde ganó el Premio Regional."
    )
    got = _events(text, "es")
    assert ("1994", "Ana Ruiz ganó el Premio Regional") in got, got


def test_the_spanish_town_hall_is_no_person():
    assert ("Ayuntamiento", PERSON) not in _kinds("El Ayuntamiento aprobó el plan.", "es")


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Le ferry a coulé, a annoncé mardi la préfecture.", "2023-05-09", "Le ferry a coulé"),
        ("La grève est reconduite, a annoncé mercredi la direction.", "2023-05-10",
         "La grève est reconduite"),
    ],
)  # fmt: skip
def test_french_news_takes_the_day_of_a_compound_saying_after_it(text, start, title):
    assert (start, title) in _events(text, "fr"), _events(text, "fr")
