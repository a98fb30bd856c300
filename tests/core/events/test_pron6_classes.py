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
