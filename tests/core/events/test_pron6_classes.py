"""Whom "it" stands for when the sentence before names no organisation (session 25, PRON6):
the one organisation named earlier only when it is named in the same paragraph or more than
once before (the company the article is about), not one named once in an earlier paragraph
or a live blog's earlier entry. Articles of our own, each checked for the title a reader
sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

ONE_FIRM_CASES = [
    (  # a live blog: the water board was named once, in the entry above
        "9:40 a.m. — The Kestrel Valley Water Board has closed the reservoir path to walkers."
        "\n\n9:10 a.m. — The storm was first seen off the coast on Sunday. Its path is "
        "uncertain. It moved inland overnight into Monday, flooding two villages.",
        [("no-title", "Board moved inland"), ("no-title", "Water Board moved")],
    ),
    (  # the company the article is about, named twice before: its own paragraph need not
        "Lindqvist Ferries Ltd. lost money in the first half, it said on Tuesday. Lindqvist "
        "Ferries sold two ships in May.\n\nThe board met on Monday. Its annual meeting is "
        "scheduled for June 14.",
        [("title", "Lindqvist Ferries Ltd's annual meeting", "2022-06-14")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), ONE_FIRM_CASES)
def test_it_stands_for_an_organisation_named_before_only_when_close_or_named_again(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


CONNECTED_NAME_CASES = [
    (  # "da": one person, not "Ines" and "Costa", so "she" is hers
        "The potter Ines da Costa opened a workshop in Porto in 2009. In June 2011 she "
        "moved it to Braga.",
        [("title", "Ines da Costa moved it to Braga", "2011-06")],
    ),
    (  # two connectors in a row: "van der"
        "Pieter van der Berg joined the bank in 1998. In March 2004 he became its chairman.",
        [("title", "Pieter van der Berg became its chairman", "2004-03")],
    ),
    (  # "de la"
        "Rodrigo de la Vega was elected mayor in 2015. In May 2019 he resigned.",
        [("title", "Rodrigo de la Vega resigned", "2019-05")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CONNECTED_NAME_CASES)
def test_a_name_with_lower_case_connectors_is_one_person(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
