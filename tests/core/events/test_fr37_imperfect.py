"""A French court appearance told in the reporter's imperfect ("comparaissait hier devant les
juges"): the form of "comparaître" is a verb, the appearance an event on its day. A
sentence of our own, published on a Wednesday."""

from __future__ import annotations

from tests.core.events.articles import dated_titles

PUBLISHED = "2023-03-15"  # a Wednesday


def test_an_appearance_in_the_imperfect_is_dated() -> None:
    text = "Paul Verdier comparaissait hier devant les juges de Dole."
    got = dated_titles(text, "fr", PUBLISHED)
    assert (
        "2023-03-14",
        "Paul Verdier comparaissait devant les juges de Dole",
    ) in got, got


def test_a_plural_appearance_in_the_imperfect_is_dated() -> None:
    text = "Les deux gérants comparaissaient lundi devant la cour d'appel de Dijon."
    got = dated_titles(text, "fr", PUBLISHED)
    assert any(start == "2023-03-13" and "comparaissaient" in title for start, title in got), got
