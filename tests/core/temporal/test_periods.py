"""Years, quarters and seasons (core.temporal.periods, quarters, seasons), through the tagger.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import DCT, expect, values

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
    ("Output should start in third quarter 2024.", [("third quarter 2024", "2024-Q3")]),
    ("It lost money in first-half 2019.", [("first-half 2019", "2019-H1")]),
    (
        "In the quarter ended Sept. 30, 2019, sales fell.",
        [("the quarter", "2019-Q3"), ("Sept. 30, 2019", "2019-09-30")],
    ),
    (
        "Net fell in the second quarter ended March 31, 2020.",
        [("the second quarter", "2020-Q1"), ("March 31, 2020", "2020-03-31")],
    ),
    (  # hard-wrapped copy: the line breaks before "ended"
        "It earned 4 mln dlrs in the first quarter\nended June 30, up from 3 mln.",
        [("the first quarter", "2021-Q2"), ("June 30", "2021-06-30")],
    ),
    ("Sales rose in the first quarter\n2019 to 5 mln.", [("the first quarter\n2019", "2019-Q1")]),
    (
        "Sales for the third quarter ended\nMarch 28,\n2020 fell.",
        [("the third quarter", "2020-Q1"), ("March 28,\n2020", "2020-03-28")],
    ),
]

SEASONS_NAMED_OR_NOT = [
    ("Last summer Putin said no.", [("Last summer", "2021-SU")]),
    ("The strike lasted through the summer.", [("the summer", "2021-SU")]),
    ("He skated at the 2022 Winter Olympics.", [("2022", "2022")]),
    ("The talks in the spring of 1994 failed.", [("the spring of 1994", "1994-SP")]),
]


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_quarters_and_year_ago_follow_the_report(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=date(2021, 10, 20))


@pytest.mark.parametrize(("text", "expected"), SEASONS_NAMED_OR_NOT)
def test_seasons_in_names_are_not_time(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_a_year_centuries_back_needs_a_word_saying_it_is_a_year() -> None:
    expect("The castle was built in 1540 and has stood since 1620.", ("1540", "1540"),
           ("1620", "1620"))  # fmt: skip
    expect("The bank, founded during 1694, still trades.", ("1694", "1694"))
    assert values("Dealers quoted 1.1583-1598 against the franc.", DCT) == []
    assert values("The Senate votes at 1600 on aid.", DCT) == []  # a time? a count? not a year
    levels = values("The gauge reached a record 1684 from Friday's 1679 close.", DCT)
    assert [text for text, _ in levels] == ["Friday"]
    assert values("(NRKI 1821) WASHINGTON - The Fed chairman spoke.", DCT) == []
    assert values("(MRUA 2019, NYFK 2023) NEW YORK - The dollar ended lower.", DCT) == []
    assert values("Grade TT 2000 2129(1900 2303) per 50 kg.", DCT) == []
    assert values("Its Warrants Series 1990 will keep their price.", DCT) == []
    assert values("The last time the index touched the 1840 level, dealers sold.", DCT) == []
    expect("The revolution broke out in 1789.", ("1789", "1789"))


def test_a_range_of_clock_times_is_not_a_range_of_years() -> None:
    found = values("Dealing runs between 1700 and 2200 hrs local time.", DCT)
    assert found[:1] == [("1700", "2022-02-04T17:00")]
    assert all("T" in value for _, value in found)  # times of day, if anything
