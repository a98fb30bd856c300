"""Sentences that gave events, but not the one a reader looks for on its own date (session
29, "nearen"): the date a clause holds dates that clause's happening, not another's. Told
here in our own sentences.

Checks as in ``test_en20r_classes``: ("title", W, V) an event whose title holds W starts at
V; ("title-not", W, V) no event whose title holds W starts at V; ("no-title", W) no event's
title holds W; ("not", V) no event starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Wednesday 10 May 2023: "Friday" is the 5th gone by, "Monday" the 8th, "last month" April.
CASES = [
    # a relative inside the subject, no comma, closes on its own date: the past after the date
    # is the main clause's verb, dated by the main clause's own date
    ("subject-relative-year", "2023-05-10", "A developer that bought the old tannery in 2015 sold it last month.", [("title", "A developer bought the old tannery", "2015"), ("title", "A developer sold", "2023-04"), ("title-not", "sold", "2015")]),
    ("object-relative-month", "2023-05-10", "The bridge that the council closed in March reopened on Monday.", [("title", "The bridge reopened", "2023-05-08"), ("no-title", "The council was closed")]),
    ("subject-relative-weekday", "2023-05-10", "A bakery that shut on Friday reopened on Monday.", [("title", "reopened", "2023-05-08"), ("title-not", "reopened", "2023-05-05")]),
    # "who" or "which" with no comma opens such a relative as "that" does
    ("who-relative-year", "2023-05-10", "The woman who founded the bakery in 1990 retired on Monday.", [("title", "The woman founded the bakery", "1990"), ("title", "The woman retired", "2023-05-08"), ("no-title", "who founded")]),
    ("who-relative-in-aside", "2023-05-10", "Ruth Ames, a graduate of the academy who took over as head in March 2021, defended the plan on Thursday.", [("title", "Ames took over as head", "2021-03"), ("title", "Ames defended the plan", "2023-05-04")]),
    # ... not one the main clause never resumes after: the subject keeps it whole
    ("who-relative-no-past-after", "2023-05-10", "A levy on landlords who leave flats empty will take effect in October.", [("title", "A levy on landlords", "2023-10")]),
    # "ended" after a noun phrase that names no period is the clause's verb, not the link of a
    # period to its last day ("the year ended March 31")
    ("ended-after-noun-phrase", "2023-05-10", "The count of the last ballots ended in March, and the results were published in April.", [("title", "The count of the last ballots ended", "2023-03"), ("title", "The results were published", "2023-04")]),
    ("ended-after-period", "2023-05-10", "Turnover in the nine weeks ended June 4 climbed to 3 million pounds.", [("no-title", "weeks ended")]),
    # a date after "from" in the subject tells the thing's age: the clause's own date dates it
    ("noun-origin-date", "2023-05-10", "A box of sea charts from 1820 was sold at auction on Tuesday.", [("title", "A box of sea charts was sold at auction", "2023-05-09"), ("not", "1820")]),
    ("noun-origin-aside", "2023-05-10", "A set of postcards from 1931, kept by a farmer's widow, went on show at the town hall on Friday.", [("title", "went on show at the town hall", "2023-05-05"), ("not", "1931")]),
    # ... not a range's start: the range is the figure's period, as before
    ("noun-origin-range", "2023-05-10", "Exports from January to March rose 4 percent.", [("has", "2023-01")]),
    # "and again" with a date of its own does the first happening over: its whole predicate
    ("again-follow-on", "2023-05-10", "The choir toured Norway in 2018 and again in 2021.", [("title", "The choir toured Norway", "2018"), ("title", "The choir toured Norway again", "2021")]),
    ("again-after-preposition", "2023-05-10", "The mayor wrote to the transport board in 2017 and again two years later.", [("title", "The mayor wrote to the transport board again", "2019"), ("no-title", "wrote to again")]),
    ("again-after-count", "2023-05-10", "The dairy put up its prices twice during 2022, in April and again in October.", [("title", "The dairy put up its prices again", "2022-10"), ("no-title", "twice again")]),
    # ... never after a verb before the subject (the relative may be a reported clause's)
    ("relative-after-said", "2023-05-10", "Officials said the rule that would ban drones from May won approval on Monday.", [("no-title", "drones won")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_date_dates_its_own_clause(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)
