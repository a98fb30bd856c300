"""Titles a reader can parse and no non-events, on unseen wire copy (#14, session 25, helper
titles3 in session 25): the classes a hand-judged draw of Reuters events showed, told in sentences of our
own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1991-06-12T12:00"
CASES = [
    # a bare verb after "and" shares the modal of the first verb, though it reads as a
    # participle too ("run", "come")
    (
        "modal-shared-by-second-verb",
        "The lease would take effect in July and run through March 1993.",
        [("title", "The lease would run"), ("not-title", "The lease run")],
    ),
    (
        "no-modal-no-sharing",
        "The ferry will sail on Friday and come back in August.",
        [("no-title-with", "will will")],
    ),
    # a year inside a noun phrase after the period's noun goes, the phrase stays whole
    (
        "year-after-period-noun",
        "Harlow Mills said it would report full year 1990 net income of 4.10 dlrs a share.",
        [("title", "Harlow Mills would report full year net income of 4.10 dlrs a share")],
    ),
    # an indirect question as the subject: no one did anything
    (
        "question-subject",
        "How much of the grant is spent in the year ending June 30 depends on the council.",
        [("none",)],
    ),
    (
        "whether-subject",
        "Whether the mill reopens in September depends on the insurers.",
        [("none",)],
    ),
    # a judgement of how things went is no happening
    (
        "judging-gerund",
        "Corbel Foods said sales for May were encouraging.",
        [("none",)],
    ),
    # a workforce is a state
    (
        "workforce-state",
        "The Tarn Valley plant employed 420 people during 1990, the company said.",
        [("none",)],
    ),
    # a forecast of a measure that moves about a figure
    (
        "fluctuating-measure",
        "Bank reserves should fluctuate around 40 mln dlrs over the week, the bank said.",
        [("none",)],
    ),
    # a description in capitals after "a" is no name: the relative is the named person's
    (
        "described-person",
        "The motion came from Ellery, a Vermont Republican, who tabled it on Monday.",
        [("title", "Ellery tabled it"), ("no-title-with", "Vermont Republican")],
    ),
    # the medium a verb of saying names ("in a statement") is the saying's: what was said,
    # with no "that", starts after it, and is no object of its verb
    (
        "said-in-a-statement",
        "The agency said in a statement car exports fell to 9,400 units in May.",
        [("title", "Car exports fell to 9,400 units"), ("no-title-with", "statement")],
    ),
    (
        "said-in-an-interview",
        "Okafor said in an interview he would step down in October.",
        [("title", "Okafor would step down"), ("no-title-with", "interview")],
    ),
    # after a sentence whose subject is "The company", an "it" is not the one firm that
    # sentence names further on
    (
        "it-not-the-named-auditor",
        "Lomax Inc said its losses would be large.\n\nThe company also said its audit by "
        "Harlow and Co would cover the year ended May 4.\n\nIt said it will sell its Leeds "
        "plant in August.",
        [("no-title-with", "Co will sell"), ("no-title-with", "Harlow")],
    ),
    # a company is "it": a "they" after it stands for someone else
    (
        "company-not-they",
        "Norcastle Corp said its bondholders told it that they plan to sue on July 2.",
        [("no-title-with", "Norcastle Corp plan")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_titles3_s25_classes(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
