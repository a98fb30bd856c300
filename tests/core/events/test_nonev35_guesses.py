"""Guesses, trends and causes told as events (session 35, real wire text): what is only
"likely" over a year or a quarter ("is likely to win 40 mln dlrs of orders this year"), a
measure's trend carried on ahead ("exports will continue to grow this year"), a state foreseen
to go on ("was expected to stay quiet in June"), a view of what is ahead ("dealers believe
the peso will fall this year") and a cause after "due to" opening with a comparative ("was due
to lower prices") are no happenings; a likely plan on a day, a week or a month, a trend gone
by, a state kept on a day, a belief of what was found out and a plan "due to lower" a rate
stay."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article


def _events(body: str, published: str = "2022-05-11") -> list[tuple[str, str]]:
    return [(str(e.start), e.title) for e in extract_events(article(body, published))]


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        # a guess at a year or a quarter
        ("Iceland is likely to win 40 mln dlrs of fishing orders this year, brokers said.", "win"),
        ("Finland is likely to order two icebreakers in 2023.", "icebreakers"),
        (
            "Dairy co-ops are likely to purchase some 90,000 tonnes of feed in the third quarter.",
            "purchase",
        ),
        # a measure's trend carried on ahead
        (
            "Uruguay's economy will continue to grow over 2022, the planning office said.",
            "grow",
        ),
        ("Nickel prices will continue to climb in the second half.", "climb"),
        # a state foreseen to go on over a period
        ("Bond trading was expected to stay quiet in June, dealers said.", "bond"),
        ("The Kenyan shilling is expected to stay stable next week.", "shilling"),
        # a view of what is ahead, dated by what it foresees
        ("Most brokers believe the Chilean peso will keep falling this year.", "peso"),
        ("Dealers thought the central bank would trim its key rate in July.", "trim"),
        # a cause after "due to" whose first word is a comparative, no verb
        ("The fall in cement sales last year was due to lower building activity.", "cement"),
        ("The rise in ferry profits in 2021 was due to better fuel contracts.", "ferry"),
    ],
)
def test_no_happening(body: str, gone: str):
    got = _events(body)
    assert not [t for _, t in got if gone in t.lower()], got


@pytest.mark.parametrize(
    ("body", "start", "words"),
    [
        # a likely plan on a day, a week or a month
        ("The ferry talks are likely to resume on Monday.", "2022-05-16", "resume"),
        ("The dock strike is likely to end next week.", "2022-W20", "strike"),
        ("The new Tarvo bridge is likely to open in August.", "2022-08", "bridge"),
        # a trend gone by, told as news
        ("Tin prices continued to fall in March.", "2022-03", "fall"),
        # a plan carried on, no measure
        ("Talks on the pay deal will continue next week.", "2022-W20", "talks"),
        # a state kept on a day: that day's happening
        ("The ice rink is expected to remain closed on Monday.", "2022-05-16", "closed"),
        ("The envoy is expected to stay in Lima on Friday.", "2022-05-13", "lima"),
        # a belief of what was found out; a view on a day
        ("Police believe the thieves used a forged key last autumn.", "2021-FA", "forged key"),
        ("The mayor believes the new ferry will sail on Friday.", "2022-05-13", "ferry"),
        (
            "The minister told reporters this week she believed the levy might go.",
            "2022-W19",
            "levy",
        ),
        # "due to" and a verb with its object: a plan
        ("The state bank is due to lower its lending rate on Monday.", "2022-05-16", "lower"),
    ],
)
def test_a_happening_stays(body: str, start: str, words: str):
    got = _events(body)
    assert [s for s, title in got if s == start and words in title.lower()], got
