"""frstory: French and Spanish stories told in the present, in invented sentences. A present
after a determiner, an adjective written before the noun and the noun ("le jeune musicien
quitte", "la vieja fábrica cierra") is the verb as after "le musicien"; a present after a
French object pronoun that is no article ("la ville lui consacre") is one too."""

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
        # a noun after the object's noun is no verb: "sa première femme guide"
        ("fr", "Le club, qui n'acceptera sa première femme guide qu'en 1990, hésite."),
    ],
)
def test_no_verb_where_none_is_finite(language, text):
    assert _events(text, language) == [], _events(text, language)
