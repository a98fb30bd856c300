"""The tagger (core.temporal.tagger): spans, types, offsets, and what is not time at all.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.lang import UnknownLanguage
from core.temporal.tagger import Timex, tag, within
from core.timeval import parse_value
from tests.core.temporal.cases import DCT, expect

FALSE_FRIENDS = [
    "The rebels may want to invent an excuse.",
    "May I ask a question?",
    "Protesters march to the square.",
    "We said nothing about it.",
    "The stock closed at $27 a share.",
    "Turnout was 50% of voters.",
    "He finished in the second round.",
    "The army sent 2000 troops to the border.",
    "She ordered 1500 copies of the book.",
    "Hours before the opening of the Winter Olympics, the talks began.",
    "The March on Washington drew crowds.",
    "A 52-year-old man was arrested.",
    "The suspect, 52 years old, was arrested.",
    "The mill grinds soft red winter wheat.",
    "Candidates campaigned ahead of Super Tuesday.",
    "The ship sank off Christmas Island.",
    "Section 2019 of the code applies.",
    "He won gold at the Winter Olympics.",
    "The Summer Olympics opened in Tokyo.",
    "Millions travel home for the Spring Festival.",
    "The summer Olympics drew record crowds.",
    "Skaters trained for the winter Games.",
    "The Summer of Love changed music.",
    "The Prague Spring was crushed.",
    "Unemployment is near its quarter-century low.",
    "Funds hold more than a quarter of the market.",
    "June Carter sang at the Ryman.",
    "The exchange keeps most of the 1500 listed companies trading.",
    "(QRTM 1523) KANSAS CITY - KCBT corn futures opened weaker.",
    "Bids were rejected after 1540 if they could have been entered sooner.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_time(text: str) -> None:
    assert tag(text, DCT) == []


def test_spans_types_and_offsets_are_consistent() -> None:
    text = "Russia annexed Crimea in 2014, and nearly eight years of fighting followed."
    timexes = tag(text, datetime(2022, 2, 4, 23, 15))
    assert [t.type for t in timexes] == ["DATE", "DURATION"]
    assert [t.type for t in tag("It happened late last night.", DCT)] == ["TIME"]
    for t in timexes:
        assert isinstance(t, Timex)
        assert text[t.start : t.end] == t.text


def test_date_values_parse_in_the_time_model() -> None:
    text = "On Feb. 4, 2022, in 2014, last month, this week and in the third quarter."
    precisions = [parse_value(t.value).precision for t in tag(text, DCT)]
    assert precisions == ["day", "year", "month", "week", "quarter"]


def test_within_picks_the_timexes_of_one_sentence() -> None:
    text = "Talks ended on Friday. They resume on Monday and end on Feb. 10."
    found = tag(text, DCT)
    second = text.index("They")
    assert [t.text for t in within(found, second, len(text))] == ["Monday", "Feb. 10"]
    assert [t.text for t in within(found, 0, second)] == ["Friday"]


def test_the_language_code_is_passed_down_and_an_unknown_one_refused() -> None:
    assert tag("The vote is tomorrow.", DCT, lang="en") == tag("The vote is tomorrow.", DCT)
    with pytest.raises(UnknownLanguage):
        tag("The vote is tomorrow.", DCT, lang="xx")


def test_the_last_half_of_a_month_is_that_month() -> None:
    expect("Rain in the first half of March would help.", ("the first half of March", "2022-03"))


def test_a_range_never_ends_before_it_starts() -> None:
    expect(
        "Sales slumped from October to January.",
        ("October", "2021-10"),
        ("January", "2022-01"),
    )
