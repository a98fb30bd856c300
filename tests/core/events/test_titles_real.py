"""Titles a reader can parse, on the shapes of real news copy (session 35, helper
titles-real): an amount cut before the "of" that says what it counts, "last" dropped from
"was last seen", a bare participle before the verb, a verb cut before the infinitive it takes,
a participle cut from its phrase ("towns known [as …]"), and an aside in brackets left open by the cut. Sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-06-07"
CASES = [
    # a figure's unit names no goods without its "of": a little long keeps them
    (
        "tonnes-of-goods",
        "The Ostmark regional grain board sold 42,500 tonnes of soft milling rye at Tuesday's"
        " weekly auction in Brenn.",
        [("title", "The Ostmark regional grain board sold 42,500 tonnes of soft milling rye")],
    ),
    (
        "money-of-bonds",
        "The Pellworth water utility will sell 65 mln dlrs of secured utility bonds on June 12 to"
        " refinance its debt.",
        [("title", "The Pellworth water utility will sell 65 mln dlrs of secured utility bonds")],
    ),
    (
        "shares-of-a-company",
        "Harrow Ridge Partners bought 318,400 common shares of Calloway Hardware Inc on Monday,"
        " a filing showed.",
        [("title", "Harrow Ridge Partners bought 318,400 common shares of Calloway Hardware Inc")],
    ),
    # a level a figure went to reads whole: the cut stays where it was
    (
        "level-not-amount",
        "Quarterly revenue at the Dunmore cable plant rose to 14 mln dlrs of the group's total"
        " sales of 90 mln dlrs in the first quarter.",
        [("no-title-ending", "of")],
    ),
    # "last" before a past form in the verb group says when the trail ends: it stays
    (
        "last-seen",
        "The missing hiker was last seen on May 28 near the Greyfell ridge.",
        [("title", "hiker was last seen", "2023-05-28")],
    ),
    (
        "last-as-verb",
        "The Kessel orchard harvest festivals last about nine days, the mayor said in 2019.",
        [("no-title-with", "festivals last")],
    ),
    # a participle whose date went, before a past tense and a name, describes the subject
    (
        "participle-then-past-name",
        "The arrest warrant issued Monday charged Ostrander with fraud in the sale of the"
        " Linwood marina.",
        [("title", "The arrest warrant charged Ostrander with fraud"), ("no-title-with", "issued")],
    ),
    # a vote's manner is no end of the title: what the vote was for follows (the -ly word goes
    # first when the title is long)
    (
        "manner-then-infinitive",
        "The Aldmoor harbour committee voted unanimously on Tuesday to close the old ferry pier"
        " on Kelby Sound.",
        [("title", "The Aldmoor harbour committee voted to close the old ferry pier")],
    ),
    # a participle after a noun that says nothing without its phrase goes with the cut
    (
        "phrase-participle",
        "The ministry will move 4,000 families to new river towns known as growth districts in"
        " 2026 to ease crowding in the capital.",
        [("title", "The ministry will move 4,000 families to new river towns", "2026")],
    ),
    # a bracket the title's cut leaves open goes with its words
    (
        "open-bracket-aside",
        "The cooperative said it accepted 2,650 tonnes of malting barley (none in the same week"
        " a year ago), 310 (45) tonnes of oats in the week to May 30.",
        [
            ("title", "The cooperative accepted 2,650 tonnes of malting barley"),
            ("no-title-with", "none"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_real(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
