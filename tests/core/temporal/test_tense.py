"""Direction from tense (core.temporal.tense): ahead or behind the publication date.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tense import FUTURE, PAST, UNKNOWN, direction, sentence_bounds
from tests.core.temporal.cases import expect

TENSE = [
    ("The mayor will travel to Lyon on Monday.", [("Monday", "2022-02-07")]),
    ("The firm failed to meet the deadline on Monday.", [("Monday", "2022-01-31")]),
    (
        "The firm failed to meet the capital rules as of December 16.",
        [("December 16", "2021-12-16")],
    ),
    ("She will try to meet them on Monday.", [("Monday", "2022-02-07")]),
    ("Hearings in the case were delayed until Monday.", [("Monday", "2022-02-07")]),
    (
        "He meant the elections set for May 11 and the coups since she took power a year ago.",
        [("May 11", "2022-05-11"), ("a year ago", "2021")],
    ),
    ("The vote was postponed to Thursday, officials said.", [("Thursday", "2022-02-10")]),
    ("The rally lasted until Monday.", [("Monday", "2022-01-31")]),
    ("They signed the deal on Thursday.", [("Thursday", "2022-02-03")]),
    ("The talks ended on Friday.", [("Friday", "2022-02-04")]),
    ("The ministers are to meet on Tuesday.", [("Tuesday", "2022-02-08")]),
    ("On Wednesday, the rebels seized the airport.", [("Wednesday", "2022-02-02")]),
    ("The minister said on Monday that talks had failed.", [("Monday", "2022-01-31")]),
    ("Scholz will fly to Kyiv on Monday, officials said.", [("Monday", "2022-02-07")]),
    ("The holiday starts Monday.", [("Monday", "2022-02-07")]),
    ("The two leaders meet separately Monday with the envoy.", [("Monday", "2022-02-07")]),
    ("They did not meet on Monday.", [("Monday", "2022-01-31")]),
    ("The mayor will cut the ribbon on Monday.", [("Monday", "2022-02-07")]),
    ("The first round is on Sunday, officials said.", [("Sunday", "2022-02-06")]),
    ("The first round was on Sunday.", [("Sunday", "2022-01-30")]),
    (
        "The council is due to elect a chairman when it reconvenes Friday.",
        [("Friday", "2022-02-04")],
    ),
    ("The board is due to elect a chairman when it reconvenes Monday.", [("Monday", "2022-02-07")]),
    ("The bank cut rates on Thursday.", [("Thursday", "2022-02-03")]),
    ("They agreed to put the plan to a vote on Tuesday.", [("Tuesday", "2022-02-08")]),
    ("The envoy is expected to arrive on Tuesday.", [("Tuesday", "2022-02-08")]),
    # "would" seen from the Tuesday of the report: that week's Thursday (#14, relref)
    (
        "Officials said on Tuesday the envoy would arrive Thursday.",
        [("Tuesday", "2022-02-01"), ("Thursday", "2022-02-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TENSE)
def test_direction_from_tense(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_month_in_past_tense_sentence_is_previous_month() -> None:
    expect("The factory closed in August.", ("August", "2021-08"), dct=date(2021, 10, 12))
    expect("The factory closed in August.", ("August", "2020-08"), dct=date(2021, 2, 12))
    expect("The factory will reopen in August.", ("August", "2021-08"), dct=date(2021, 2, 12))


def test_direction_reads_the_nearest_verb_before_then_after() -> None:
    text = "The minister will fly to Oslo on Monday."
    at = text.index("Monday")
    assert direction(text, at, at + 6) == FUTURE
    text = "On Monday the minister flew to Oslo."
    assert direction(text, 3, 9) == PAST
    assert direction("Monday.", 0, 6) == UNKNOWN


def test_a_possessive_and_a_postponement_settle_the_direction() -> None:
    text = "Tuesday's vote passed."
    assert direction(text, 0, 7) == PAST
    text = "The hearing was postponed until Friday."
    at = text.index("Friday")
    assert direction(text, at, at + 6) == FUTURE


def test_sentence_bounds_hold_the_expression() -> None:
    text = "First line here. The talks resume on Monday. Then more."
    at = text.index("Monday")
    left, right = sentence_bounds(text, at, at + 6)
    assert text[left:right] == "The talks resume on Monday."


TIMETABLED = [
    ("The magistrate set the trial for Jan. 12.", ("Jan. 12", "2022-01-12")),
    ("The club scheduled its members' meeting for March 3.", ("March 3", "2022-03-03")),
    ("The council rescheduled the vote to February 9.", ("February 9", "2022-02-09")),
    ("The ballot was rescheduled for January 20.", ("January 20", "2022-01-20")),
    # a figure set for a time is no happening; "had set" is a plan of the past
    ("The bank set a four pct goal for money supply for January.", ("January", "2021-01")),
    ("The firm had set a meeting for January 8.", ("January 8", "2021-01-08")),
]


@pytest.mark.parametrize(("text", "expected"), TIMETABLED)
def test_a_happening_set_for_a_date_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    expect(text, expected, dct=date(2021, 10, 12))


def test_a_plan_agreed_in_the_past_takes_the_nearer_month() -> None:
    # a month gone by is the agreement's; a month ahead is still the plan's
    expect(
        "The brewer agreed to buy two pubs in Leeds in June.",
        ("June", "2021-06"),
        dct=date(2021, 10, 12),
    )
    expect(
        "The council voted to close the pool in March.",
        ("March", "2021-03"),
        dct=date(2021, 10, 12),
    )
    expect(
        "The brewer agreed to buy two pubs in Leeds in June.",
        ("June", "2021-06"),
        dct=date(2021, 2, 12),
    )
    # ... but the plan's month, when it is near ahead and the one gone by twice as far back
    expect(
        "The dairy agreed to sell its cheese plant to a rival in January.",
        ("January", "2022-01"),
        dct=date(2021, 10, 12),
    )
    # no past verb before the plan: it still looks ahead
    expect("The brewer plans to buy two pubs in June.", ("June", "2022-06"), dct=date(2021, 10, 12))
