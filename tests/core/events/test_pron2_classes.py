"""Who a pronoun subject stands for in a title (session 16, PRON2): a sentence-opening "it"
is never a company named before when the sentence before is about someone or something else.
Articles of our own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (  # a storm the tagger does not know, after an agency named further back
        "The Coastal Weather Agency issued a yellow warning for wind on Friday.\n\n"
        "Ornella formed as a shallow depression near the Canaries on Sunday. "
        "It deepened quickly on Tuesday night.",
        [("no-title", "Agency deepened"), ("title", "Ornella formed", "2022-01-30")],
    ),
    (  # a building after a sentence about "she", in a piece naming a college before
        "Mara Lindqvist studied at the Bergen College of Design.\n\n"
        "In 1961 she completed the Harbour Street library, a low brick building. "
        "It was listed in 1999.",
        [("no-title", "College of Design was listed")],
    ),
    (  # a figure with a name the dictionary does not know, after a bank named before
        "Ruritania's Q-3 money supply fell two pct in March, central bank figures show. "
        "It rose a revised 0.4 pct in February.",
        [("no-title", "bank rose")],
    ),
    (  # the company named before, the sentence before about the company: it stays
        "Harlow Mills Inc said it would close its plant in Akron.\n\n"
        "The company said sales fell 12 pct last year. "
        "Today it reported a loss for the second quarter.",
        [("title", "Harlow Mills Inc reported a loss for the second quarter")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_it_is_no_company_when_the_sentence_before_is_about_something_else(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
