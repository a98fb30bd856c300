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
    ("moved-aside", "2024-03-06T12:00", "The chess final, which was set for Saturday, has been moved to Sunday.",
     [("title", "New date for the chess final", "2024-03-10")]),
    ("adjourned", "2024-03-06T12:00", "Judge Ines Varga adjourned sentencing until April 12 and granted bail.",
     [("title", "New date for sentencing", "2024-04-12")]),
    ("postponed-possessive-day", "2024-03-06T12:00", "Fog forced the organisers to postpone Thursday's heats to Friday.",
     [("title", "New date for the heats", "2024-03-08")]),
    ("weekday-of-writing", "2024-03-04T12:00", "The tribunal adjourned the hearing until Monday.",
     [("title", "New date for the hearing", "2024-03-11"), ("not", "2024-03-04")]),
    # a name moved to a day's race is no happening moved
    ("moved-person", "2024-03-06T12:00", "Dunmore was moved to Saturday's relay team.",
     [("no-title", "New date")]),
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
    ("deadline-extended", "2024-03-06T12:00", "The council gave the builder until February 20 to finish the roof, and later extended that limit to March 1.",
     [("no-title", "Deadline")]),
    # a plan told in a "with" phrase, on a date no clause took
    ("with-plan", "2024-03-06T12:00", "The hospital will open a new wing in May, with a second clinic due to follow in 2026.",
     [("title", "A second clinic due to follow", "2026"), ("has", "2024-05")]),
    ("with-plan-expected", "2024-03-06T12:00", "The ministry launched a review of rail fares on Monday, with findings expected in the autumn.",
     [("title", "Findings expected", "2024-FA")]),
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
