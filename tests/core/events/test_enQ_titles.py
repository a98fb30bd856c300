"""Titles that parse and events that happened, on modern news (#14, session 10, helper enQ):
the mechanisms that recurred in a hand-judged draw of 120 events from the modern dev sets,
told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.titles import headline
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-14"
CASES = [
    # a reduced relative whose date or place went leaves its verb form bare: it goes too
    (
        "participle-date-gone",
        "A survey commissioned last spring found 40 damp homes, the landlord said.",
        [("title", "A survey found 40 damp homes"), ("no-title-with", "commissioned")],
    ),
    (
        "participle-past-tense",
        "A petition signed last winter drew 3,000 names, the organisers said.",
        [("title", "A petition drew 3,000 names"), ("no-title-with", "signed")],
    ),
    (
        "gerund-place-gone",
        "A storm system drifting over the Gulf of Mexico turned north on Tuesday morning.",
        [("title", "A storm system turned north"), ("no-title-with", "drifting")],
    ),
    # an adjective participle before a noun is no reduced relative: the object keeps it
    (
        "participle-before-object",
        "The board approved revised budgets on Monday.",
        [("title", "The board approved revised budgets")],
    ),
    # a focus word of the removed date does not end the title
    (
        "focus-word-only",
        "The coach had joined the club only in August 2019.",
        [("title", "The coach had joined the club"), ("no-title-ending", "only")],
    ),
    (
        "focus-word-barely",
        "The ferry service had restarted barely a month earlier, on 2 May 2021.",
        [("no-title-ending", "barely")],
    ),
    # a colon ends a lead-in: the clause's subject is after it
    (
        "lead-in-colon",
        "In short: the ferry strike began on 3 March and ended a week later.",
        [("title", "The ferry strike began"), ("no-title-with", "In short")],
    ),
    # a figure of a fronted time expression is no name a pronoun may stand for
    (
        "time-figure-no-antecedent",
        "Maria Ortega moved to Leeds in 2009. Three years later she joined the city council.",
        [("no-title-with", "Three")],
    ),
    # a participle that completes the object of "declare": the declaring is the happening
    (
        "object-complement",
        "The health agency declared rubella eliminated in 2005, but cases have risen since.",
        [
            ("title", "The health agency declared rubella eliminated", "2005"),
            ("no-title", "Rubella eliminated"),
        ],
    ),
    # … not a reported past with "that" left out
    (
        "reported-past",
        "The ministry said exports increased in January.",
        [("title", "Exports increased", "2024-01")],
    ),
    # a wish is a state of mind, not a happening
    ("wish-state", "The minister wants a ceasefire by Friday, her office said.", [("none",)]),
    # words to whoever reads: an appeal, a piece of advice, is no happening
    (
        "appeal-asked",
        "Anyone who saw the collision on Friday is asked to contact the police.",
        [("none",)],
    ),
    (
        "advice-should",
        "Anyone who ate at the market on March 2 should see a doctor, officials said.",
        [("no-title-with", "Anyone")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enQ_titles(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # Markdown's emphasis stars are no words of the title
        ("**The ministry", "confirmed a new timetable", "The ministry confirmed a new timetable"),
        ("The jury", "gave its award to *Salt Roads*", "The jury gave its award to Salt Roads"),
        # a compound noun in -ing stays whole when nothing was cut after it
        ("Farm spending", "rose sharply", "Farm spending rose sharply"),
    ],
)
def test_enQ_headline_words(subject: str, predicate: str, title: str) -> None:
    assert headline(subject, predicate) == title
