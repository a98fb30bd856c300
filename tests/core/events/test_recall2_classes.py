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
