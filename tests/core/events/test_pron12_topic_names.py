"""A profile's "she" or "he" named after the person the piece is about (session 22, PRONREF):
a dateline's state abbreviation ("PORT ELLIS, Ore. —") is nobody the piece is about, and a
name after "from" and a noun ("a fisherman from Harwick") is where someone is from, no one
who interrupts the piece's person; nor is a person named once as a verb's object ("the
strike that toppled Daniel Mensa") or as the voice of a quote ('…," said Professor Erik
Dahl') sentences before the pronoun, and she is named as the piece names her. A passive
"it" after a sentence that names a thing besides the one company ("bought the old mill")
stays as written: what was done may have been done to the thing. Articles of our own, each checked for the title a reader
sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

DATELINE_PROFILE = (
    "PORT ELLIS, Ore. — Captain Rosa Penhale can read the bar at the river mouth by the "
    "colour of the foam. She has had forty years to learn.\n\n"
    "Penhale, 63, first went to sea in 1980 as a cook on a crabber. She was 19 and needed "
    'the money. "I thought it would be one winter," she said on the bridge of the Osprey. '
    '"It was not."\n\n'
    "She earned her master's ticket in 1991 and took command of the pilot boat in 1998."
)

ORIGIN_PROFILE = (
    "Ingrid Solvang has spent thirty years chasing a virus few doctors had heard of.\n\n"
    "Solvang, 58, trained in Bergen and qualified in 1990. In the winter of 1991 a "
    "fisherman from Harwick came to her ward with a fever nobody could explain.\n\n"
    "She began her doctorate in 1993 and published the first map of the virus in 1998."
)

OBJECT_OBITUARY = (
    "Kofi Amankwah, the engineer who built the Volta ferries, has died aged 88. Amankwah "
    "was the first Ghanaian to design a river ferry.\n\n"
    "Amankwah was born in Ho in 1935 and trained in Leeds. Amankwah returned home in 1961 "
    "and designed the first ferry at Akuse.\n\n"
    "It entered service in 1964, weeks before the strike that toppled Daniel Mensa. The "
    "recognition came late. In 1994 an exhibition in Accra showed his drawings.\n\n"
    "He was awarded the Order of the Volta in 2009."
)

SPEAKER_PROFILE = (
    "Lena Marsh has spent half her life on the sea ice. Marsh, 52, runs the polar unit "
    "at Tromsdal.\n\n"
    'Marsh was born in Hull in 1972. She came late to science. "Lena turned down a chair '
    'in 2010 because it meant giving up the field," said Professor Erik Dahl of the '
    "Tromsdal institute.\n\n"
    "She did accept one at last: she was made director of the ice laboratory in 2019. Not "
    "everything has gone to plan.\n\n"
    "In 2021 she led a drilling project on the Ross shelf."
)

SHARED_SURNAME_PROFILE = SPEAKER_PROFILE.replace(
    "Marsh was born in Hull in 1972.",
    "Her brother, Tomas Marsh, still fishes out of Hull. Marsh was born there in 1972.",
)

CASES = [
    (  # the dateline's "Ore." is no person: "she" is the captain the lead opens on
        DATELINE_PROFILE,
        [
            ("title", "Penhale earned her master's ticket", "1991"),
            ("no-title", "She earned"),
        ],
    ),
    (  # "a fisherman from Harwick": a place, not someone between the piece's person and "she"
        ORIGIN_PROFILE,
        [
            ("title", "Solvang began her doctorate", "1993"),
            ("no-title", "Harwick began"),
        ],
    ),
    (  # a man named once as a verb's object, sentences before "he": the obituary's man
        OBJECT_OBITUARY,
        [
            ("title", "Amankwah was awarded the Order of the Volta", "2009"),
            ("no-title", "Mensa was awarded"),
        ],
    ),
    (  # a voice named once after a quote is no rival for the profile's "she", who is named
        # as the piece names her (not by the first name the quote gives)
        SPEAKER_PROFILE,
        [
            ("title", "Marsh led a drilling project on the Ross shelf", "2021"),
            ("no-title", "Dahl led"),
            ("no-title", "Lena led"),
        ],
    ),
    (  # her brother shares her surname: "Marsh" alone may be either, so her given name
        SHARED_SURNAME_PROFILE,
        [("title", "Lena led a drilling project on the Ross shelf", "2021")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_profiles_pronoun_is_named_past_a_dateline_or_a_place_of_origin(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


DONE_TO_CASES = [
    (  # a mill bought, then "it was closed": the mill may be meant, not the firm
        "Harlow Mills Inc bought the old mill in 2019. In 2021 it was closed.",
        [("title", "It was closed", "2021"), ("no-title", "Harlow Mills Inc was closed")],
    ),
    (  # nothing but the firm is named: "it" is the firm
        "Harlow Mills Inc makes paper and packaging. It was founded in 1950.",
        [("title", "Harlow Mills Inc was founded", "1950")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), DONE_TO_CASES)
def test_a_passive_it_names_the_firm_only_when_no_thing_is_named_before(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
