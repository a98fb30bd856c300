"""Titles that name who or what a pronoun stands for, and names that are people's.

A reader of the timeline sees a title without its sentence: "He died" says nothing, "Colin
Marsh died" does. Each case is a short article of our own.
"""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a given name ending as a people's word does ("-an", "-i", "-ic") is a first name
        ("The board appointed Susan Okafor as treasurer.", "Susan Okafor"),
        ("Rescuers reached Brian Tolley after six hours.", "Brian Tolley"),
        ("The prize went to Heidi Marchetti last spring.", "Heidi Marchetti"),
        ("Police questioned Eric Vandermolen about the fire.", "Eric Vandermolen"),
    ],
)
def test_a_given_name_ending_as_a_peoples_word_is_a_persons(text: str, person: str) -> None:
    assert (person, "person") in [(m.name, m.kind) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a people's word before a capitalised noun is no one's first name
        "Russian Diplomats left the talks early.",
        "Iraqi Officials denied the report on Friday.",
        "German Investors sold the bonds.",
        # nor does a place's name ending alike
        "Farmers in the Paris Basin sowed less maize.",
    ],
)
def test_a_peoples_word_opens_no_persons_name(text: str) -> None:
    assert not [m for m in find_mentions(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "Greta Holm ran the bakery on Quay Street for 30 years. In 1979 she married "
            "Colin Marsh, a lorry driver from Selby. He died in 2004.",
            [("title", "Colin Marsh died", "2004")],
        ),
        (
            "The tenants' group was founded by Megan Rhys. Her group will meet the council "
            "on March 3.",
            [("title", "Megan Rhys's group will meet the council", "2022-03-03")],
        ),
    ],
)
def test_a_pronoun_names_the_person_named_before(body: str, checks: list) -> None:
    check_events(events_of(f"A headline for the test\n\n{body}", "en", "2022-02-04"), checks)


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        # "him" names the person the sentence before names
        (
            "Tom Reid kept the books of the rowing club. Magistrates fined him in April.",
            [("title", "Magistrates fined Reid", "2021-04")],
        ),
        (
            "Lena Poulsen trained as a welder in Esbjerg. In 1988 the shipyard offered her "
            "a job as a foreman.",
            [("title", "The shipyard offered Lena Poulsen a job as a foreman", "1988")],
        ),
        # two people named before: whom "him" stands for is not sure
        (
            "Tom Reid and Paul Ames ran the club. Magistrates fined him in April.",
            [("title", "Magistrates fined him", "2021-04")],
        ),
        # never the clause's own subject
        (
            "Ann Lowe chairs the trust. She will meet him on Monday.",
            [("no-title-with", "meet Lowe"), ("no-title-with", "meet Ann")],
        ),
        # "her" before a noun is an owner, no object
        (
            "Ida Marsh sold the farm. Her brother bought her tractor in May.",
            [("no-title-with", "bought Marsh")],
        ),
    ],
)
def test_an_object_pronoun_names_the_person(body: str, checks: list) -> None:
    check_events(events_of(f"A headline for the test\n\n{body}", "en", "2022-02-04"), checks)


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        # the same subject goes on: "it" is what its first verb was done to
        (
            "The agency issued a yellow alert for the coast on Monday and raised it to "
            "orange on Tuesday.",
            [("title", "The agency raised a yellow alert to orange", "2022-02-01")],
        ),
        (
            "Ann Roe bought the mill in 2001 and sold it in 2009.",
            [("title", "Ann Roe sold the mill", "2009")],
        ),
        # a plural or a person before cannot be "it"
        (
            "Nurses rejected a 3% pay offer on January 12, and the trust raised it to 4% on "
            "January 20.",
            [("title", "The trust raised a 3% pay offer to 4%", "2022-01-20")],
        ),
        # a thing and a firm, or two things, before: which one is not sure
        (
            "The firm sold the plant to Acme in 2019 and Acme closed it in 2021.",
            [("title", "Acme closed it", "2021")],
        ),
        (
            "The board approved the budget on January 12, but the mayor vetoed it on January 20.",
            [("title", "The mayor vetoed it", "2022-01-20")],
        ),
        # an owner's thing: whose is not sure
        (
            "The council bought its depot in 2005 and sold it in 2008.",
            [("title", "The council sold it", "2008")],
        ),
    ],
)
def test_an_object_it_names_the_thing_named_before(body: str, checks: list) -> None:
    check_events(events_of(f"A headline for the test\n\n{body}", "en", "2022-02-04"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # French "ses" says no sex: the one person named before owns, named after the noun
        ("Jeanne Roux est morte lundi à Brest. Ses obsèques seront célébrées le 9 février.",
         [("title", "Les obsèques de Jeanne Roux seront célébrées", "2022-02-09")]),
        ("Anne Vidal a quitté le théâtre en 2019. Son dernier spectacle partira en tournée "
         "en mars.", [("title", "Le dernier spectacle d'Anne Vidal partira en tournée")]),
        # another person named last: whose is not sure
        ("La chanteuse Odile Sarrazin, que son frère Marc Sarrazin accompagnait, est morte "
         "lundi. Ses obsèques auront lieu le 9 février.",
         [("title", "Ses obsèques auront lieu", "2022-02-09")]),
    ],
)  # fmt: skip
def test_a_french_possessive_names_its_owner_after_the_noun(text: str, checks: list) -> None:
    check_events(events_of(f"Un titre pour le test\n\n{text}", "fr", "2022-02-04"), checks)
