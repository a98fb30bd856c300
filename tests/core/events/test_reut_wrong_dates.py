"""Wrong dates on wire copy (session 26, helper reut), told in sentences of our own: a noun's
reduced relative that plans its own happening ("isolation by Gulf states due to gather in Doha
on November 9"), a market move named by a noun inside an object ("reasons behind the slide of
the yen to a record low yesterday"), "before" a date that bounds a clause from above, a day
straight before a period's name (the fiscal period's last day), "the week" told in the past on
a Monday (the week just ended), a bare "the quarter" told ahead after a quarter not yet ended
was named, and a future passive with an adverb before its participle ("will be further
lifted when a terminal comes into service in September": this September, not last).

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

MONDAY = "1987-11-02"
CASES = [
    # the reduced relative's date is the gathering's, not the trying's
    (
        "due-to-after-object",
        MONDAY,
        "Officials noted that Syria was also trying to avoid isolation by Gulf states due to "
        "gather at a conference in Doha on November 9 and discuss the war.",
        [("not", "1987-11-09")],
    ),
    (
        "expected-to-after-from",
        MONDAY,
        "The minister met envoys from countries expected to attend a meeting on November 9.",
        [("not", "1987-11-09"), ("no-title", "on November 9")],
    ),
    (
        "due-to-its-own-clause",
        MONDAY,
        "He said the talks were due to resume in Geneva on November 9.",
        [("title", "The talks were due to resume in Geneva", "1987-11-09")],
    ),
    (
        "due-to-in-subject-keeps-the-clause-date",
        MONDAY,
        "Workers at the plant due to close in March protested on Friday.",
        [("has", "1987-10-30"), ("not", "1988-03")],
    ),
    # "due to" a cause keeps the clause's date
    (
        "due-to-a-cause",
        MONDAY,
        "The airline grounded flights from Heathrow due to fog on Friday.",
        [("has", "1987-10-30")],
    ),
    (
        "due-to-its-loss",
        "1987-10-20",
        "The brewer said it suspended the payout due to its third-quarter loss of 4 mln dlrs.",
        [("has", "1987-Q3")],
    ),
    # a market's move named by a noun: the move's date, not the finding's
    (
        "move-noun-in-object",
        MONDAY,
        "Ohta said he could not find reasons behind the slide of the yen to a record low "
        "yesterday.",
        [("not", "1987-11-01")],
    ),
    (
        "move-noun-after-after",
        MONDAY,
        "After the fall of the yen to a record low yesterday, the bank intervened.",
        [("title", "The bank intervened", "1987-11-01")],
    ),
    # "before" a date bounds the clause: at most then, not on the day
    (
        "before-fiscal-year-end",
        MONDAY,
        "The ministry said before the end of its fiscal year on March 31 it will bring in new "
        "rules.",
        [("not", "1988-03-31")],
    ),
    (
        "before-fronted",
        MONDAY,
        "Before March 31, the ministry will bring in new rules.",
        [("not", "1988-03-31")],
    ),
    (
        "by-stays-dated",
        MONDAY,
        "The ministry said it will bring in new rules by March 31.",
        [("has", "1988-03-31")],
    ),
    # a term extended to a new end: not the extending's date
    (
        "extended-until",
        "1987-06-19",
        "The company extended its tender offer until July 10.",
        [("not", "1987-07-10")],
    ),
    # a day straight before a period's name is the day that period ends
    (
        "day-before-quarter",
        "1987-06-29",
        "The toolmaker expects a record July 12 second quarter, its chairman told analysts.",
        [("not", "1987-07-12")],
    ),
    # "the week" told in the past on a Monday: the week just ended
    (
        "the-week-on-monday",
        MONDAY,
        "The lira plunged to three record lows in the week, and dealers halted trading on Friday.",
        [("has", "1987-W44"), ("not", "1987-W45"), ("has", "1987-10-30")],
    ),
    (
        "the-week-ahead-on-monday",
        MONDAY,
        "The lira will come under pressure in the week, dealers said.",
        [("not", "1987-W44")],
    ),
    (
        "the-week-on-tuesday",
        "1987-11-03",
        "The lira plunged to three record lows in the week.",
        [("has", "1987-W45")],
    ),
    # a future passive with an adverb before its participle looks ahead
    (
        "future-passive-further",
        "1987-06-29",
        "Sales will be further lifted when a new terminal near Gdansk comes into service in "
        "September.",
        [("not", "1986-09"), ("has", "1987-09")],
    ),
    # a bare "the quarter" told ahead after a quarter not yet ended was named
    (
        "the-quarter-ahead",
        "1987-10-20",
        "The retailer said it remains hopeful about the fourth quarter. The company said it "
        "expects gains in toy sales to pick up in the quarter.",
        [("not", "1987-Q3")],
    ),
    (
        "the-quarter-done",
        "1987-10-20",
        "The retailer said profits fell in the quarter.",
        [("has", "1987-Q3")],
    ),
]


@pytest.mark.parametrize(
    ("published", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_reut_wrong_dates(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)
