"""Subjects and clauses a sentence lost (session 29, SUBJ), each checked for the date and
title a reader sees, in articles of our own:
- a "whose" relative set off by a comma after a noun phrase with no name speaks of that
  phrase's owner ("The museum, whose roof was rebuilt in 2009" → "The museum's roof was
  rebuilt"), for a past only;
- a "that" relative inside an apposition ends at its comma ("Corran Power, the firm that
  heats homes, | issued bonds …");
- a plural present after ", which" is a verb ("The tolls, which take effect …, include …");
- an "it" after a sentence opened on "its" is the owner "its" stood for;
- "the last of" is an ordinal, no look back, so a plan told with it keeps its date ahead."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

CASES = [
    (  # "whose" after a comma and an unnamed phrase: the phrase is the owner
        "A county review, whose findings were published in June 2014, said the weir was unsafe.",
        ("2014-06", "A county review's findings were published"),
        "Whose",
    ),
    (  # … after a verb's object too
        "The ombudsman criticised the water board, whose divers sealed the old sluice in November.",
        ("2021-11", "The water board's divers sealed the old sluice"),
        "Whose",
    ),
    (  # a plural owner takes a bare apostrophe
        "The judge criticised the county councils, whose lawyers withdrew the claim in October.",
        ("2021-10", "The county councils' lawyers withdrew the claim"),
        "councils's",
    ),
    (  # a "that" relative in an apposition ends at its comma: the main clause goes on after
        "Corran Power, the firm that heats 80,000 homes in the glens, issued £200 million of "
        "bonds on Tuesday.",
        ("2022-02-01", "Corran Power issued £200 million of bonds"),
        "Heats",
    ),
    (  # … with a past in the relative too
        "Corran Power, the firm that bought the old dam, issued bonds on Tuesday.",
        ("2022-02-01", "Corran Power issued bonds"),
        "Bought",
    ),
    (  # a plural present after ", which" is the relative's verb
        "The new tolls, which take effect on March 14, were approved by the assembly on Tuesday.",
        ("2022-03-14", "The new tolls take effect"),
        "Which",
    ),
    (  # … and the main clause goes on at its plural present after the comma
        "The new tolls, which start on March 14, include a charge for lorries.",
        ("2022-03-14", "The new tolls start"),
        "Include",
    ),
    (  # "it" after a sentence that opened on "its": the owner "its" stood for
        "Harlow Foods bakes bread for schools. Its margins have been squeezed since 2019 by "
        "dearer flour, and it cut its dividend in May.",
        ("2021-05", "Harlow Foods cut its dividend"),
        "It cut",
    ),
    (  # "the last of" is an ordinal: the plan keeps its date ahead
        "Mr Brown will scrap the last of his old trawlers by the end of August.",
        ("2022-08", "Brown will scrap the last of his old trawlers"),
        "2021",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "unwanted"), CASES)
def test_a_lost_subject_is_found(body: str, wanted: tuple[str, str], unwanted: str) -> None:
    got = starts_and_titles(body)
    assert wanted in got, got
    assert not [(d, t) for d, t in got if unwanted in t or unwanted in d], got


@pytest.mark.parametrize(
    "body",
    [
        # a present state after "whose": the year is the wall's, no happening of the quay
        "The deal links the two ports, whose old quay still rests partly on a wall of 1790.",
        # a pronoun's phrase owns nothing sure
        "Its museum, whose east wing was rebuilt in 2009, will close for repairs.",
        # another name between "its" and "it": whose "it" is not sure
        "Harlow Foods bakes bread for schools. Its margins fell after Ostro Mills cut prices, "
        "and it cut its dividend in May.",
    ],
)
def test_no_owner_is_made_up(body: str) -> None:
    got = starts_and_titles(body)
    made_up = ("'s east wing", "quay", "Harlow Foods cut", "Ostro Mills cut its")
    assert not [t for _, t in got if any(w in t for w in made_up)], got
