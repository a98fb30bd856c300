"""Statements that are no happenings (#15, WD4), in sentences of our own: what only may
happen ("could", "may", "might") and what a thing proposed would do ("the plan would cut")
and what someone foresees of a measure ("expects earnings to rise") give no event; a
past's failure ("could not"), a plan ("Japan would make a request") and a
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
    ("bill-aside-would", "The measure, already approved by the Senate, would grant fishermen 85 pct of their quotas in 1994.", [("none",)]),
    ("effect-of-would", "The effect of the new rules would be to extend the scheme through 1996.", [("none",)]),
    ("said-move-would", "Officials said on Monday the move would hinder exports next year.", [("title", "Officials said the move would hinder exports", "1994-03-07"), ("not", "1995")]),
    ("someone-would-stays", "Norway would file a formal protest next week, diplomats said.", [("has", "1994-W11")]),
    ("deal-would-stays", "The deal would close in June, the company said.", [("has", "1994-06")]),
    ("books-on-would-stays", "The accounts of the scheme would be audited by mid-April, the treasury said.", [("has", "1994-04")]),
    # what someone foresees of a measure: no event; a happening foreseen stays
    ("expects-earnings", "Lumo Corp said it expects first quarter earnings to exceed 2 mln dlrs.", [("none",)]),
    ("expects-to-report-loss", "Lumo Corp expects to report an operating loss for the second quarter.", [("none",)]),
    ("sees-inflation", "The bank sees inflation falling to 3 pct in 1995.", [("none",)]),
    ("expects-shortage", "Traders expect a rubber shortage in April.", [("none",)]),
    ("expects-prices", "The minister said he expects copper prices to climb sharply by 1998.", [("none",)]),
    ("expected-rate", "The governor said she expected the deficit to be higher in April.", [("none",)]),
    ("expected-reserves", "The council said it expected the exports to climb to more than 4 billion dlrs this year.", [("none",)]),
    ("expects-spending", "Lumo expects capital spending to rise to about 40 mln dlrs in 1994.", [("none",)]),
    ("expects-past-quarter-stays", "Lumo Corp expects to report an operating loss for the fourth quarter of 1993.", [("has", "1993-Q4")]),
    ("expects-report-on-day-stays", "Analysts expect the bank to report first-quarter profit on Monday.", [("has", "1994-03-14")]),
    ("expects-begin-stays", "Lumo expects trading to begin in July.", [("has", "1994-07")]),
    ("expects-production-stays", "Lumo expects the plant to be in production in May.", [("has", "1994-05")]),
    ("expects-results-stays", "Lumo expects to report its results the week of April 11.", [("has", "1994-W15")]),
    ("saw-demand-stays", "The market saw strong demand for coffee last week.", [("has", "1994-W09")]),
    ("expected-to-stays", "The takeover is expected to be finalised on April 15.", [("has", "1994-04-15")]),
    # the saying is a happening, the failure too; what will or should happen stays
    ("said-might-stays", "The firm said on Tuesday it might close the plant.", [("title", "The firm said it might close the plant", "1994-03-08")]),
    ("could-not-stays", "The club could not find a buyer in February.", [("title", "The club could not find a buyer", "1994-02")]),
    ("will-stays", "The regulator will rule on the merger in April.", [("has", "1994-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_what_only_may_happen_is_no_event(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A figure's baseline named by the participle that gave it is another time's figure, never
# the change's date; a record date after "registered" is no baseline.
BASELINES = [
    ("record-made", "Home sales in 1993 rose 12 pct from the prior record made in 1989.", [("not", "1989")]),
    ("those-reported", "Cases of the disease have fallen to normal levels from those reported in 1981.", [("not", "1981")]),
    ("deficit-registered", "The gap shrank to 35 mln dlrs, an improvement over the 60 mln dlr gap registered in February 1993.", [("not", "1993-02")]),
    ("registered-holders-stays", "Lumo said it will make a bonus issue from its reserve to shareholders registered June 2.", [("has", "1994-06-02")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in BASELINES], ids=[c[0] for c in BASELINES]
)
def test_a_baseline_named_by_its_participle_dates_nothing(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# The months goods arrive or ship in are the goods' terms, however the parts are told; a
# shipment scheduled for a month is the clause's own happening.
TERMS = [
    ("arrival-in-parts", "Varko is tendering to buy 5,000 tonnes of rice today for arrival in two equal lots in May and June.", [("not", "1994-05")]),
    ("scheduled-shipment-stays", "The three new models, which are scheduled for shipment in late August, are laptops.", [("has", "1994-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in TERMS], ids=[c[0] for c in TERMS])
def test_a_trade_term_dates_nothing(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
