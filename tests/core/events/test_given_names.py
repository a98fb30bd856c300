"""A German given name opens a person's name, though the dictionary holds it as a word or it
ends as a people's word does ("Jan", "Peter", "Günter"); its list also tells the person's
sex, so a man named after a woman stands for no "sie" (``core.events.entities``,
``core.events.pronoun_names``). Our own articles."""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, find_mentions
from tests.core.events.articles import titles_by_start


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gestern hat Jan Kolbe den Hof verkauft.", "Jan Kolbe"),
        ("Am Montag starb Peter Brandt in Kiel.", "Peter Brandt"),
        ("Den Antrag stellte Günter Roth im Mai.", "Günter Roth"),
    ],
)
def test_a_german_given_name_opens_a_persons_name(text: str, name: str) -> None:
    people = [m.text for m in find_mentions(text, language="de") if m.kind == PERSON]
    assert name in people


def test_the_pronouns_after_a_named_man_stand_for_him() -> None:
    text = (
        "Förster gestorben\n\nAm Montag starb Peter Kolbe. Er wurde 1950 in Kiel geboren. "
        "Im Jahr 1972 kaufte er einen Hof bei Husum."
    )
    titles = titles_by_start(text, "de", "2024-05-02")
    assert titles.get("2024-04-29") == "Peter Kolbe starb"
    assert titles.get("1972") == "Peter Kolbe kaufte einen Hof bei Husum"


def test_a_man_named_in_between_stands_for_no_sie() -> None:
    text = (
        "Bürgermeisterin Lisa Harms tritt ab\n\nDie Bürgermeisterin Lisa Harms tritt zurück. "
        "Harms war im Mai 2014 zur Bürgermeisterin gewählt worden. Der Fraktionschef der "
        "Grünen, Markus Telle, sagte am Dienstag, man habe nie die Person Harms abgelehnt.\n\n"
        "Vor drei Jahren gewann sie die Abstimmung im Rat knapp."
    )
    titles = titles_by_start(text, "de", "2024-05-02")
    assert titles.get("2021", "").startswith("Harms gewann die Abstimmung")
