"""Deictic, anaphoric, durations and sets (core.temporal.relative, ago, anaphors), through the
tagger.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

import pytest

from core.temporal.tagger import tag
from core.timeval import parse_value
from tests.core.temporal.cases import DCT, expect, values

DEICTIC = [
    # a day "of last year" is last year's, as "March of last year" is
    ("The bank cut rates on March 18 of last year.", [("March 18 of last year", "2021-03-18")]),
    ("Talks resume on 2 June of next year.", [("2 June of next year", "2023-06-02")]),
    ("The minister resigned today.", [("today", "2022-02-04")]),
    ("Shares fell yesterday.", [("yesterday", "2022-02-03")]),
    ("The vote is tomorrow.", [("tomorrow", "2022-02-05")]),
    ("Talks continue this week.", [("this week", "2022-W05")]),
    ("Inflation rose last month.", [("last month", "2022-01")]),
    ("Elections are due next year.", [("next year", "2023")]),
    ("The plane landed two days ago.", [("two days ago", "2022-02-02")]),
    ("Prices doubled over the past five years.", [("the past five years", "P5Y")]),
    ("The company is now profitable.", [("now", "PRESENT_REF")]),
    ("The bank recently cut rates.", [("recently", "PAST_REF")]),
    ("Sales rose earlier this month.", [("earlier this month", "2022-02")]),
    ("The vote is set for the week of March 7.", [("the week of March 7", "2022-W10")]),
    ("The then-current rules applied.", [("then-current", "PAST_REF")]),
    ("Exports grew 4% in the past year.", [("the past year", "2021")]),
    ("The merger should close by year-end.", [("year-end", "2022")]),
    ("He spoke on television tonight.", [("tonight", "2022-02-04TNI")]),
    ("The blast was heard last night.", [("last night", "2022-02-03TNI")]),
]

PARTS_OF_DAY = [
    ("The jury returned this morning.", [("this morning", "2022-02-04TMO")]),
    ("Snow fell yesterday afternoon.", [("yesterday afternoon", "2022-02-03TAF")]),
    ("The envoy arrives tomorrow evening.", [("tomorrow evening", "2022-02-05TEV")]),
    ("Shelling resumed overnight.", [("overnight", "2022-02-03TNI")]),
    ("He was held in the early hours of Thursday.", [("Thursday", "2022-02-03")]),
    ("The envoy landed mid-afternoon yesterday.", [("mid-afternoon yesterday", "2022-02-03TAF")]),
    (
        "On Jan. 12, 2020, the levee broke at mid-morning.",
        [("Jan. 12, 2020", "2020-01-12"), ("mid-morning", "2020-01-12TMO")],
    ),
    ("The dam burst on Wednesday night.", [("Wednesday night", "2022-02-02TNI")]),
    ("Voting opens on Sunday morning.", [("Sunday morning", "2022-02-06TMO")]),
    (
        "The ferry sank on Jan. 12, 2020. The next morning, divers found it.",
        [("Jan. 12, 2020", "2020-01-12"), ("The next morning", "2020-01-13TMO")],
    ),
    ("Protests spread over the weekend.", [("the weekend", "2022-W04-WE")]),
    ("The summit will be held over the weekend.", [("the weekend", "2022-W05-WE")]),
    ("Fans celebrated last weekend.", [("last weekend", "2022-W04-WE")]),
    ("Tickets go on sale next weekend.", [("next weekend", "2022-W06-WE")]),
]

ANAPHORA = [
    (
        "She tours Latvia on February 14 and Estonia the following day.",
        [("February 14", "2022-02-14"), ("the following day", "2022-02-15")],
    ),
    (
        "The fire started on March 3, 2019. Two days later it was out.",
        [("March 3, 2019", "2019-03-03"), ("Two days later", "2019-03-05")],
    ),
    (
        "The bank failed in 2008; that year, unemployment soared.",
        [("2008", "2008"), ("that year", "2008")],
    ),
    (
        "The bomb exploded on Jan. 12, 2020. The day before, police had received a warning.",
        [("Jan. 12, 2020", "2020-01-12"), ("The day before", "2020-01-11")],
    ),
    ("He left the day before yesterday.", [("the day before yesterday", "2022-02-02")]),
    ("They vote the day after tomorrow.", [("the day after tomorrow", "2022-02-06")]),
    (
        "The strike began on Jan. 10, 2020. The day before the vote, talks broke down.",
        [("Jan. 10, 2020", "2020-01-10")],
    ),
    (
        "The war began in 2003. A year later, the dictator was captured.",
        [("2003", "2003"), ("A year later", "2004")],
    ),
    (
        "Riots broke out in May 2019. That week, the government resigned.",
        [("May 2019", "2019-05"), ("That week", "2019-05")],
    ),
]

DURATIONS = [
    ("Nearly eight years of fighting have left thousands dead.", [("Nearly eight years", "P8Y")]),
    ("The strike went on for a month.", [("a month", "P1M")]),
    ("He was jailed for 18 months.", [("18 months", "P18M")]),
    ("The flight lasted an hour and a half.", [("an hour and a half", "PT1H30M")]),
    ("The siege went on for two years and a half.", [("two years and a half", "P2Y6M")]),
    ("The meeting lasted three hours.", [("three hours", "PT3H")]),
    ("It issued 10-year bonds.", [("10-year", "P10Y")]),
    ("Rallies are held daily.", [("daily", "P1D")]),
    ("The board meets twice a week.", [("a week", "P1W")]),
    ("The plant saves $2 million a year.", [("a year", "P1Y")]),
    ("Fighting has raged for weeks.", [("weeks", "PXW")]),
    ("Robots will one day run the plant.", [("one day", "FUTURE_REF")]),
    ("The repair took one day.", [("one day", "P1D")]),
    ("It was the worst flood this century.", [("this century", "P100Y")]),
    ("The trial is expected to last six weeks.", [("six weeks", "P6W")]),
    ("The board meets every Monday.", [("every Monday", "XXXX-WXX-1")]),
]


@pytest.mark.parametrize(("text", "expected"), DEICTIC)
def test_deictic_against_publication_date(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_DAY)
def test_parts_of_day_and_weekends_keep_timex3_form(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected)
    for timex in tag(text, DCT):
        assert parse_value(timex.value) is not None  # the timeline can still place it


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora_count_from_last_date(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_durations_and_sets_are_not_dates(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_a_count_before_a_singular_unit_is_no_offset() -> None:
    found = values("Kill was 182,000 head versus 9,000 week ago and a year ago.", DCT)
    assert [text for text, _ in found] == ["a year ago"]


def test_some_time_later_or_earlier_is_a_point_after_or_before_not_a_length() -> None:
    expect(
        "The dam broke in 1931. A few weeks later the valley was empty; only several years "
        "earlier it had been farmed.",
        ("1931", "1931"),
        ("A few weeks later", "FUTURE_REF"),
        ("several years earlier", "PAST_REF"),
    )


def test_a_figure_with_spaced_thousands_is_no_recent_offset() -> None:
    # "10 000 years ago" is ten thousand years back, not "000 years ago" (this year), and
    # "1 500 years" no five centuries; a plain count keeps its date
    found = values(
        "People lived in the cave 10 000 years ago and farmed it for 1 500 years. "
        "The village was abandoned 300 years ago.",
        DCT,
    )
    assert [text for text, _ in found] == ["300 years ago"]
