"""Wrong-date classes seen after #14's first table, each in sentences of our own.

Same checks as ``test_failure_classes``: ("has", V) some event starts at V; ("not", V) no event
starts at V; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) no
event whose title holds W starts at V; ("count", N) exactly N events.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a futures contract's month is not when the trade happened
    ("contract-month", "1987-03-20", "Short sterling futures fell sharply on Friday, with June sterling down 12 basis points.", [("not", "1986-06"), ("not", "1987-06")]),
    ("contract-month-alone", "1987-03-20", "December corn closed two cents lower at 1.58 dlrs a bushel.", [("not", "1986-12"), ("not", "1987-12")]),
    ("contract-month-crude", "1987-04-08", "May heating oil ended higher, while May crude settled 28 cts up at 18.64 dlrs.", [("not", "1987-05")]),
    # a cargo's delivery window, also as a range
    ("delivery-range", "1987-04-08", "Harlan Grain won a tender to supply 20,000 tonnes for May 25-June 10 delivery.", [("not", "1987-05-25"), ("not", "1987-06-10")]),
    ("shipment-slash", "1987-04-08", "The traders bought 8,000 tonnes for April 25/May 15 shipment.", [("not", "1987-04-25"), ("not", "1987-05-15")]),
    ("delivery-two-ranges", "1987-04-08", "Delta Mills secured orders for 35,000 tonnes for October 1-10 and December 5-15 delivery.", [("not", "1987-10-01"), ("not", "1987-12-05")]),
    # a rule's or a tax's start date, or a deadline, in an aside about a thing
    ("effective-aside", "1994-03-18", "The new import duty, effective April 1, was announced by the trade ministry on Thursday.", [("not", "1994-04-01"), ("has", "1994-03-17")]),
    ("due-to-be-aside", "1994-03-18", "The minister said the agency was drafting the rules, due to be completed May 15, at the request of parliament.", [("not", "1994-05-15")]),
    ("effective-end-stays", "1994-03-18", "Norland Ferries is raising its fares on most routes, effective May 1.", [("has", "1994-05-01")]),
    # a clock time before the day it falls on
    ("midnight-last-night", "1995-06-09", "Rebels attacked a border post at midnight last night, the army said.", [("not", "1995-06-09T24:00"), ("has", "1995-06-08TNI")]),
    ("midnight-friday-stays", "1989-10-23", "The strike began at midnight Friday, the union said.", [("not", "1989-10-23T24:00")]),
    ("clock-then-date", "1987-04-08", "Bids are due by 1550 hrs EDT, April 15, the agency said.", [("not", "1987-04-08T15:50"), ("has", "1987-04-15")]),
    # a year written after a name is a word of the name
    ("year-in-name", "1998-04-18", "Farkas set up a joint venture called Orion 1980, making space equipment.", [("not", "1980")]),
    ("year-after-place-stays", "1998-04-18", "The firm was founded in Boston in 1980.", [("has", "1980")]),
    # a week named by the day it ended
    ("week-ended", "1987-04-08", "Cocoa grindings climbed to 180,000 bags in the week ended March 21.", [("not", "1987-W15"), ("has", "1987-03-21")]),
    # a date of a thing named after the verb's object
    ("object-participle-present", "1987-04-08", "The purchase follows the bank's withdrawal from the market announced last December.", [("not", "1986-12")]),
    ("object-participle-past-only-date", "1987-04-08", "Troops repelled an assault launched last night near the port.", [("has", "1987-04-07TNI")]),
    ("said-clause-keeps-date", "1987-04-08", "The bank said the board approved the merger in March.", [("has", "1987-03")]),
    # the other period of a comparison
    ("same-rate-as", "1987-03-20", "Lending grew 8 pct in February, the same rate as in February 1986.", [("has", "1987-02"), ("not", "1986-02")]),
    ("year-ago-period", "1987-03-20", "Net income climbed to 7 mln dlrs in the first quarter from 4 mln in the year-ago period.", [("has", "1987-Q1"), ("count", 1)]),
    ("year-ago-possessive", "1987-04-08", "First quarter profit rose to 12 mln dlrs, well above the year-ago quarter's 8 mln dlrs.", [("has", "1987-Q1"), ("count", 1)]),
    ("up-from-last-year", "1987-04-08", "Exports in February reached 2.1 billion dlrs, up from 1.8 billion in February last year.", [("has", "1987-02"), ("not", "1986-02")]),
    # a rule's start in a relative clause or after the announcement
    ("rule-relative", "1987-04-08", "The rules, which come into force on May 1, were approved by parliament on Tuesday.", [("title", "were approved", "1987-04-07"), ("title-not", "approved", "1987-05-01")]),
    ("levy-effective-after", "1987-04-08", "The government on Tuesday announced a new levy on imports, effective from July 1.", [("title", "announced", "1987-04-07"), ("title-not", "announced", "1987-07-01")]),
    # a naming's effective date is when the new holder starts, not when the board named her
    ("named-effective", "1987-04-08", "Bolton Mills Inc named finance director Harold Greer as president, effective April 16.", [("not", "1987-04-16")]),
    ("elected-effective", "1987-04-08", "Ann Lo was elected chairman and chief executive of Norland Ferries, effective May 2.", [("not", "1987-05-02")]),
    ("named-effective-own-day", "1987-04-08", "Norland Ferries on Tuesday named Ann Lo chairman, effective May 1.", [("title", "named", "1987-04-07"), ("not", "1987-05-01")]),
    ("resigned-effective-stays", "1987-04-08", "Bolton Mills said its treasurer Ann Lo resigned, effective April 30.", [("has", "1987-04-30")]),
    # "the last week of April", "the last month of the war": the named thing's period, not one counted back from publication
    ("last-week-of-month", "1987-06-01", "During the last week of April, cocoa futures swung sharply in thin trade.", [("has", "1987-04"), ("not", "1987-W22")]),
    ("last-month-of-war", "2009-12-19", "In the last month of the Pacific war, the Red Army crossed into Manchuria.", [("not", "2009-11")]),
    ("last-week-stays", "1987-06-01", "Cocoa futures swung sharply last week.", [("has", "1987-W22")]),
    # a reported clause whose subject is a gerund noun ("lending", "spending")
    ("gerund-subject", "1987-03-20", "The bank said lending grew 8 pct in February.", [("title", "Lending grew", "1987-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_wrong_date_class_gets_the_date_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.undated, e.title) for e in events]
    starts = [e.start for e in events if not e.undated]
    for check in checks:
        if check[0] == "has":
            assert check[1] in starts, got
        elif check[0] == "not":
            assert check[1] not in starts, got
        elif check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "count":
            assert len(events) == check[1], got
