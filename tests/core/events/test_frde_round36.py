"""French and German clauses a reader dates (own sentences): a manner adverb inside the verb
group, a headline that ends on a full stop, a relative after a fused article, a place aside
or a ranking apposition, a subject after a place phrase that follows the German verb."""

from __future__ import annotations

import pytest

from core.events.heading import headline_in_body
from core.events.titles import headline
from tests.core.events.articles import dated_titles

CASES = [
    # a manner adverb between auxiliary and participle: the wounding of a lead sentence, on the
    # lead's date (the headline above it, ending on a full stop, is no lead)
    (
        "fr",
        "1999-05-21",
        "Bagarre à Lunel.\nUn livreur de 41 ans a été frappé par trois jeunes, hier vers 20 h,"
        " devant la gare. Deux vigiles, qui tentaient de s'interposer, ont été légèrement"
        " blessés dans la mêlée.",
        ("1999-05-20", "Deux vigiles ont été légèrement blessés dans la mêlée"),
    ),
    # the relative after "du": the pact, not its version, is signed
    (
        "fr",
        "1999-05-23",
        "La mairie a présenté la version finale du pacte, qui sera signé en septembre prochain avec"
        " le ministre.",
        ("1999-09", "Le pacte sera signé avec le ministre"),
    ),
    (
        "fr",
        "1999-05-23",
        "Le conseil a présenté le plan des travaux, qui seront lancés en septembre prochain.",
        ("1999-09", "Les travaux seront lancés"),
    ),
    # a place aside between the verb and its object
    (
        "fr",
        "1999-05-23",
        "La mairie a présenté, au centre Hugo, le pacte, qui sera signé en septembre prochain.",
        ("1999-09", "Le pacte sera signé"),
    ),
    # an apposition that ranks the noun: the relative is the pact's
    (
        "fr",
        "1999-05-23",
        "La mairie a présenté le pacte rural, le premier du pays, qui sera signé en septembre prochain.",
        ("1999-09", "Le pacte rural sera signé"),
    ),
    (
        "en",
        "1999-05-23",
        "The council presented the rural pact, the first in the country, which will be signed"
        " in June.",
        ("1999-06", "The rural pact will be signed"),
    ),
    # German: the subject after a place phrase that follows the verb, both names whole
    (
        "de",
        "2010-04-21",
        "Am Montag trafen sich in Lana Bürgermeister Hans Gruber und Vizebürgermeister Karl"
        " Moser mit dem Vorstand.",
        (
            "2010-04-19",
            "Hans Gruber und Vizebürgermeister Karl Moser trafen sich in Lana",
        ),
    ),
    (
        "de",
        "2010-04-21",
        "Am Montag trafen sich Bürgermeister Hans Gruber und Karl Moser in Lana.",
        ("2010-04-19", "Hans Gruber und Karl Moser trafen sich in Lana"),
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "expected"), CASES)
def test_the_clause_comes_out_dated(
    language: str, published: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in dated_titles(text, language, published)


WRONG = [
    # the participle agrees with the list, not with the candidates: no candidates published
    (
        "fr",
        "La mairie a présenté la liste des candidats, qui a été publiée lundi.",
        "Les candidats",
    ),
]


@pytest.mark.parametrize(("language", "text", "wrong"), WRONG)
def test_no_title_reads_the_wrong_noun(language: str, text: str, wrong: str) -> None:
    assert not any(
        title.startswith(wrong) for _, title in dated_titles(text, language, "1999-05-23")
    )


def test_a_cut_title_ends_on_no_preposition() -> None:
    title = headline(
        "Hans Gruber und Karl Moser",
        "trafen sich in Lana mit der Spitze der Firma Alpwerk",
        language="de",
    )
    assert title == "Hans Gruber und Karl Moser trafen sich in Lana"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bagarre à Lunel.\nUn livreur a été frappé hier.", True),
        ("Record crowd at the fair.\nThe fair opened on Friday.", True),
        ("The fair opened on Friday.\nIt drew a record crowd.", False),
        ("Bagarre à Lunel. Un livreur a été frappé hier.", False),  # no line of its own
    ],
)
def test_a_headline_kept_in_the_body(text: str, expected: bool) -> None:
    end = text.index(".") + 1
    language = "fr" if "Lunel" in text else "en"
    assert headline_in_body(text, 0, end, language) is expected
