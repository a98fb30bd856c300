"""Titles a reader can parse and happenings, not asides (#14, task TITLES3), each class in
sentences of our own: a later date after a comma that opens an aside of its own ("…, leaving
the road closed until May") gives no second title sharing the first one's verb ("The storm
destroyed leaving …"); a subject that says no one did it ("No one was hurt", "None of the
ferries sailed") gives no happening.

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-10"
CASES = [
    # a gerund or an adjective after the comma opens an aside, no object of the shared verb
    ("aside-gerund", "en", "The storm washed away two bridges on the coast road in March, leaving the villages cut off until May.", [("title", "The storm washed away two bridges on the coast road", "2021-03"), ("no-title-with", "away leaving")]),
    ("aside-adjective", "en", "The council sold 300 of its flats to the housing trust in 2019, vacant since the flood, and 120 more in 2020.", [("title", "The council sold 300 of its flats to the housing trust", "2019"), ("no-title-with", "sold vacant")]),
    # ... a figure, in digits or words, is the shared verb's object
    ("follow-on-figure", "en", "The mill cut 40 jobs in March, twelve in April and another 30 in May.", [("title", "The mill cut twelve", "2021-04")]),
    # a subject that says no one did it: the happening did not take place
    ("no-one", "en", "No one was hurt when the roof of the depot fell in on Tuesday.", [("no-title-with", "hurt")]),
    ("none-of", "en", "None of the six ferries sailed on Monday.", [("none",)]),
    ("no-figure", "en", "No comparable figure was given for 2019.", [("none",)]),
    ("neither", "en", "Neither side would disclose the price of the sale, first announced in February.", [("none",)]),
    # ... not a count's floor, nor the abbreviation of a number
    ("no-fewer-than", "en", "No fewer than 40 stalls burned down in the market fire on Sunday.", [("title", "No fewer than 40 stalls burned down in the market fire", "2021-06-06")]),
    # "up" goes with a date's "to" ("(up) to April 2"), not with any other preposition:
    # there it is its verb's particle
    ("particle-before-in", "en", "The ferry operator said bookings would pick up in the second half of the year.", [("title", "Bookings would pick up")]),
    ("up-to-date", "en", "The council invited bids for the depot up to April 2.", [("title", "The council invited bids for the depot", "2021-04-02")]),
    ("number-abbreviation", "en", "The No. 2 furnace was shut down in April.", [("title", "No. 2", "2021-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
