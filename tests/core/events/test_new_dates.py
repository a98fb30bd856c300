"""A happening's new date, a deadline and a plan told in a "with" phrase are events on their
own dates (``core.events.new_dates``): "The ferry inquiry has been moved to June 9" gives "New
date for the ferry inquiry" then, not a moving on June 9. Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a happening moved to a new date, passive or active: the happening's new date
    ("moved-passive", "2024-03-06T12:00", "The ferry inquiry has been moved to June 9 from May 2.",
     [("title", "New date for the ferry inquiry", "2024-06-09"), ("not", "2024-05-02")]),
    ("moved-aside", "2024-03-06T12:00", "The darts semi-final, which was set for Friday, has been moved to Monday.",
     [("title", "New date for the darts semi-final", "2024-03-11")]),
    ("adjourned", "2024-03-06T12:00", "Judge Ines Varga adjourned sentencing until April 12 and granted bail.",
     [("title", "New date for sentencing", "2024-04-12")]),
    ("postponed-possessive-day", "2024-03-06T12:00", "Fog forced the organisers to postpone Thursday's heats to Friday.",
     [("title", "New date for the heats", "2024-03-08")]),
    ("weekday-of-writing", "2024-03-04T12:00", "The tribunal adjourned the hearing until Monday.",
     [("title", "New date for the hearing", "2024-03-11"), ("not", "2024-03-04")]),
    # a name moved to a day's race is no happening moved
    ("moved-person", "2024-03-06T12:00", "Dunmore was moved to Saturday's relay team.",
     [("no-title", "New date")]),
    # a date that only describes the noun after it is no new date; nor is a thing moved
    ("moved-to-year-levels", "2024-03-06T12:00", "Copper prices were pushed back to 2017 levels.",
     [("no-title", "New date"), ("not", "2017")]),
    ("moved-to-decade-room", "2024-03-06T12:00", "The library's old maps were moved to the 1880s reading room.",
     [("no-title", "New date")]),
    ("delayed-until-year-noun", "2024-03-06T12:00", "Exports of the grain were delayed until 2025 quotas were set.",
     [("no-title", "New date"), ("not", "2025")]),
    ("runs-through-decade-songs", "2024-03-06T12:00", "The concert tour runs through the 1970s ballads of the duo.",
     [("no-title", "ends")]),
    ("moved-then-preposition", "2024-03-06T12:00", "The rowing regatta was postponed to April 14 after high winds.",
     [("title", "New date for the rowing regatta", "2024-04-14")]),
    ("moved-thing-to-year", "2024-03-06T12:00", "Lumber stocks were pushed back to 2016.",
     [("no-title", "New date")]),
    ("moved-then-adverb", "2024-03-06T12:00", "The vote was postponed until Tuesday next week.",
     [("title", "New date for the vote", "2024-03-12")]),
    ("owner-inside-noun", "2024-03-06T12:00", "The brewer deferred payment of its bonus until 2025.",
     [("title", "New date for payment of the bonus", "2025")]),
    # a deadline: who must act, and what, by the date
    ("deadline-holder", "2024-03-06T12:00", "Tenants have until March 28 to lodge claims with the housing board, the agency said.",
     [("title", "Deadline for tenants to lodge claims with the housing board", "2024-03-28")]),
    ("deadline-given", "2024-03-06T12:00", "The regulator gave the bakery chain until April 2 to answer the complaint.",
     [("title", "Deadline for the bakery chain to answer the complaint", "2024-04-02")]),
    ("deadline-pronoun", "2024-03-06T12:00", "They have until Friday to leave the camp.",
     [("title", "Deadline for them to leave the camp", "2024-03-08")]),
    ("deadline-after-that", "2024-03-06T12:00", "The league said that all clubs have until April 30 to register players.",
     [("title", "Deadline for all clubs to register players", "2024-04-30")]),
    # ... not one the sentence goes on to move
    # a span of leave to go on doing something is no deadline
    ("span-not-deadline", "2024-03-06T12:00", "The quarry had until 2009 to operate under its first permit.",
     [("no-title", "Deadline")]),
    ("deadline-extended", "2024-03-06T12:00", "The council gave the builder until February 20 to finish the roof, and later extended that limit to March 1.",
     [("no-title", "Deadline")]),
    # a plan told in a "with" phrase, on a date no clause took
    ("with-plan", "2024-03-06T12:00", "The hospital will open a new wing in May, with a second clinic due to follow in 2026.",
     [("title", "A second clinic due to follow", "2026"), ("has", "2024-05")]),
    ("with-plan-expected", "2024-03-06T12:00", "The ministry launched a review of rail fares on Monday, with findings expected in the autumn.",
     [("title", "Findings expected", "2024-FA")]),
    # ... not a cause after "due to"
    ("with-due-to-cause", "2024-03-06T12:00", "Ferries will sail again on Monday, with cancellations due to gales in October.",
     [("no-title", "Cancellations"), ("not", "2024-10")]),
    ("with-due-to-be-done", "2024-03-06T12:00", "The pier will reopen in May, with repairs due to be finished in 2026.",
     [("title", "Repairs due to be finished", "2026")]),
    # ... not a date gone by, which no plan still ahead can have
    ("with-plan-gone-by", "2024-11-06T12:00", "The pump goes on sale in 2025, with first deliveries expected in the third quarter.",
     [("no-title", "deliveries")]),
    # a happening that runs until a date ends then; a period or a term does not
    ("runs-until", "2024-03-06T12:00", "The exhibition gathers 60 quilts from three valleys and runs until May 19.",
     [("title", "The exhibition ends", "2024-05-19")]),
    ("ran-until", "2024-03-06T12:00", "Hearings opened in May 2022 and ran until last October, with 40 witnesses.",
     [("title", "Hearings ended", "2023-10"), ("has", "2022-05")]),
    ("season-runs-until", "2024-03-06T12:00", "The fishing season runs until Sept. 15.",
     [("no-title", "ends")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_new_date_a_deadline_and_a_plan_are_events_of_their_own(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
