"""Trap dates of session 21 (TRAPS): a year that only tells how old a thing is, a superlative's
baseline, a forecast's horizon, and a quarter's figures dated to its first month, each told
here in our own sentences.

Checks as in ``tests/core/events/articles.check_events``: ("has", V) some event starts at V;
("not", V) none does; ("title", W, V) an event whose title holds W starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 28 October 2025.
CASES = [
    # a founding year told with its place, in an aside: the thing's age, not the clause's date
    ("founded-at-a-place", "2025-10-28", "The bakery chain, founded in Hull in 1971, said on Monday it would close 12 shops.", [("not", "1971"), ("title", "would close", "2025-10-27")]),
    ("founded-at-a-place-alone", "2025-10-28", "Brisk Dairies, founded in Cork in 1958, reported higher sales last year.", [("not", "1958"), ("title", "reported higher sales", "2024")]),
    # ... or in an apposition of an indefinite noun, at the end of the sentence too
    ("registered-apposition", "2025-10-28", "Inspectors were called in after a tip-off about Kestrel Freight, a haulier registered in Dover in 2015.", [("not", "2015")]),
    ("built-apposition", "2025-10-28", "The stadium, a former greyhound track built in 1932, drew 8,000 fans last season.", [("not", "1932")]),
    ("built-apposition-title", "2025-10-28", "The museum, a converted warehouse built in 1899, sold its last painting in May.", [("not", "1899"), ("title", "The museum sold its last painting", "2025-05")]),
    # ... but an appointment told in an apposition stays a happening of its own
    ("appointed-apposition-stays", "2025-10-28", "Ines Berg, the manager appointed in March, left on Friday.", [("title", "appointed", "2025-03"), ("title", "left", "2025-10-24")]),
    # a "since" clause that counts from a founding, or a superlative's baseline a long clause
    # tells: where the count starts, no happening
    ("since-founded", "2025-10-28", "No captain has lifted the cup twice since the club was founded in 1902.", [("not", "1902")]),
    ("since-long-clause", "2025-10-28", "Dockers walked out on Monday in the longest stoppage since the firm was first quoted on the Oslo bourse in 1985.", [("not", "1985"), ("title", "Dockers walked out", "2025-10-27")]),
    # a figure a thing is foreseen to reach by a year: the forecast's horizon
    ("forecast-by-year", "2025-10-28", "The new line is forecast to carry 30,000 passengers a day by 2031.", [("not", "2031")]),
    ("expected-by-year-stays", "2025-10-28", "The new line is expected to open by 2031.", [("has", "2031")]),
    # whole months to a quarter's or a half's end are that quarter or half
    ("three-months-to", "2025-10-28", "Revenue fell 4% to 310 million dollars in the three months to September 30.", [("title", "Revenue fell", "2025-Q3")]),
    ("three-months-for-subject", "2025-10-28", "Trading profit for the three months to June 30 climbed to 33 million pounds.", [("title", "climbed", "2025-Q2")]),
    ("six-months-to", "2025-10-28", "Sales rose 3% in the six months to June 30.", [("title", "Sales rose", "2025-H1")]),
    # ... and a fiscal year that is no calendar year stays a span
    ("twelve-months-to-june", "2025-10-28", "Net profit rose 9% in the 12 months to June 30.", [("not", "2025"), ("has", "2024-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)


# A day's end, "at midnight", told in the past or foretold, in an article whose time of day is
# not known (Monday 3 March 2025) and in one written at 10:00.
MIDNIGHTS = [
    # (the midnight gone by opens the article's day; "shortly before" it ends the day before)
    ("took-effect-past", "2025-03-03", "The ban on night flights took effect at midnight.", [("title", "took effect", "2025-03-03T00:00"), ("not", "2025-03-03T24:00")]),
    ("took-effect-past-clock", "2025-03-03T10:00", "The ban on night flights took effect at midnight.", [("title", "took effect", "2025-03-03T00:00")]),
    ("shortly-before-midnight", "2025-03-03", "The council approved the budget shortly before midnight.", [("title", "approved", "2025-03-02T24:00")]),
    ("would-walk-out", "2025-03-03T10:00", "The union said its drivers would walk out at midnight.", [("title", "walk out", "2025-03-03T24:00"), ("not", "2025-03-02T24:00")]),
    ("will-begin", "2025-03-03", "The strike will begin at midnight.", [("title", "begin", "2025-03-03T24:00")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "published", "body", "checks"), MIDNIGHTS, ids=[c[0] for c in MIDNIGHTS]
)
def test_midnight_is_the_one_the_tense_points_to(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)
