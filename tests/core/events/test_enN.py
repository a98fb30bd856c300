"""Non-events of session 9's round 2 (enN): how things are, a count until now, or what did not
happen gives no event; each a general rule, told in our own sentences.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.states import is_state
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Friday" is the 6th gone by.
CASES = [
    # "have" with a noun and the noun's infinitive is a thing held, no happening
    (
        "had-the-right",
        "2026-03-10",
        "The council had the power to shut the bridge, its lawyer said on Friday.",
        [("no-title", "had the power")],
    ),
    # ... "had to" and a past where the participle belongs stay happenings
    (
        "had-to",
        "2026-03-10",
        "The Lindqvist mill had to close its doors on Friday.",
        [("title", "The Lindqvist mill had to close its doors")],
    ),
    # a running total ("so far this year") counts until now: no happening on its date
    (
        "so-far",
        "2026-03-10",
        "Nine ferries have been withdrawn so far this year, the port said.",
        [("none",)],
    ),
    ("thus-far", "2026-03-10", "Thus far in 2026 the league has fined seven clubs.", [("none",)]),
    # ... not the happening before a participle's phrase that brings the total
    (
        "so-far-participle",
        "2026-03-10",
        "Regulators shut the Brandt Savings Bank on Friday, bringing the total of failures so far this year to nine.",
        [("title", "Regulators shut the Brandt Savings Bank", "2026-03-06")],
    ),
    # ... nor "went so far as to", a happening
    (
        "so-far-as",
        "2026-03-10",
        "Senator Pia Moss on Friday went so far as to call the levy a theft.",
        [("has", "2026-03-06")],
    ),
    # a negation before the verb with an adverb between is still a negation
    (
        "never-adverb",
        "2026-03-10",
        "Mayor Ruth Kell never publicly confirmed the sale on Friday.",
        [("none",)],
    ),
]


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_enN(name: str, published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)


@pytest.mark.parametrize(
    ("predicate", "state"),
    [
        ("is nothing new on the talks", True),  # "nothing" ends in "-ing" and is no verb
        ("is something of a puzzle", True),
        ("is rising again", False),
        ("has yet to approve the merger", True),  # nothing done yet
        ("had the right to appeal", True),
        ("had to appeal", False),
        ("have failed so far this year", True),
        ("went so far as to call it theft", False),
    ],
)
def test_enN_states(predicate: str, state: bool) -> None:
    assert is_state(predicate) is state


def test_enN_not_yet_is_no_happening() -> None:
    """ "not yet" keeps its negation: "yet" after "not" is no "but" opening a follow-on."""
    body = "The Halden port authority has not yet published its tonnage figures for May."
    check_events(extract_events(article(body, "2026-06-10")), [("none",)])
    # (the figures' month is not when they were published: the control names the day)
    body = "The Halden port authority published its tonnage figures for April on Monday."
    check_events(extract_events(article(body, "2026-06-10")), [("has", "2026-06-08")])
