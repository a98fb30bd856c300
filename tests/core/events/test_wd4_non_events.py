"""Statements that are no happenings (#15, WD4), in sentences of our own: what only may
happen ("could", "may", "might") and what a thing proposed would do ("the plan would cut")
give no event; a past's failure ("could not"), a plan ("Japan would make a request") and a
saying about a possibility stay."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
CASES = [
    # a possibility, whatever its date: no event
    ("could-next-week", "A ruling on the merger could come early next week, lawyers said.", [("none",)]),
    ("may-adverb", "The minister also may visit Lagos next week.", [("none",)]),
    ("might-month", "The regulator might approve the merger in April, analysts said.", [("none",)]),
    ("could-season", "A new treaty could come into force next autumn.", [("none",)]),
    ("might-not", "The auction, first set for Friday, might not take place until April.", [("none",)]),
    ("may-term", "Holders may convert the notes from June 1.", [("none",)]),
    ("could-figure", "Exports could fall to 3 billion dlrs in 1995, the institute said.", [("none",)]),
    # what a thing proposed or feared would do: no event; what someone would do, a plan, stays
    ("plan-would", "The plan would cut farm spending by 2 billion dlrs in 1995.", [("none",)]),
    ("bill-aside-would", "The bill, already passed by the House, would give farmers 92 pct of their payments in 1994.", [("none",)]),
    ("effect-of-would", "The effect of the new rules would be to extend the scheme through 1996.", [("none",)]),
    ("said-move-would", "Officials said on Monday the move would hinder exports next year.", [("title", "Officials said the move would hinder exports", "1994-03-07"), ("not", "1995")]),
    ("someone-would-stays", "Japan would make a formal request next week, officials said.", [("has", "1994-W11")]),
    ("deal-would-stays", "The deal would close in June, the company said.", [("has", "1994-06")]),
    ("books-on-would-stays", "The books on the package would be closed by mid-April, the ministry said.", [("has", "1994-04")]),
    # the saying is a happening, the failure too; what will or should happen stays
    ("said-might-stays", "The firm said on Tuesday it might close the plant.", [("title", "The firm said it might close the plant", "1994-03-08")]),
    ("could-not-stays", "The club could not find a buyer in February.", [("title", "The club could not find a buyer", "1994-02")]),
    ("will-stays", "The regulator will rule on the merger in April.", [("has", "1994-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_what_only_may_happen_is_no_event(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
