"""Time expressions: spans, types and values against a pinned publication date.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.temporal.tagger import Timex, tag, within
from core.timeval import parse_value

DCT = date(2022, 2, 4)  # a Friday


def values(text: str, dct: date | datetime = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def expect(text: str, *pairs: tuple[str, str], dct: date | datetime = DCT) -> None:
    assert values(text, dct) == list(pairs)


ABSOLUTE = [
    ("Rain in the last half of June would help.", [("the last half of June", "2022-06")]),
    ("Cargoes ship between July and September.", [("July", "2022-07"), ("September", "2022-09")]),
    ("Sales slumped from November to January.", [("November", "2021-11"), ("January", "2022-01")]),
    (
        "Crushers bought rapeseed for shipment from the last-half of July to September.",
        [("last-half of July", "2022-07"), ("September", "2022-09")],
    ),
    ("Traders sold the wheat in April.", [("April", "2021-04")]),
    ("The treaty was signed on Feb. 4, 2022 in Beijing.", [("Feb. 4, 2022", "2022-02-04")]),
    ("Talks resumed on 4 Feb 2022.", [("4 Feb 2022", "2022-02-04")]),
    (
        "Published: Fri 4 Feb 2022, 23:15",
        [("Fri 4 Feb 2022", "2022-02-04"), ("23:15", "2022-02-04T23:15")],
    ),
    ("He will visit Kyiv on February 14.", [("February 14", "2022-02-14")]),
    ("Profits rose in 1987.", [("1987", "1987")]),
    ("Prices soared in the 1990s.", [("the 1990s", "199")]),
    ("The plant opens in mid-February.", [("mid-February", "2022-02")]),
    ("Output fell in early 2014.", [("early 2014", "2014")]),
    ("Sales jumped in fiscal 1987.", [("fiscal 1987", "1987")]),
    ("The firm filed for bankruptcy in July 1988.", [("July 1988", "1988-07")]),
    ("The war lasted from 2009 to 2010.", [("2009", "2009"), ("2010", "2010")]),
    ("The 2009-2010 recession was deep.", [("2009", "2009"), ("2010", "2010")]),
    ("Losses mounted in fiscal 1988-89.", [("fiscal 1988-89", "1988")]),
    ("Their leases end in the 20th century.", [("the 20th century", "19")]),
    ("Prices fell in the early '90s.", [("the early '90s", "199")]),
    ("It was built in nineteen ninety-four.", [("nineteen ninety-four", "1994")]),
    ("Rates were cut in the first half of 2020.", [("the first half of 2020", "2020-H1")]),
    ("Talks failed in the winter of 1994.", [("the winter of 1994", "1994-WI")]),
    ("They married last summer.", [("last summer", "2021-SU")]),
    ("The families met at Thanksgiving.", [("Thanksgiving", "2021-11-25")]),
    ("Shoppers flocked to stores on Black Friday.", [("Black Friday", "2021-11-26")]),
    ("Earnings rose in the third quarter.", [("the third quarter", "2021-Q3")]),
    ("It reported third-quarter profit of $5 million.", [("third-quarter", "2021-Q3")]),
    ("The vote was held on Christmas Day 2020.", [("Christmas Day 2020", "2020-12-25")]),
]
DEICTIC = [
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
TENSE = [
    ("Macron will travel to Moscow on Monday.", [("Monday", "2022-02-07")]),
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
    (
        "Officials said on Tuesday the envoy would arrive Thursday.",
        [("Tuesday", "2022-02-01"), ("Thursday", "2022-02-10")],
    ),
]
SEASONS_NAMED_OR_NOT = [
    ("Last summer Putin said no.", [("Last summer", "2021-SU")]),
    ("The strike lasted through the summer.", [("the summer", "2021-SU")]),
    ("He skated at the 2022 Winter Olympics.", [("2022", "2022")]),
    ("The talks in the spring of 1994 failed.", [("the spring of 1994", "1994-SP")]),
]
ANAPHORA = [
    (
        "He visits Ukraine on February 14 and Russia the following day.",
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
QUARTERS = [
    (
        "Profit rose 8% in the third quarter. In the year-ago quarter, the firm lost money.",
        [("the third quarter", "2021-Q3"), ("the year-ago quarter", "2020-Q3")],
    ),
    (
        "Third-quarter sales rose 5% from a year earlier.",
        [("Third-quarter", "2021-Q3"), ("a year earlier", "2020-Q3")],
    ),
    (
        "In the quarter ended Sept. 30, sales fell.",
        [("the quarter", "2021-Q3"), ("Sept. 30", "2021-09-30")],
    ),
    (
        "In the quarter ended July 31, the retailer lost money.",
        [("the quarter", "2021-Q2"), ("July 31", "2021-07-31")],
    ),
    (
        "Profit rose in the third quarter. After a weak second quarter, costs fell. "
        "Charges were high in the year-earlier period.",
        [
            ("the third quarter", "2021-Q3"),
            ("second quarter", "2021-Q2"),
            ("the year-earlier period", "2020-Q3"),
        ],
    ),
    (
        "Net rose in the third quarter. Costs fell in the 2021 period and were lower than a "
        "year ago.",
        [
            ("the third quarter", "2021-Q3"),
            ("the 2021 period", "2021-Q3"),
            ("a year ago", "2020-Q3"),
        ],
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
FALSE_FRIENDS = [
    "Russia may want to fabricate a pretext.",
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
    "(XYJN 1519) CHICAGO - CBT wheat futures opened firmer.",
    "Orders were refused after 1530 if they could have been placed earlier.",
]
TIMES = [
    ("The dollar closed at 1530 EST in New York.", [("1530", "2022-02-04T15:30")]),
    ("He will speak at a news conference at 1500 gmt.", [("1500", "2022-02-04T15:00")]),
    (
        "Trading was extended until 1500 (1400 GMT).",
        [("1500", "2022-02-04T15:00"), ("1400", "2022-02-04T14:00")],
    ),
    ("The exchange is open to 1500 local.", [("1500", "2022-02-04T15:00")]),
    (
        "The blast occurred at 10:35 a.m. local time.",
        [("10:35 a.m. local time", "2022-02-04T10:35")],
    ),
    ("Published at 23:15 on the site.", [("23:15", "2022-02-04T23:15")]),
    ("Trading will halt at 3 p.m. EST Tuesday.", [("3 p.m. EST Tuesday", "2022-02-08T15:00")]),
    ("The curfew ended at midnight on Thursday.", [("midnight on Thursday", "2022-02-04T00:00")]),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_forms(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


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


@pytest.mark.parametrize(("text", "expected"), SEASONS_NAMED_OR_NOT)
def test_seasons_in_names_are_not_time(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize(("text", "expected"), TENSE)
def test_direction_from_tense(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_month_in_past_tense_sentence_is_previous_month() -> None:
    expect("The factory closed in August.", ("August", "2021-08"), dct=date(2021, 10, 12))
    expect("The factory closed in August.", ("August", "2020-08"), dct=date(2021, 2, 12))
    expect("The factory will reopen in August.", ("August", "2021-08"), dct=date(2021, 2, 12))


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora_count_from_last_date(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_quarters_and_year_ago_follow_the_report(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=date(2021, 10, 20))


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_durations_and_sets_are_not_dates(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_time(text: str) -> None:
    assert tag(text, DCT) == []


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_times_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_foreign_dates_go_through_dateparser() -> None:
    expect(
        "Der Vertrag wurde am 14. Februar 2022 unterzeichnet.", ("14. Februar 2022", "2022-02-14")
    )
    expect("Il arrive le 14 février.", ("14 février", "2022-02-14"))


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


def test_a_year_centuries_back_needs_a_word_saying_it_is_a_year() -> None:
    expect("The castle was built in 1540 and has stood since 1620.", ("1540", "1540"),
           ("1620", "1620"))  # fmt: skip
    expect("The bank, founded during 1694, still trades.", ("1694", "1694"))
    assert values("Dealers quoted 1.1583-1598 against the franc.", DCT) == []
    assert values("The Senate votes at 1600 on aid.", DCT) == []  # a time? a count? not a year
    levels = values("The index hit a new high of 1757 from Friday's 1753 finish.", DCT)
    assert [text for text, _ in levels] == ["Friday"]
    assert values("(NRKI 1821) WASHINGTON - The Fed chairman spoke.", DCT) == []
    assert values("(MRUA 2019, NYFK 2023) NEW YORK - The dollar ended lower.", DCT) == []
    assert values("Grade TT 2000 2129(1900 2303) per 50 kg.", DCT) == []
    assert values("Its Warrants Series 1990 will keep their price.", DCT) == []
    assert values("The last time the index touched the 1840 level, dealers sold.", DCT) == []
    expect("The revolution broke out in 1789.", ("1789", "1789"))


def test_a_count_before_a_singular_unit_is_no_offset() -> None:
    found = values("Slaughter was 275,000 head versus 12,000 week ago and a year ago.", DCT)
    assert [text for text, _ in found] == ["a year ago"]


def test_a_range_of_clock_times_is_not_a_range_of_years() -> None:
    found = values("Trading runs between 1700 and 2100 hrs central time.", DCT)
    assert found[:1] == [("1700", "2022-02-04T17:00")]
    assert all("T" in value for _, value in found)  # times of day, if anything
