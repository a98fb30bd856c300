"""Titles a reader can parse (#14, session 26, helper titles4): a title ends on a whole
phrase, one clause is not fused with the next, and a pronoun opening a sentence is named
only when its antecedent is sure — told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-06T12:00"
CASES = [
    # a cut after "on whether" left the clause's link dangling: the phrase goes whole
    (
        "cut-after-whether",
        "The drivers' union said its members would be polled next week on whether to "
        "accept the revised timetable.",
        [("title", "The drivers' union's members would be polled"), ("no-title-ending", "whether")],
    ),
    (
        "short-whether-kept",
        "The board will decide on whether to sell the depot in May.",
        [("title", "The board will decide on whether to sell the depot")],
    ),
    # "X's team plans to …": the present after an owner's noun is the verb, so the clause
    # after ", and has …" is not read as its predicate
    (
        "owner-noun-plans-to",
        "Ortiz's lab plans to widen the survey to coastal farms next year, beginning with "
        "two sites in Galicia, and has asked the ministry for a grant.",
        [
            ("title", "Ortiz's lab plans to widen the survey to coastal farms"),
            ("no-title-with", "has asked"),
        ],
    ),
    (
        "owner-noun-plans-a-noun",
        "The city's housing plans to build 400 homes were approved in May.",
        [("title", "The city's housing plans to build 400 homes were approved")],
    ),
    # "they" opening a sentence: the plural subject before it, when nothing else in its
    # clause is plural; or the one plural the verb took, when the subject is one thing
    (
        "they-plural-subject",
        "Talks between the two councils began in spring 2019, when both faced rising "
        "costs. They broke down in March 2020 over who would run the new office.",
        [("title", "Talks between the two councils broke down")],
    ),
    (
        "they-plural-object",
        "In 2011, the ministry imposed export quotas on Corvane timber. They were lifted in "
        "May 2015 after a court ruling.",
        [("title", "Export quotas were lifted")],
    ),
    (
        "they-counted-subject",
        "Two unions walked out at the depot. They signed a settlement on Monday.",
        [("title", "Two unions signed a settlement")],
    ),
    (
        "they-two-plurals-unsure",
        "The unions called two strikes in 2022. They ended in May 2023.",
        [
            ("no-title-with", "The unions ended"),
            ("no-title-with", "Strikes ended"),
            ("title", "They ended", "2023-05"),  # kept as written
        ],
    ),
    (
        "they-not-what-was-said",
        "The council said the roadworks would go on. They will end in June.",
        [
            ("no-title-with", "The council will end"),
            ("no-title-with", "roadworks will end"),
            ("title", "They will end", "2024-06"),
        ],
    ),
    (
        "they-not-a-complement",
        "Harwick had been favourites in 2020. They lost the final in May 2021.",
        [("no-title-with", "Favourites lost"), ("title", "They lost the final", "2021-05")],
    ),
    # "a third" after "two … sailings": a third sailing
    (
        "ordinal-counts-on",
        "The ferry firm has laid on two extra crossings tonight for stuck lorries. A third "
        "will leave tomorrow at noon.",
        [("title", "A third crossing will leave")],
    ),
    (
        "ordinal-count-not-matching",
        "The club signed three strikers in May 2023. A second will join in June.",
        [("no-title-with", "second striker"), ("title", "A second will join", "2024-06")],
    ),
    # a present that takes a figure after an aside is the verb: "Tallink, founded …, runs 14"
    (
        "present-before-figure-after-aside",
        "Norvik, founded in 1988, operates 12 ferries. It will publish half-year results "
        "on August 9.",
        [("title", "Norvik will publish half-year results")],
    ),
    # a pronoun deeper in a sentence whose first words only announce it ("A reminder of how
    # we got here: …") stands for the subject after the colon
    (
        "pronoun-after-colon-heading",
        "A recap of the week so far: Tarvo formed over the Banda Sea last Saturday and was "
        "named on Monday, when it reached category 2.",
        [("title", "Tarvo reached category 2"), ("no-title-with", "recap")],
    ),
    (
        "colon-inside-a-quoted-name",
        'The show, "Ada Prim: Salt Roads", closes on March 3 and then travels to Hull, '
        "where it opens on April 20.",
        [("no-title-with", "Salt Roads opens")],
    ),
    # "it" after "and" when an attribution closes the clause before: the one speaking
    (
        "it-after-an-attribution",
        "Tickets for the first week sold out on Monday, the gallery said, and it will "
        "open late on Thursdays from April 4.",
        [("title", "The gallery will open late on Thursdays")],
    ),
    (
        "it-after-a-person-speaking",
        "Sales rose in May, the spokesman said, and it will open a store in June.",
        [
            ("no-title-with", "The spokesman will open"),
            ("title", "It will open a store", "2024-06"),
        ],
    ),
    # a storm named in full ("Cyclone Tarvo") is no person: "it" after its short name is it
    (
        "storm-named-in-full-is-it",
        "Cyclone Tarvo is heading for the coast. Tarvo formed over the Banda Sea last "
        "Saturday. It was raised to category 4 on Monday.",
        [("title", "Tarvo was raised to category 4")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_titles4_classes(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
