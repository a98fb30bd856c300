"""Wrong dates on wire text (session 31, helper wire2): the month goods are booked for, a
sum of money foreseen with "make", a measure foreseen at a level, the time an amount is
measured against in a "than" clause of its own, and the period needs are for never date the
clause. Each case is a sentence of our own, published on the date given, with what must hold
of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a part of the month the goods are for is the goods' month, not the booking's
    (
        "goods-second-half-month",
        "1987-04-08",
        "Ghana booked 8,000 tonnes of rice for second-half May.",
        [("not", "1987-05")],
    ),
    (
        "goods-late-month",
        "1987-04-08",
        "Ghana booked 8,000 tonnes of rice for late May.",
        [("not", "1987-05")],
    ),
    (
        "goods-month-with-trade-day",
        "1987-04-08",
        "Ghana booked 8,000 tonnes of rice on Monday for second-half May.",
        [("dated", "1987-04-06"), ("title", "Ghana booked 8,000 tonnes of rice", "1987-04-06")],
    ),
    # a room booked for a time is still the booking of a happening: kept
    (
        "hall-booked-for-month",
        "1987-04-08",
        "The choir booked the town hall for late May.",
        [("title", "The choir booked the town hall", "1987-05")],
    ),
    # a sum of money foreseen with "make" is a forecast, like "earn"
    (
        "expected-to-make-sum",
        "1987-04-08",
        "Next year, Corvel Dairies is expected to make about 3.10 dlrs per share.",
        [("none",)],
    ),
    (
        "made-sum-then-expected-to-make",
        "1987-04-08",
        "Corvel Dairies made 1.85 dlrs per share in 1986; next year the dairy is expected to make "
        "2.60 dlrs per share.",
        [("title", "Corvel Dairies made 1.85 dlrs per share", "1986"), ("not", "1988")],
    ),
    # "make" with no sum after it is a plan, and keeps its date
    (
        "expected-to-make-bid",
        "1987-04-08",
        "Corvel Dairies is expected to make a bid for the Lyon creamery in June.",
        [("title", "make a bid", "1987-06")],
    ),
    # a clause of its own after an amount's "than" gives the baseline's time
    (
        "than-clause-same-weeks",
        "1987-04-08",
        "The marina rents fewer berths than it rented in the same weeks of July.",
        [("none",)],
    ),
    (
        "than-clause-beside-news",
        "1987-04-08",
        "The marina cut its fees on Monday and rents fewer berths than it rented in the same "
        "weeks of July.",
        [("title", "The marina cut its fees", "1987-04-06"), ("not", "1986-07")],
    ),
    # ... but the main clause's own date stays, and a "than" after "later" is a happening
    (
        "than-clause-main-date-kept",
        "1987-04-08",
        "The marina rented out more berths in March than it did in 1985.",
        [("title", "The marina rented out more berths", "1987-03"), ("not", "1985")],
    ),
    (
        "later-than-announced",
        "2016-05-04",
        "The ministry said the barge would leave on May 16, a fortnight later than it had "
        "announced on Monday.",
        [("has", "2016-05-16"), ("has", "2016-05-02")],
    ),
    # a measure foreseen at a level is a forecast, like one foreseen at a figure
    (
        "measure-expected-at-level",
        "1987-06-02",
        "Tarn Mills said its autumn turnover is expected to be at usual levels.",
        [("none",)],
    ),
    (
        "measure-expected-below-forecast",
        "1987-06-02",
        "Tarn Mills said its deficit for this year is expected to be below the spring forecast.",
        [("none",)],
    ),
    (
        "measure-expected-to-approximate",
        "1987-03-16",
        "Corvel told shareholders that 1987 outlays on plant are expected to approximate 17 mln dlrs.",
        [("none",)],
    ),
    (
        "measure-approximated",
        "1987-03-16",
        "Capital spending at the dairy approximated 40 mln dlrs in 1986.",
        [("title", "approximated 40 mln dlrs", "1986")],
    ),
    # ... not a person expected somewhere: a plan, kept
    (
        "person-expected-at-place",
        "1987-06-02",
        "The envoy is expected to be at the Lisbon talks in July.",
        [("title", "The envoy is expected to be at the Lisbon talks", "1987-07")],
    ),
    # the period needs are for is the needs', not the clause's
    (
        "needs-for-the-week",
        "1987-04-08",
        "The central bank ended the tender early, mindful of its cash needs for the week.",
        [("none",)],
    ),
    (
        "needs-for-the-week-with-day",
        "1987-04-08",
        "The central bank ended the tender on Tuesday, mindful of its cash needs for the week.",
        [("dated", "1987-04-07")],
    ),
    # a result over the week is still the week's
    (
        "result-for-the-week",
        "1987-04-08",
        "The franc fell 2 pct for the week.",
        [("title", "The franc fell 2 pct", "1987-W15")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_wire2_dates(published: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(text, published)), checks)
