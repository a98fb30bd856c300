"""Two classes of WD5, in sentences of our own. A trade's day and its terms: a purchase on
a day keeps that day when the goods' shipment or delivery terms follow it ("on Monday for
shipment in May"), while the term's month dates nothing; a word naming the goods may still
stand between a month and its term ("June yen futures"). A figure's baseline told in a
clause with no "which" ("the 528 mln dlrs it made last year") dates nothing else."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
CASES = [
    ("bought-day-then-terms", "Peru bought 40,000 tonnes of rice on Monday for shipment in May.", [("title", "Peru bought 40,000 tonnes of rice", "1994-03-07"), ("not", "1994-05")]),
    ("sold-day-then-delivery", "A trader sold two cargoes of sugar to Chile on Tuesday for delivery in April, dealers said.", [("has", "1994-03-08"), ("not", "1994-04")]),
    ("today-then-terms-next-month", "Kenya bought 25,000 tonnes of maize today for shipment next month.", [("has", "1994-03-10"), ("not", "1994-04")]),
    ("day-then-in-talks", "The carmaker will make its first offer later Friday in contract talks with the union.", [("has", "1994-03-11")]),
    ("month-goods-term-stays", "March cocoa futures fell sharply in thin trade.", [("not", "1994-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_trade_keeps_its_day_before_its_terms(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


BASELINES = [
    ("would-top-earned", "Corvan would easily top the 90 mln dlrs it earned last year, its chairman said.", [("not", "1993")]),
    ("of-tonnes-sold", "Growers had now taken back 2,000 of the 50,000 tonnes they sold to the agency on Feb. 2.", [("not", "1994-02-02")]),
    ("saying-stays", "Exports rose 4 pct it said on Monday.", [("has", "1994-03-07")]),
    ("plain-clause-stays", "The company said it earned 90 mln dlrs last year.", [("has", "1993")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in BASELINES], ids=[c[0] for c in BASELINES]
)
def test_a_figures_baseline_dates_nothing_else(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
