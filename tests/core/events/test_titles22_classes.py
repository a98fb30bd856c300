"""Titles a reader can parse (#14, session 22, helper TITLES2): the classes found in a draw of
events from wire and newswire text, told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-04-02T12:00"
CASES = [
    # a noun that waits for its preposition does not end a title
    (
        "fixed-phrase-respect",
        "The fund said its trustees took no decision with respect to an extra payment to"
        " holders at their meeting on Monday.",
        [("no-title-ending", "with respect")],
    ),
    # a verb whose object was a clause does not end a title
    (
        "verb-wanting-clause",
        "The union warned on Monday that restraint in this year's pay claims was necessary"
        " to ensure that the recovery continued.",
        [("no-title-ending", "to ensure")],
    ),
    # the two halves of an equative stay together
    (
        "equative-so-far-as",
        "The senator on Monday went so far as to call the new tariff plan a gift to the"
        " country's biggest importers.",
        [
            ("no-title-ending", "so far"),
            (
                "title",
                "The senator went so far as to call the new tariff plan a gift",
                "1987-03-30",
            ),
        ],
    ),
    # a participle of a plan, its date gone, is no verb of a sentence
    (
        "scheduled-alone",
        "Traders said prices could rise after a producers' meeting scheduled for late June.",
        [("no-title-ending", "scheduled")],
    ),
    # a participle phrase fronted before "after": the subject follows its comma
    (
        "fronted-participle-after",
        "Speaking after the vote on Monday, the mayor promised new elections.",
        [("title", "The mayor promised new elections"), ("no-title-with", "The vote")],
    ),
    (
        "fronted-participle-after-days",
        "Contacted after the market's sharp fall on Monday, the analysts kept their forecasts.",
        [("no-title-with", "fall kept")],
    ),
    # ... but an apposition closed by its own comma is still the subject's
    (
        "after-apposition",
        "The plant shut after Harlow Ltd, its former owner, sold it on Monday.",
        [("no-title-with", "Its former owner")],
    ),
    # a contracted negation reads as the spelled-out one: nothing happened
    (
        "contracted-was-not",
        "The mayor wasn't told about the leak on Monday.",
        [("none",)],
    ),
    (
        "contracted-had-not",
        "The players weren't paid on Friday.",
        [("none",)],
    ),
    # a relative without "that" inside the subject: its verb is not the subject's
    (
        "contact-relative-subject",
        "The day its new shares will start trading was moved to May 4, the firm said on Monday.",
        [
            ("no-title-with", "The day its new shares"),
            ("title", "New date for the day the new shares will start trading", "1987-05-04"),
        ],
    ),
    # a wire headline and dateline in capitals run into the sentence: the subject follows
    # the date, not the capitals
    (
        "capitals-dateline",
        "WHEAT EXPORTS OMAHA, March 30 The board reported sales of 40,000 tonnes of wheat.",
        [("title", "The board reported sales of 40,000 tonnes of wheat")],
    ),
    (
        "city-dateline",
        "PARIS, March 30 The central bank said it had cut its intervention rate.",
        [("no-title-with", "PARIS")],
    ),
    # a contracted negation before "until" reads as the spelled-out one: it happened then
    (
        "contracted-until",
        "The council didn't approve the budget until March 3.",
        [("title", "The council approved the budget", "1987-03-03")],
    ),
    (
        "contracted-until-passive",
        "The mayor wasn't told about the leak until Monday.",
        [("title", "The mayor was told about the leak", "1987-03-30")],
    ),
    # a subject whose noun was the date leaves an article: no title
    (
        "article-only-subject",
        'The chairman said the group\'s third quarter was "likely to be well in profit."',
        [("no-title-with", "The was"), ("no-title-with", "The is")],
    ),
    # a linking verb without its complement
    (
        "linking-verb-alone",
        "Wool sales rose 4 pct in March and are forecast to remain the same this year, the council"
        " said.",
        [("no-title-ending", "to remain"), ("title", "Wool sales rose 4 pct", "1987-03")],
    ),
    # a figure's participle without its figure
    (
        "totalling-alone",
        "The lender is likely to approve four loans totalling between 200 and 300 mln dlrs"
        " for the country in 1987.",
        [("no-title-ending", "totalling")],
    ),
    # a fraction's slash stays in a price
    (
        "fraction-slash",
        "Shares of the miner fell 2-1/4 to 31-1/8 on Monday after rising 1-3/8 on Friday.",
        [("title", "Shares of the miner fell 2-1/4 to 31-1/8"), ("no-title-with", "1 8")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_titles22(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
