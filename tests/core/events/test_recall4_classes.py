"""Dated happenings that gave no event (session 26, helper recall4), told in sentences of our
own: a dividend's payment in the aside after its amount ("…, payable on March 15", "…, to be
paid on April 11"), whose record date dates nothing and whose "unchanged from the previous
quarter" is a comparison's baseline; a date inside a game's or a vote's name after a
preposition ("in the Boxing Day defeat", "in the May 21 runoff"), which dates the clause; and
a forecast or range given on a date, named as the baseline of a new one ("down from an
earlier forecast of 35 million euros issued in October"); a participle after a subject and
its apposition that the sentence's end closes, the clause's verb ("Her first commission, the
Earlsdon library, opened in 1956."), not an aside telling a thing's age.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-21"
CASES = [
    (
        "dividend-payable-on",
        "The directors declared a quarterly dividend of 31 cents a share, payable on May 2.",
        [("title", "Quarterly dividend of 31 cents a share is payable", "2023-05-02")],
    ),
    (
        "dividend-to-be-paid",
        "Its board proposed a final dividend of 8 pence per share, to be paid on June 9.",
        [("title", "Final dividend of 8 pence per share is to be paid", "2023-06-09")],
    ),
    (
        "dividend-payable-record-as-of",
        "The directors declared a dividend of 9 cents a share, payable April 3 to holders of "
        "record as of March 10, unchanged from the previous quarter.",
        [
            ("title", "Dividend of 9 cents a share is payable", "2023-04-03"),
            ("not", "2023-03-10"),
            ("not", "2022-Q4"),
        ],
    ),
    # the declaring is not dated by the payment it sets
    (
        "dividend-declaring-keeps-its-day",
        "Directors declared on Tuesday a dividend of 12 cents, payable March 7 to holders of "
        "record Feb. 28.",
        [
            ("title", "Dividend of 12 cents is payable", "2023-03-07"),
            ("title-not", "declared", "2023-03-07"),
            ("not", "2023-02-28"),
        ],
    ),
    # a game's or a vote's name holding its date dates what happened in it
    (
        "date-in-a-defeat",
        "The winger broke his wrist in the Boxing Day defeat at Carlow and missed a month.",
        [("title", "The winger broke his wrist in the defeat at Carlow", "2022-12-26")],
    ),
    (
        "date-in-a-runoff",
        "Voters in the district cast ballots in the January 8 runoff.",
        [("has", "2023-01-08")],
    ),
    # a forecast or range given on a date, weighed against the new one: its giving, on its day
    (
        "forecast-issued-baseline",
        "Lomax now sees a profit of 7 million euros, down from an earlier forecast of 11 "
        "million euros issued in November.",
        [("title", "An earlier forecast of 11 million euros was issued", "2022-11")],
    ),
    (
        "range-it-gave-baseline",
        "The group cut its outlook to $2.10 to $2.20 a share, from a range of $2.40 to $2.60 it "
        "had given in October.",
        [("title", "A range of $2.40 to $2.60 was given", "2022-10"), ("not", "2023-10")],
    ),
    (
        "guidance-first-issued",
        "The firm confirmed its annual guidance, which it first issued in January, of sales "
        "near 80 million euros.",
        [("title", "The firm issued its annual guidance", "2023-01")],
    ),
    # what was left unchanged on a day was done that day
    (
        "left-unchanged-on-a-day",
        "The bonds' ratings were left unchanged on Friday.",
        [("has", "2023-02-17")],
    ),
    # after a subject and its apposition, a participle the sentence's end closes is the verb
    (
        "apposition-then-opened",
        "His best-known design, the Harbour Road swimming baths, opened in 1962.",
        [("title", "opened", "1962")],
    ),
    # ... but one comma after a clause opens an aside: the thing's age, no date of the clause
    (
        "aside-at-sentence-end-is-age",
        "Supporters gathered at the ground, built in 1923.",
        [("not", "1923")],
    ),
    (
        "aside-between-commas-is-age",
        "The college, founded in 1891, said it would merge with a neighbour.",
        [("not", "1891")],
    ),
    # a raise told with its old and new amounts is not a payment's noun phrase
    (
        "dividend-raise-left-alone",
        "Lomax said it lifted its quarterly dividend to 18 cts from 16 cts, payable April 15.",
        [("no-title-with", "payable")],
    ),
    # a noun phrase that is not the dividend's alone: no title made of the clause
    (
        "dividend-after-verb-only",
        "The board declared a dividend of 18 cents, payable on March 30.",
        [("title", "Dividend of 18 cents is payable", "2023-03-30"), ("no-title-with", "Board")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recall4_classes(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
