"""What makes two reports of one happening a dispute, an update, or two happenings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.events.disputes import relation
from core.model import Entity, Event, to_seconds
from core.timeval import parse_value

DAY = 86400.0
HOLM, VARGA, GENEVA = (
    Entity("Arvid Holm", "person"),
    Entity("Elena Varga", "person"),
    Entity("Geneva", "place"),
)


def ev(title, value, kind="meeting", entities=(HOLM, VARGA, GENEVA)):
    parsed, sentence = parse_value(value), f"{title} ({value})."  # each report in its words
    return Event(title, value, None, parsed.precision, False, kind, sentence, 0, len(title),
                 to_seconds(parsed.start), to_seconds(parsed.end), tuple(entities))  # fmt: skip


MONDAY = ev("Holm met Varga in Geneva", "2027-03-08")
PUB = to_seconds(parse_value("2027-03-10").start)


def test_met_on_monday_and_met_on_tuesday_is_a_dispute():
    assert relation(ev("Holm and Varga meet in Geneva", "2027-03-09"), MONDAY, PUB, PUB) == (
        "dispute"
    )


def test_the_same_day_is_a_merge_and_a_precise_day_in_a_vague_week_an_update():
    assert relation(ev("Holm met Varga in Geneva", "2027-03-08"), MONDAY) == "merge"
    week = ev("Holm will meet Varga in Geneva", "2027-W10")
    assert relation(MONDAY, week) == "update"
    assert relation(week, MONDAY) == "merge"  # the vague report after the precise one


def test_a_month_inside_a_vague_year_is_an_update_too():
    year, january = (
        ev("Holm met Varga in Geneva", "2026"),
        ev("Holm met Varga in Geneva", "2026-01"),
    )
    assert (relation(january, year), relation(year, january)) == ("update", "merge")


def test_a_year_apart_in_year_precision_is_a_dispute():
    a = ev("Holm met Varga in Geneva", "2013")
    assert relation(ev("Holm met Varga in Geneva", "2014"), a) == "dispute"


@pytest.mark.parametrize(
    "other, why",
    [
        (ev("Holm met Varga in Geneva", "2027-04-20"), "six weeks later: another meeting"),
        (ev("Holm met Varga in Geneva", "2027-03-09", kind="statement"), "one word: too little"),
        (ev("Holm met Varga in Geneva", "2027-03-09", kind="other"), "no kind, one word"),
        (ev("Holm met Varga in Geneva", "2027-03-09", entities=(HOLM, VARGA)), "no place"),
        (
            ev(
                "Holm met Varga in Bern",
                "2027-03-09",
                entities=(HOLM, VARGA, Entity("Bern", "place")),
            ),
            "another place",
        ),
        (ev("Holm met Varga in Geneva", "2027-03-09", entities=(HOLM, GENEVA)), "not all names"),
        (ev("Holm sacked Varga in Geneva", "2027-03-09"), "another action"),
    ],
)
def test_what_is_not_one_happening_is_never_a_dispute(other, why):
    assert relation(other, MONDAY, PUB, PUB) is None, why


def test_market_figures_reported_every_day_are_not_disputes():
    acme = (Entity("Acme", "organisation"), Entity("Chicago", "place"))
    monday = ev("Acme shares rose 5 pct in Chicago", "2027-03-08", "agreement", acme)
    tuesday = ev("Acme shares rose 5 pct in Chicago", "2027-03-09", "agreement", acme)
    assert relation(tuesday, monday) is None


def test_reports_published_weeks_apart_tell_of_two_happenings():
    later = to_seconds(parse_value("2027-04-01").start)
    tuesday = ev("Holm met Varga in Geneva", "2027-03-09")
    assert relation(tuesday, MONDAY, later, PUB) is None
    assert relation(tuesday, MONDAY, PUB + DAY, PUB) == "dispute"


def test_undated_reports_are_never_disputed():
    undated = replace(MONDAY, undated=True, precision="day")
    assert relation(undated, ev("Holm met Varga in Geneva", "2027-03-01")) is None


# Of no telling kind (a wire's events are mostly "other"): the titles must nearly coincide.
ACME = (Entity("Acme Mills", "organisation"),)


def other(title, value, entities=ACME, sentence=None):
    event = ev(title, value, kind="other", entities=entities)
    return replace(event, sentence=sentence) if sentence else event


SALE = other("Acme Mills completed the sale of its paper plant", "2027-03-08")


def test_reports_of_no_kind_that_nearly_coincide_disagree_on_the_day():
    tuesday = other("Acme Mills completed the sale of the paper plant", "2027-03-09")
    assert relation(tuesday, SALE, PUB, PUB) == "dispute"
    assert relation(replace(tuesday, start=SALE.start, start_ts=SALE.start_ts,
                            end_ts=SALE.end_ts), SALE, PUB, PUB) == "merge"  # fmt: skip


@pytest.mark.parametrize(
    "later, why",
    [
        (other("Acme Mills completed the sale of its pulp plant", "2027-03-09"), "another plant"),
        (other("Acme Mills completed the sale of its paper plant", "2027-03-09",
               entities=(*ACME, Entity("Bergen", "place"))), "a place only one names"),
        (other("Acme Mills completed the sale of its paper plant", "2027-03-09",
               entities=(*ACME, Entity("Birch Paper", "organisation"))), "another buyer named"),
        (other("Acme Mills sale of its paper plant talks", "2027-03-09"), "no verb in common"),
        (other("Acme Mills completed the sale of its paper plant", "2027-03-09",
               sentence=SALE.sentence), "one text sent twice, its 'yesterday' read twice"),
    ],
)  # fmt: skip
def test_what_does_not_nearly_coincide_is_no_dispute(later, why):
    assert relation(later, SALE, PUB, PUB) is None, why


def test_a_happening_told_again_each_day_is_not_a_dispute():
    # "The Bank drained money from the market" today, and again tomorrow: each report tells
    # its own day's happening as past (or today's) before the next one
    bank = (Entity("Bank of Norland", "organisation"),)
    title = "The Bank drained money from the market"
    monday = other(title, "2027-03-08", bank, "The Bank drained money from the market today.")
    tuesday = other(title, "2027-03-09", bank, "It drained money from the market this morning.")
    noon = to_seconds(parse_value("2027-03-08T12:00").start)
    assert relation(tuesday, monday, noon + DAY, noon) is None
    # the same two dates, both told on the Wednesday: which day was it?
    assert relation(tuesday, monday, PUB, PUB) == "dispute"


def test_a_scheduled_date_that_a_later_report_moves_is_a_dispute():
    first = to_seconds(parse_value("2027-03-01").start)
    planned = other("Acme Mills will complete the sale of its paper plant", "2027-03-10")
    moved = other("Acme Mills will complete the sale of its paper plant", "2027-03-12",
                  sentence="The sale will now be completed on 12 March.")  # fmt: skip
    assert relation(moved, planned, first + 4 * DAY, first) == "dispute"
    # told after the planned day had passed, a later date is another happening
    assert relation(moved, planned, first + 11 * DAY, first) is None


def test_reports_naming_the_same_calendar_day_do_not_disagree():
    # a fiscal quarter read as a calendar one: the reports agree on the day it ends
    second = other(
        "Acme Mills expects heavy losses",
        "2027-Q2",
        sentence="Acme Mills expects heavy losses for its second quarter ending March 31.",
    )
    first = other(
        "Acme Mills was expecting heavy losses",
        "2027-Q1",
        sentence="Acme Mills was expecting heavy losses for the quarter ending March 31.",
    )
    assert relation(first, second, PUB, PUB) is None
    told_apart = replace(first, sentence="Acme Mills was expecting heavy losses in the quarter.")
    assert relation(told_apart, second, PUB, PUB) == "dispute"
