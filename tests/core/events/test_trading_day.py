"""A market report's session named without a date is the publication day
(``core.events.trading_day``). Our own sentences."""

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
