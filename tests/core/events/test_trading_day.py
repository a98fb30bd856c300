"""A market report's session named without a date is the publication day, and so is a move
from yesterday's or earlier today's level (``core.events.trading_day``). Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    ("early-trading", "Brenmoor shares slid 9% in early trading, their worst day since 2011.",
     [("title", "Brenmoor shares slid 9%", "2024-06-12")]),
    ("afternoon-trade", "The rand weakened to 19.2 to the dollar in afternoon trade.",
     [("title", "The rand weakened to 19.2 to the dollar", "2024-06-12")]),
    # a date of the clause's own stays
    ("own-date-stays", "Tollway shares rose 4% in early trading on Monday.",
     [("has", "2024-06-10"), ("not", "2024-06-12")]),
    # how much was traded tells no day
    ("heavy-trading", "Tollway shares rose 4% in heavy trading.", [("none",)]),
    # a session ahead or supposed is no day of the report
    ("future-session", "Corvel stock will drop in early trading if the merger collapses.",
     [("not", "2024-06-12")]),
    ("modal-session", "If the vote fails, the peso could sink in morning trade.",
     [("not", "2024-06-12")]),
]  # fmt: skip


def test_a_session_written_on_a_weekend_tells_no_day():
    events = extract_events(article("Hallam shares sank 7% in early trading.", "2024-06-15T15:00"))
    check_events(events, [("not", "2024-06-15")])


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_trading_session_is_the_day_of_the_report(name, body, checks):
    check_events(extract_events(article(body, "2024-06-12T15:00")), checks)


BASELINES = [
    ("from-yesterday", "The krona firmed to 6.42 from 6.51 yesterday, traders said.",
     [("title", "The krona firmed to 6.42", "2024-06-12"), ("not", "2024-06-11")]),
    ("from-earlier-today", "Overnight money eased to 2.85 pct from around 2.95 pct earlier "
     "today after the central bank offered funds, dealers said.",
     [("title", "Overnight money eased to 2.85 pct", "2024-06-12")]),
    # a move ahead or supposed is no move of the report's day
    ("modal-move", "The krona could slide to 6.60 from 6.51 yesterday.", [("not", "2024-06-12")]),
    # a date of the clause's own stays
    ("own-date-stays", "On Monday the krona firmed to 6.42 from 6.51.", [("not", "2024-06-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), BASELINES, ids=[c[0] for c in BASELINES])
def test_a_move_from_yesterdays_level_is_the_day_of_the_report(name, body, checks):
    check_events(extract_events(article(body, "2024-06-12T15:00")), checks)
