"""A wire's market lines, figures and dated objects, in sentences of our own: a contract month
before a route's name and a quote's verb, a day's possessive before a level (a baseline), a
level told by its noun ("at a market value of"), a figure foreseen, a year's average, a refusal
to comment, and a participle's object holding a figure with commas.

Each case: a body, its publication day, and checks (``tests.core.events.articles.check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a month opening a quote's line, before the route it is for: the contract's month
    ("route-month", "1991-05-14", "Brokers quoted these rates -\n - August Elbe Canal bid at yesterday's closing level of 91 pct, offered at 97.", [("none",)]),
    ("route-month-two-words", "1991-05-14", "Dealers gave these rates -\n - August Upper Danube offered at Monday's level of 131 pct.", [("none",)]),
    ("level-close-baseline", "1991-05-14", "Tin for June was bid at Monday's price of 4,120 stg.", [("not", "1991-05-13")]),
    # (a vote at a day's meeting stays that day's)
    ("vote-stays", "1991-05-14", "Members backed the merger at Monday's vote.", [("title", "Members backed the merger", "1991-05-13")]),
    # a level told by its noun and "of": a quote, no happening
    ("market-value", "1991-05-14", "Timber shares closed April at a market value of 2.4 times book value.", [("not", "1991-04")]),
    ("price-of", "1991-05-14", "Orland stock closed at a price of 31 dlrs on Monday.", [("none",)]),
    ("close-plant-stays", "1991-05-14", "Orland closed its Perth plant on Monday.", [("title", "Orland closed its Perth plant", "1991-05-13")]),
    # a participle's object may hold a figure written with commas
    ("comma-figure", "1991-05-14", "The bank's review made no allowance for the 4,500 mln crown scheme announced last month to lift spending.", [("title", "The 4,500 mln crown scheme was announced", "1991-04")]),
    # a figure foreseen in a "with" phrase is a forecast; a plan there stays
    ("plan-figure", "1991-05-14", "Fees should hold steady, with a flat figure expected in 1992 after a 1.1 pct rise last year.", [("not", "1992")]),
    ("plan-inflation", "1991-05-14", "Demand cooled, with inflation expected at 3 pct in 1992.", [("not", "1992")]),
    ("plan-stays", "1991-05-14", "Orland will build a mill, with test runs due to start in 1992.", [("title", "Test runs due to start", "1992")]),
    # a verb's figure told as an average over a year is a tally; a move stays
    ("average-tally", "1991-05-14", "Orland shipped an average of 9,400 tonnes a week in 1990.", [("none",)]),
    ("average-move-stays", "1991-05-14", "Rents rose an average of 4 pct in 1990.", [("title", "Rents rose an average of 4 pct", "1990")]),
    ("shipped-stays", "1991-05-14", "Orland shipped 9,400 tonnes of zinc to Chile in 1990.", [("title", "Orland shipped 9,400 tonnes of zinc to Chile", "1990")]),
    # (a figure itself recorded then is a baseline: "short of the 16 million recorded in 2019")
    ("figure-baseline", "1991-05-14", "The port handled 9 million tonnes last year, well short of the 12 million recorded in 1988.", [("not", "1988")]),
    # a refusal to comment tells nothing that happened; a refused offer does
    ("would-not-comment", "1991-05-14", "Orland officials would not comment on Monday.", [("none",)]),
    ("declined-to-comment", "1991-05-14", "A spokeswoman for Orland declined to comment on the bid on Monday.", [("none",)]),
    ("not-reached", "1991-05-14", "Orland's chairman could not be reached for comment on Monday.", [("none",)]),
    ("declined-offer-stays", "1991-05-14", "Orland declined the offer on Monday.", [("title", "Orland declined the offer", "1991-05-13")]),
    ("plain-figure", "1991-05-14", "The bank's review made no allowance for the 45 mln crown scheme announced last month to lift spending.", [("title", "The 45 mln crown scheme was announced", "1991-04")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_wire_market_lines(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)
