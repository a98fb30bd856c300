"""Measurements, levels and comparisons told with a date are no happenings: a cause ("were
due to a late Easter"), a plan's figure ("the budget specified a 9 pct rise"), a count to
date ("has approved 310 loans to date"), a running comparison ("exports outstripped
imports"), a level held ("yields hovered near 7 pct"), a result measured against a year
("to improve over 1986": the year is the yardstick); the happenings told with the same
words stay."""

from __future__ import annotations

import pytest

from tests.core.events.articles import events_of

PUBLISHED = "1987-04-09"


def _events(text: str) -> list[tuple[str, str]]:
    return [(str(e.start), e.title) for e in events_of(text, "en", PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Furniture sales in March were due to a warm spell, dealers said.",
        "The slower deliveries will be due to a shortage of crates during the second quarter.",
        "The budget had specified a 9 pct increase in road spending for 1986.",
        "The treaty stipulates quotas for each fleet during the season.",
        "The agency has approved 310 farm loans to date this year, it said on Monday.",
        "Tin exports outstripped imports in 1986.",
        "Bus ridership lagged behind the 1985 pace in March.",
        "Bond yields hovered near 7 pct on Monday.",
        "Dunmore expected its yields to improve over 1986.",
        "Kelvale posted a gain of 6 pct over 1985 in its net income.",
        # "output" is the subject's noun, "averaged" its verb: a level
        "Zinc output averaged 41,000 tonnes a month in February.",
        "Osric said he foresaw brisk demand for ferry berths in 1988.",
        "The institute predicted a slowdown in timber exports in 1988.",
        "A rise in wool exports will be difficult to achieve in 1987.",
    ],
)
def test_a_level_or_comparison_gives_no_event(text: str):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("The ferry is due in port on Friday.", "1987-04-10", "due"),
        ("A helicopter hovered over the trawler on Monday.", "1987-04-06", "hovered over"),
        ("The council approved the new harbour plan in March.", "1987-03", "approved"),
        ("Wool prices rose sharply in March.", "1987-03", "rose"),
        ("Zinc output slipped 3 pct in February.", "1987-02", "Zinc output slipped"),
        (
            "The institute forecast a 2 pct rise in timber exports on Monday.",
            "1987-04-06",
            "forecast",
        ),
        ("The strike hit scheduled flights on April 7.", "1987-04-07", "hit scheduled"),
    ],
)
def test_the_same_words_telling_a_happening_stay(text: str, start: str, words: str):
    got = _events(text)
    assert any(s == start and words in title for s, title in got), got
