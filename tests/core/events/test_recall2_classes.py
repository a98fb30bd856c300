"""A second happening in the same sentence, and dated sayings (#14; session 24, helper
recall2): a saying whose reported clause is too long to title whole, a reported subject an
"-ing" adjective opens, and a clause after ", and" whose date is fronted before a pronoun or a
name. Each case: a body of our own, and what must hold of its events
(``tests.core.events.articles``)."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-05-17"  # a Wednesday
CASES = [
    # a saying on its own day whose reported clause runs on into a condition: the title
    # keeps what was said up to the condition
    (
        "saying-cut-before-condition",
        "Marta Lind said on Monday that the guild would seek a review if the council "
        "approved the plan unchanged.",
        [("title", "Marta Lind said the guild would seek a review", "2023-05-15")],
    ),
    # ... or up to a clause opened by a pronoun with no "that"
    (
        "saying-cut-before-contact-clause",
        "Okafor testified on Tuesday that he had thought the transfers were a loan he would "
        "pay back within the year.",
        [("title", "Okafor testified he had thought the transfers were a loan", "2023-05-16")],
    ),
    # "underlying" opens a noun phrase: the reported clause has its subject
    (
        "saying-underlying-subject",
        "Brightwell said on Tuesday that underlying profit fell 9% to £80m.",
        [("title", "Brightwell said underlying profit fell 9%", "2023-05-16")],
    ),
    # "…, and in May it closed …, mostly in …": the fronted date and "it" open the clause,
    # whose comma after the object ends no fronted phrase
    (
        "and-fronted-date-it",
        "In April, the brewer posted a loss, and in May it closed two plants, mostly in Wales.",
        [
            ("title", "The brewer posted a loss", "2023-04"),
            ("title", "closed two plants", "2023-05"),
        ],
    ),
    # "…, and in March 1975 Ann Lee took …": the name after the date is the subject
    (
        "and-fronted-date-name",
        "The port reopened in 1973, and in March 1975 Ann Lee took charge of the harbour.",
        [
            ("title", "The port reopened", "1973"),
            ("title", "Ann Lee took charge of the harbour", "1975-03"),
        ],
    ),
    # "said it plans to launch …": a verb after the pronoun, what was said is whole
    (
        "saying-pronoun-then-verb",
        "Kestrel Pay said on Tuesday that it plans to open in Lagos by August.",
        [("title", "Kestrel Pay said it plans to open in Lagos", "2023-05-16")],
    ),
    # ... and never cut to the bare verb before its infinitive
    (
        "saying-not-cut-before-infinitive",
        "Lagos-based cross-border card payments processor Kestrel Pay said on Tuesday that it "
        "plans to open in Nairobi by August.",
        [("no-title-ending", "plans")],
    ),
    # ", and" opening a clause whose subject is a bare noun, or an adjective and its plural
    (
        "and-bare-noun-subject",
        "Voters approved a levy in 2012, and construction ran from 2014 to 2017.",
        [("title", "Voters approved a levy", "2012"), ("title", "Construction ran", "2014")],
    ),
    (
        "and-bare-noun-before-auxiliary",
        "The board voted in February to sell the depot, and work is scheduled to begin in "
        "September.",
        [("title", "Work is scheduled to begin", "2023-09")],
    ),
    (
        "and-adjective-plural-subject",
        "Its trading year closes on March 31, and annual figures will be released on May 18.",
        [("title", "Annual figures will be released", "2023-05-18"), ("no-title", "ends will")],
    ),
    # a subject after ", and" with an "of" phrase reaches its verb past the phrase
    (
        "and-subject-of-phrase",
        "The trials start on July 1, and the first home game of the new season is scheduled "
        "for August 10.",
        [("title", "The first home game of the new season is scheduled", "2023-08-10")],
    ),
    # a noun that reads as a verb, with no auxiliary after it: the same subject's second verb
    (
        "and-second-verb-not-subject",
        "The firm sold the unit in March, and cut costs by 5 pct in April.",
        [("title", "The firm cut costs by 5 pct", "2023-04")],
    ),
    # a place after the "and" keeps its capitalised words: no date before them
    (
        "and-fronted-place",
        "The union struck in June, and in New York the talks collapsed on July 3.",
        [("title", "The talks collapsed", "2023-07-03")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recall2_class(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
