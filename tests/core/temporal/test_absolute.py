"""Dates, months, named days and clock times (core.temporal.absolute, months, clock), through
the tagger.

DCT is Friday 4 February 2022 unless a case says otherwise. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect

ABSOLUTE = [
    ("Rain in the last half of June would help.", [("the last half of June", "2022-06")]),
    ("Cargoes ship between July and September.", [("July", "2022-07"), ("September", "2022-09")]),
    ("Sales slumped from November to January.", [("November", "2021-11"), ("January", "2022-01")]),
    (  # a full date's year set off by a comma before "to": the yearless end is in that year
        "The board moved the filing period from September 30, 2022, to December 31 for small farms.",
        [("September 30, 2022", "2022-09-30"), ("December 31", "2022-12-31")],
    ),
    (
        "Millers booked soybeans for loading from the last-half of August to October.",
        [("last-half of August", "2022-08"), ("October", "2022-10")],
    ),
    ("Traders sold the wheat in April.", [("April", "2021-04")]),
    ("The treaty was signed on Feb. 4, 2022 in Beijing.", [("Feb. 4, 2022", "2022-02-04")]),
    ("Talks resumed on 4 Feb 2022.", [("4 Feb 2022", "2022-02-04")]),
    (
        "Published: Fri 4 Feb 2022, 23:15",
        [("Fri 4 Feb 2022", "2022-02-04"), ("23:15", "2022-02-04T23:15")],
    ),
    ("He will visit Kyiv on February 14.", [("February 14", "2022-02-14")]),
    # "last" or "next" counts a month and day from now; TimeBank leaves the word out of the span
    ("The mine closed last Oct. 20.", [("Oct. 20", "2021-10-20")]),
    ("The mine closed last March 30 after a flood.", [("March 30", "2021-03-30")]),
    ("The levy ends next January 3.", [("January 3", "2023-01-03")]),
    ("The levy ended last September.", [("last September", "2021-09")]),
    ("Profits rose in 1987.", [("1987", "1987")]),
    ("Prices soared in the 1990s.", [("the 1990s", "199")]),
    ("The plant opens in mid-February.", [("mid-February", "2022-02")]),
    ("Output fell in early 2014.", [("early 2014", "2014")]),
    ("Sales jumped in fiscal 1987.", [("fiscal 1987", "1987")]),
    ("The firm filed for bankruptcy in July 1988.", [("July 1988", "1988-07")]),
    # a month in lower case only with its year after it ("may" alone is a verb)
    ("The firm filed for bankruptcy in july 1988.", [("july 1988", "1988-07")]),
    ("The mayor took office in may, 1990.", [("may, 1990", "1990-05")]),
    ("Shares may rise in 1990.", [("1990", "1990")]),
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
    ("The curfew ended at midnight on Thursday.", [("midnight on Thursday", "2022-02-03T24:00")]),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_forms(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_times_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    expect(text, *expected)


def test_foreign_dates_go_through_dateparser() -> None:
    expect(
        "Der Vertrag wurde am 14. Februar 2022 unterzeichnet.", ("14. Februar 2022", "2022-02-14")
    )
    expect("Il arrive le 14 février.", ("14 février", "2022-02-14"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy left on the evening of 12 March 1951.",
         [("the evening of 12 March 1951", "1951-03-12TEV")]),
        ("Shelling began early in the morning of June 2, 1951.",
         [("early in the morning of June 2, 1951", "1951-06-02TMO")]),
        ("In May 1951 the rain stopped, and on the night of May 20 the bridge was blown.",
         [("May 1951", "1951-05"), ("the night of May 20", "1951-05-20TNI")]),
    ],
)  # fmt: skip
def test_a_part_of_a_named_day_is_that_days_part(text, expected) -> None:
    expect(text, *expected, dct=date(2009, 12, 19))


def test_a_named_day_inside_a_title_is_no_date() -> None:
    expect(
        'The band played "Silent Night" and "Blue Christmas" before the last flight left. '
        "They were home by Christmas.",
        ("Christmas", "2009-12-25"),
        dct=date(2009, 12, 19),
    )
