"""Forecasts of a figure told as a clause after a verb of foreseeing, with a hedge, with a
bound on the figure, or as a measure brought to a figure (session 39, figfc39): no happening.
In our own sentences.

Checks as in ``articles.check_events``: ("has", D) some dated event starts on D; ("not", D)
none does; ("title", W, D) an event whose title holds W starts on D.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a verb of foreseeing, then a clause with a result and its figure, or a measure's move
    ("predicts-will-earn", "1994-03-10", "Its chairman predicts Lumo will earn 1.80 dlrs a share in 1994.", [("not", "1994")]),
    ("projects-will-earn-next-year", "1994-03-10", "Quint projects the brewer will earn two dlrs in 1995.", [("not", "1995")]),
    ("estimates-quarter", "1994-03-10", "For the second quarter, Pell estimates the firm will earn 40 cts a share.", [("not", "1994-Q2")]),
    ("projects-sum", "1994-03-10", "Vane projects the mill will earn one dlr in 1994 and Orso projects about three dlrs in 1995.", [("not", "1994"), ("not", "1995")]),
    ("expected-to-expand", "1994-03-10", "Director Ilse Tarn told reporters she expected most of the divisions to expand in 1994.", [("not", "1994")]),
    ("estimated-would-need", "1994-03-10", "Borel said the fund estimated the region would need to grow by 4 pct in 1995.", [("not", "1995")]),
    # ... while a happening foreseen stays: a deal's close, an accord reached, a report out
    ("expects-deal-close", "1994-03-10", "Marlow Foods expects the merger will close in June.", [("has", "1994-06")]),
    ("expects-to-reach-accord", "1994-03-10", "Marlow Foods expects the unions to reach an accord in May.", [("has", "1994-05")]),
    ("expects-trading-begin", "1994-03-10", "Marlow Foods expects trading in its shares to begin in July.", [("has", "1994-07")]),
    # "probably" makes a measure's move told ahead a forecast
    ("probably-fall-figure", "1994-03-10", "Nickel prices will probably slip to about 4 dlrs a kilo in April, brokers said.", [("not", "1994-04")]),
    ("probably-move", "1994-03-10", "Rice exports will probably decline in 1995, brokers said.", [("not", "1995")]),
    ("visit-probably-stays", "1994-03-10", "Mayor Pell will probably visit Oslo in April.", [("has", "1994-04")]),
    # a bound on the figure ("less than", "at least", "more than") keeps it a forecast figure
    ("fall-less-than", "1994-03-10", "The panel said the surplus will fall to less than two pct of output in 1996.", [("not", "1996")]),
    ("grow-more-than", "1994-03-10", "The ministry said farm output will grow by more than 7 pct in 1995.", [("not", "1995")]),
    ("rise-at-least", "1994-03-10", "Officials said freight volumes will rise to at least 5 pct of trade in 1995.", [("not", "1995")]),
    ("grew-more-than-stays", "1994-03-10", "Farm output grew by more than 7 pct in 1993, the ministry said.", [("has", "1993")]),
    # a measure before "per" is the subject's noun: "earnings per share"
    ("earnings-per-share", "1994-03-10", "The brewer said earnings per share should increase this year.", [("not", "1994")]),
    ("forecast-noun-passive", "1994-03-10", "Harbour forecasts will be dropped for the winter months in November, the office said.", [("has", "1994-11")]),
    ("expects-to-raise-dividend", "1994-03-10", "Lumo expects to increase its dividend in May.", [("has", "1994-05")]),
    ("expects-to-increase-sales", "1994-03-10", "Lumo expects to increase sales by 5 pct in 1994.", [("not", "1994")]),
    # a measure brought to a figure, told ahead, is a target or a forecast figure
    ("target-cut-deficit", "1994-03-10", "Treasurer Olga Brandt said the county will trim its spending deficit to 640 mln crowns in 1995.", [("not", "1995")]),
    ("target-passive", "1994-03-10", "Officials said the county deficit should be trimmed to 3.1 pct of output in 1995.", [("not", "1995")]),
    ("target-would-lift", "1994-03-10", "The merger would lift the unit's revenues to 50 mln dlrs this year, the firm said.", [("not", "1994")]),
    ("target-is-to", "1994-03-10", "The cabinet's target is to reduce inflation this year to a yearly 12 pct.", [("not", "1994")]),
    # ... not a rate set, a change told in the past, nor staff cut
    ("target-rate-stays", "1994-03-10", "The Norvik Bank will raise its prime rate to 8 pct in May.", [("has", "1994-05")]),
    ("target-past-stays", "1994-03-10", "The county trimmed its deficit to 640 mln crowns in 1993.", [("has", "1993")]),
    ("target-staff-stays", "1994-03-10", "The mill will cut its staff to 2,000 by June.", [("has", "1994-06")]),
    # a day stays a happening's: a sale on a given day
    ("sale-on-day", "1994-03-10", "The Treasury will auction 12 billion dlrs of bills on Monday.", [("has", "1994-03-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_figfc39_forecast(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
