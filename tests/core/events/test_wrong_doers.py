"""Sentences whose date is right but whose doer was taken from the wrong words (review B,
session 27, helper mendb): the "it" of a "since" clause given a main subject that is a figure,
a bare noun, a person or a noun phrase with more than one noun; a plural after a noun's
preposition taken for a relative's object; a name after a participle's noun taken for the
speaker; a present "until" clause (a condition) dated as a deed; a participle's aside after a
relative's object given to that object. Each gives no title with the wrong doer, and, where
nothing else in the sentence is dated there, no event on that date. Every sentence here is
our own.

Each case: a body published on 2026-03-10 (a Tuesday), and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2026-03-10"
CASES = [
    # a "since" clause's "it" after a figure's change: the figure is no doer
    ("since-figure-change", "The rouble has slumped 15% since it was unveiled in May.", [("not", "2025-05"), ("no-title-with", "rouble was")]),
    ("since-figure-doubled", "The jobless rate has doubled since it took office in 2019.", [("not", "2019"), ("no-title-with", "rate took")]),
    # ... nor a subject with no article, a possessive, a preposition or a noun before its noun
    ("since-bare-noun", "Public support has waned since it raised taxes in May.", [("not", "2025-05"), ("no-title-with", "support raised")]),
    ("since-possessive", "The league's broadcaster has thrived since it sold the rights in 2021.", [("not", "2021"), ("no-title-with", "broadcaster sold")]),
    ("since-preposition", "The demand for the pass has cooled since it raised prices in January.", [("not", "2026-01"), ("no-title-with", "raised prices")]),
    ("since-noun-before-noun", "Councils set a bed tax in 2023. The hotel trade has complained since it took effect in April 2023.", [("not", "2023-04"), ("no-title-with", "trade took effect")]),
    # ... nor a person's noun: "it" stands for no person
    ("since-person-noun", "The coach has kept quiet since it lost the final in May.", [("not", "2025-05"), ("no-title-with", "coach lost")]),
    # ... but one plain thing, adjectives before it, did it then
    ("since-plain-thing", "The new bridge has carried two million cars since it opened on Monday.", [("title", "The new bridge opened", "2026-03-09")]),
    # a plural after a preposition that hangs on a noun: whose object the relative is, unsure
    ("bare-plural-after-noun", "The mayor spoke after meetings with growers, which the council called in June.", [("not", "2025-06"), ("no-title-with", "called growers")]),
    ("bare-plural-rules-on", "She was cleared under laws on protests, which the parliament passed in 2020.", [("not", "2020"), ("no-title-with", "passed protests")]),
    ("bare-plural-present", "Prices firmed on fears of fresh strikes, which the union plans in April.", [("no-title-with", "plans fears"), ("no-title-with", "plans fresh strikes")]),
    # ... after a verb's preposition it is the object ("will run on new lines")
    ("bare-plural-after-verb", "The trains will run on new lines from Derry to Nantes, which the operator unveiled in May.", [("title", "The operator unveiled new lines from Derry to Nantes", "2025-05")]),
    # a relative's present that tells a state, not a plan: no happening on its date
    ("relative-present-state", "The record stands in a club history that goes back to 1890.", [("not", "1890")]),
    # an "until" clause in the present is a condition, not a deed of the subject's
    ("until-present-condition", "He said he would wait until he sells the boat in June.", [("not", "2026-06"), ("no-title-with", "He sells")]),
    # a participle's aside after a relative's object may be the outer noun's: no title
    ("aside-after-relative-object", "A fine for the firm that ran the old mill, imposed on January 12, was upheld.", [("no-title-with", "mill was imposed")]),
    ("until-past-deed", "Ann Lee ran the bakery until she retired in 2015.", [("title", "Ann Lee retired", "2015")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_no_event_gets_a_doer_from_the_wrong_words(name, body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
