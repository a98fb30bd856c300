"""frstory: French and Spanish stories told in the present, in invented sentences. A present
after a determiner, an adjective written before the noun and the noun ("le jeune musicien
quitte", "la vieja fábrica cierra") is the verb as after "le musicien"; a present after a
French object pronoun that is no article ("la ville lui consacre") is one too, and so is a
present before an article elided onto its noun ("les ouvriers occupent l'atelier"), as before
"la". A cleft's content dates its clause whatever its subject."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2023-05-12"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le jeune peintre quitte la Normandie en 1961.",
            ("1961", "Le jeune peintre quitte la Normandie"),
        ),
        (
            "fr",
            "En 1978, la vieille scierie ferme ses portes.",
            ("1978", "La vieille scierie ferme ses portes"),
        ),
        (
            "fr",
            "La nouvelle directrice quitte Lyon en 2004.",
            ("2004", "La nouvelle directrice quitte Lyon"),
        ),
        (
            "es",
            "El joven pintor deja Sevilla en 1961.",
            ("1961", "El joven pintor deja Sevilla"),
        ),
        (
            "es",
            "En 1978, la vieja serrería cierra sus puertas.",
            ("1978", "La vieja serrería cierra sus puertas"),
        ),
    ],
)
def test_a_present_after_an_adjective_and_its_noun_is_the_verb(language, text, expected):
    assert expected in _events(text, language), _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "En 2015, la médiathèque lui consacre une exposition.",
            ("2015", "La médiathèque lui consacre une exposition"),
        ),
        (
            "es",
            "En 2015, la biblioteca le dedica una muestra.",
            ("2015", "La biblioteca le dedica una muestra"),
        ),
    ],
)
def test_a_present_after_an_object_pronoun_that_is_no_article_is_the_verb(language, text, expected):
    assert expected in _events(text, language), _events(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il veut lui consacrer un livre en 2015."),  # an infinitive
        ("fr", "Le jeune ferme la porte."),  # no date
    ],
)
def test_no_verb_where_none_is_finite(language, text):
    assert _events(text, language) == [], _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Odile Parmentier est née en 1931 à Brest. C'est en 1956 qu'elle se fait connaître à"
            " Paris.",
            ("1956", "Parmentier se fait connaître à Paris"),
        ),
        (
            "fr",
            "Odile Parmentier est née en 1931 à Brest. C'est en 1956 qu'elle a exposé à Paris.",
            ("1956", "Parmentier a exposé à Paris"),
        ),
        (
            "es",
            "Lucía Ferrer nació en 1931 en Huesca. Fue en 1956 cuando abrió su primer taller.",
            ("1956", "Lucía Ferrer abrió su primer taller"),  # (fres: the given name kept)
        ),
        (
            "es",
            "Fue en 1956 cuando la cooperativa abrió su primer taller.",
            ("1956", "La cooperativa abrió su primer taller"),
        ),
    ],
)
def test_a_cleft_dates_its_content_and_its_left_out_subject_is_the_one_person(
    language, text, expected
):
    got = _events(text, language)
    assert expected in got, got


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le festival a ouvert. C'est en 1956 qu'ils ont joué."),  # "ils": not one person
        ("es", "Lucía Ferrer nació en 1931. Fue en 1956 cuando abrieron el taller."),  # plural
    ],
)
def test_a_cleft_without_one_person_for_its_subject_is_titled_by_no_one(language, text):
    got = _events(text, language)
    assert not [title for date, title in got if date == "1956"], got


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "En 1968, les ouvriers occupent l'atelier.",
            ("1968", "Les ouvriers occupent l'atelier"),
        ),
        (
            "fr",
            "Le 4 juin 1968, les policiers évacuent l’atelier.",
            ("1968-06-04", "Les policiers évacuent l’atelier"),
        ),
    ],
)
def test_a_present_before_an_elided_article_is_the_verb(language, text, expected):
    got = _events(text, language)
    assert expected in got, got


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "En 1977, pourtant, la tannerie ferme définitivement.",
            ("1977", "La tannerie ferme définitivement"),
        ),
        (
            "fr",
            "En 1977, cependant, la tannerie a fermé.",
            ("1977", "La tannerie a fermé"),
        ),
        ("en", "In 1977, however, the tannery closed.", ("1977", "The tannery closed")),
    ],
)
def test_a_linking_word_between_commas_is_no_part_of_the_subject(language, text, expected):
    got = _events(text, language)
    assert expected in got, got
