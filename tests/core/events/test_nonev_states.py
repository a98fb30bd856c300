"""States and forecasts told as events (issue 14's non-events): how long a state has lasted
("has been shut since May") takes no other clause's date, a turn of a measure foreseen ("expects
a recovery next year") and what will probably not happen ("is unlikely to reach its goal")
are no happenings; a clause after ", and" whose subject a date sets off (", in 2009,") keeps
its own happening."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.states import lasting_since
from tests.core.events.articles import article


def _events(body: str, published: str = "2021-09-17") -> list[tuple[str, str]]:
    return [(str(e.start), e.title) for e in extract_events(article(body, published))]


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        # a state's length in a relative, the main verb's date past it
        ("The ferry pier, which has been shut since May, opens again on Monday.", "shut"),
        # ... before ", and" and another clause's date
        (
            "The pool has been closed since June for repairs, and the mayor said on Tuesday "
            "it would reopen in October.",
            "closed since",
        ),
        # ... before the report's date
        ("Bus fares have been frozen since 2018, the transport board said on Wednesday.", "frozen"),
        # a turn of a measure foreseen
        ("The bakery chain expects a recovery in the fourth quarter.", "recovery"),
        ("She expected a modest rebound in sales next year.", "rebound"),
        # a measure of an economy foreseen
        ("The regional economy is expected to slow this year, bankers said.", "economy"),
        ("The council's energy expense is likely to rise by 30 pct next year.", "expense"),
        # a measure's figure foreseen with "be"
        ("Turnover is expected to be 3.2 billion euros in 2022, the group said.", "turnover"),
        ("Group sales are likely to be about 900 million pounds next year.", "sales"),
        # foreseen not to happen
        ("The farm is unlikely to reach its harvest target in 2022, growers said.", "unlikely"),
        ("Traders said dealers would be unlikely to buy heavily next week.", "unlikely"),
    ],
)
def test_a_state_or_forecast_gives_no_event(body: str, gone: str):
    got = _events(body)
    assert not [title for _, title in got if gone in title.lower()], got


@pytest.mark.parametrize(
    ("body", "start", "words"),
    [
        # the since-date is the state's own: left to the clause's readings
        (
            "The chairman, who has led the board since 2014, will retire on October 1.",
            "2021-10-01",
            "retire",
        ),
        # a bare "since" closing the predicate: the count's date told after
        (
            "More than 300 pupils have taken it since, including, last year, two of her grandchildren.",
            "2020",
            "taken",
        ),
        # "since" opening a clause: its date is the state's start
        (
            "Work at the plant has been halted since the welders, with about 90 other staff, "
            "walked out on September 6.",
            "2021-09-06",
            "halted",
        ),
        ("The vote is likely to take place next week.", "2021-W38", "vote"),
        ("Sales rose to 900 million pounds in 2020, the group said.", "2020", "sales"),
        ("The economy shrank 3 pct in 2020.", "2020", "economy"),
        ("The bakery chain expects to open its new store in November.", "2021-11", "open"),
    ],
)
def test_a_happening_stays(body: str, start: str, words: str):
    got = _events(body)
    assert [s for s, title in got if s == start and words in title.lower()], got


def test_a_subject_set_off_by_a_date_after_and_opens_its_own_clause():
    body = "Wages were cut in March 2020, and the last walkout, in 2009, lasted six days."
    got = _events(body)
    assert ("2009", "The last walkout lasted six days") in got, got
    assert ("2020-03", "Wages were cut") in got, got


@pytest.mark.parametrize(
    ("predicate", "lasting"),
    [
        ("has been closed since March for repairs", True),
        ("had led the board since 2012", True),
        ("have taken it since", False),
        ("closed the line in March", False),
        ("was closed in March", False),
    ],
)
def test_lasting_since(predicate: str, lasting: bool):
    assert lasting_since(predicate) is lasting
