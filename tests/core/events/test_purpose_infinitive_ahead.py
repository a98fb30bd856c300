"""A clause told in the past takes no date ahead of publication from an infinitive that is
not its own complement: "sold the hall to pay for a new roof next spring" sold it now, the
roof is paid for later (session 34, en-direction: real news puts a purpose's date on the
happening it follows). An infinitive the verb governs ("voted to shut", "was due to open",
"were told to expect") or a reported clause ("said the dam needs to be raised in May") still
lends its date, as before."""

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2026-03-11"  # a Wednesday

CASES = [
    # a purpose after the past: its date is the purpose's, not the clause's
    ("in-order-to", "The bakery shut its oven hall in order to start repairs next month.", [("not", "2026-04")]),
    ("bare-purpose", "The rowing club sold its old boathouse to pay for a new one next year.", [("not", "2027")]),
    ("purpose-day", "The mill halted its second shift to begin an overhaul on March 23.", [("not", "2026-03-23")]),
    # guards: the verb's own infinitive, a copula's, an order's, an agreement's
    ("voted-to", "The county board has voted to close the Marlow footbridge on March 20.", [("title", "voted to close", "2026-03-20")]),
    ("due-to", "The cherry harvest was due to start on Monday.", [("has", "2026-03-16")]),
    ("told-to", "Cyclists were told to expect delays on the towpath from April 2.", [("has", "2026-04-02")]),
    ("agreed-to", "Ines Varga agreed to buy 300 shares of the co-op by April 30.", [("has", "2026-04-30")]),
    # a past date stays the clause's, purpose or not
    ("past-date", "The ferry line cut its fares on Monday to win back riders.", [("has", "2026-03-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_purpose_lends_no_date_ahead_to_a_past(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
