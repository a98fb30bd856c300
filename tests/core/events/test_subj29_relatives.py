"""Subjects and clauses a sentence lost (session 29, SUBJ), each checked for the date and
title a reader sees, in articles of our own:
- a "whose" relative set off by a comma after a noun phrase with no name speaks of that
  phrase's owner ("The choir, whose conductor was replaced in June 2014" → "The choir's
  conductor was replaced"), for a past only;
- a "that" relative inside an apposition ends at its comma ("Ostwick, the guild that
  trains stonemasons, | opened a school …");
- a plural present after ", which" is a verb ("The new fees, which apply from …, cover …");
- an "it" after a sentence opened on "its" is the owner "its" stood for;
- "the last of" is an ordinal, no look back, so a plan told with it keeps its date ahead."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

CASES = [
    (  # "whose" after a comma and an unnamed phrase: the phrase is the owner
        "The choir, whose conductor was replaced in June 2014, toured Japan last year.",
        ("2014-06", "The choir's conductor was replaced"),
        "Whose",
    ),
    (  # … after a verb's object too
        "The ombudsman criticised the rowing club, whose members painted the boathouse in "
        "November.",
        ("2021-11", "The rowing club's members painted the boathouse"),
        "Whose",
    ),
    (  # a plural owner takes a bare apostrophe
        "The mayor thanked the parish councils, whose volunteers planted the verges in October.",
        ("2021-10", "The parish councils' volunteers planted the verges"),
        "councils's",
    ),
    (  # a "that" relative in an apposition ends at its comma: the main clause goes on after
        "Ostwick, the guild that trains stonemasons, opened a school in Carlisle on Tuesday.",
        ("2022-02-01", "Ostwick opened a school in Carlisle"),
        "Trains",
    ),
    (  # … with a past in the relative too (not the hiring on Tuesday)
        "Ostwick, the guild that hired the old abbey, opened a school on Tuesday.",
        ("2022-02-01", "Ostwick opened a school"),
        "hired",
    ),
    (  # a plural present after ", which" is the relative's verb
        "The new parking fees, which apply from 14 March, were approved by the assembly on "
        "Tuesday.",
        ("2022-03-14", "The new parking fees apply"),
        "Which",
    ),
    (  # … and the main clause goes on at its plural present after the comma
        "The new parking fees, which start on 14 March, cover every car park in the town.",
        ("2022-03-14", "The new parking fees start"),
        "Cover",
    ),
    (  # "it" after a sentence that opened on "its": the owner "its" stood for
        "Harlow Foods bakes bread for schools. Its ovens were rebuilt in 2019, and it closed "
        "the Leeds bakery in May.",
        ("2021-05", "Harlow Foods closed the Leeds bakery"),
        "It closed",
    ),
    (  # "the last of" is an ordinal: the plan keeps its date ahead
        "Mr Brown will ring the last of the old bells by the end of August.",
        ("2022-08", "Brown will ring the last of the old bells"),
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
        # a present state after "whose": the year is the sundial's, no happening of the garden
        "The abbey, whose garden still keeps a sundial of 1700, draws many visitors.",
        # a pronoun's phrase owns nothing sure
        "Its chapel, whose east window was glazed in 1890, will close for repairs.",
        # another name between "its" and "it": whose "it" is not sure
        "Harlow Foods bakes bread for schools. Its ovens were rebuilt after Ostro Mills bought "
        "a rival, and it closed the Leeds bakery in May.",
    ],
)
def test_no_owner_is_made_up(body: str) -> None:
    got = starts_and_titles(body)
    made_up = ("garden", "'s east window", "Harlow Foods closed", "Ostro Mills closed")
    assert not [t for _, t in got if any(w in t for w in made_up)], got
