"""Wrong dates found by frequency on Reuters (#14, enP), each class in sentences of our own.

Checks as ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a year written before a noun of the clause's object names the thing, not the happening
    ("year-of-object", "1988-03-10", "The shareholders approved the group's 1987 accounts.", [("not", "1987")]),
    ("year-of-dividend", "1988-03-10", "Halvorsen Bank paid a 1987 dividend of four crowns on Monday.", [("not", "1987"), ("title", "Halvorsen Bank paid a dividend of four crowns", "1988-03-07")]),
    ("year-of-ruling", "1988-03-10", "The insurer asked the appeals court to overturn a 1985 ruling on flood cover.", [("not", "1985")]),
    ("year-in-object-phrase", "1988-03-10", "The mill gave no indication of the likely 1987 payout.", [("not", "1987")]),
    ("year-of-thing-other-date", "1988-03-10", "Brandt Holdings bought a 1962 cargo ship in May 1986.", [("title", "bought", "1986-05"), ("not", "1962")]),
    ("year-list-of-thing", "1988-03-10", "The fines concern the 1984 and 1985 harbour contracts.", [("not", "1984"), ("not", "1985")]),
    # ... but a year in a phrase of time, of a figure, or after "was" still dates the clause
    ("year-phrase-of-time", "1988-03-10", "Lindqvist won a seat in the 1986 election.", [("has", "1986")]),
    ("year-of-figure", "1988-03-10", "Norsk Fisk reported 1987 net profit of 40 mln crowns.", [("has", "1987")]),
    ("year-of-subject", "1988-03-10", "The group's 1987 sales rose 12 pct.", [("has", "1987")]),
    ("year-after-was", "1988-03-10", "The largest deal was the 1985 merger of the two dairies.", [("has", "1985")]),
    ("clock-time-not-year", "1988-03-10", "The crew said the fire started at about 2300 hrs local time on Tuesday.", [("not", "2300")]),
    # a clause told in the past does not take a day after the article's: a term, a plan, a deadline's
    ("past-extended-to", "1988-03-10", "Larsen Shipping said it extended its offer for Nordbulk to April 15.", [("not", "1988-04-15")]),
    ("past-rejected-through", "1988-03-10", "The union rejected an offer to extend the pay deal through June 30.", [("not", "1988-06-30")]),
    ("past-bought-for-resale", "1988-03-10", "The reserve bank took in 150 mln crowns of notes for resale on March 28 and April 5.", [("not", "1988-03-28"), ("not", "1988-04-05")]),
    ("past-with-own-date", "1988-03-10", "On Tuesday the union rejected an offer to extend the pay deal through June 30.", [("has", "1988-03-08"), ("not", "1988-06-30")]),
    # ... but a future verb, a plan or a timetable keeps it
    ("past-set-for", "1988-03-10", "A meeting was set for next Wednesday in Bergen.", [("has", "1988-03-16")]),
    ("past-hoped-to", "1988-03-10", "The minister said he hoped to travel to Oslo next week.", [("has", "1988-W11")]),
    ("will-stays", "1988-03-10", "The mill will close on April 15, the company said.", [("has", "1988-04-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_wrong_date_class_gets_the_date_a_reader_expects(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
