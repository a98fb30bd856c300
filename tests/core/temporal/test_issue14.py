"""#14's date failures that belong to the time-expression layer, in sentences of our own.

DCT is Friday 4 February 2022 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect

MONDAY = date(2022, 1, 31)
MID_MARCH = date(2022, 3, 15)

# Forecasts, expectations and plans put what they govern ahead; a plan in the past perfect
# ("had been due to") was made before, for a date now behind.
DIRECTION = [
    ("The ferry is forecast to dock Sunday in the bay.", [("Sunday", "2022-02-06")], None),
    ("Rain is predicted to reach the valley Tuesday.", [("Tuesday", "2022-02-08")], None),
    (
        "Turnout is projected to peak Monday afternoon.",
        [("Monday afternoon", "2022-02-07TAF")],
        None,
    ),
    ("The chain is poised to reopen its stores Wednesday.", [("Wednesday", "2022-02-09")], None),
    ("The audit is supposed to wrap up by June, a clerk said.", [("June", "2022-06")], MID_MARCH),
    (
        "The lease had been due to run out at midnight Friday, the tenants said.",
        [("midnight Friday", "2022-01-28T24:00")],
        MONDAY,
    ),
    (
        "The strike had been planned to begin Thursday, but it was called off.",
        [("Thursday", "2022-01-27")],
        MONDAY,
    ),
    ("The polls will close at midnight Sunday.", [("midnight Sunday", "2022-02-06T24:00")], None),
]


@pytest.mark.parametrize(("text", "expected", "dct"), DIRECTION)
def test_direction_from_forecast_and_plan_words(
    text: str, expected: list[tuple[str, str]], dct: date | None
) -> None:
    expect(text, *expected, **({"dct": dct} if dct else {}))


LATE_80S = date(1988, 6, 6)

# Numbers that look like times or years and are neither: race results, market levels decades
# from the article's year, codes in capitals; a year in a history sentence stays a year.
NOT_TIME = [
    ("He took the 10,000 metres in 27:41.35 on Sunday.", [("Sunday", "1988-06-05")]),
    ("The share index closed near 2040 on Thursday.", [("Thursday", "1988-06-02")]),
    ("The average stood at 2065 after a quiet session.", []),
    ("Dealers quote the contract under the ticker ZX 2049 this week.", [("this week", "1988-W23")]),
    ("The mill was built around 1920 by immigrants.", [("1920", "1920")]),
    ("The canal opened in AD 1550, records say.", [("1550", "1550")]),
    ("The lights went out at 21:40 on Sunday.", [("21:40 on Sunday", "1988-06-05T21:40")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TIME)
def test_levels_codes_and_race_times_are_no_dates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=LATE_80S)


AUTUMN_89 = date(1989, 11, 6)

# A quarter the text places by its last day covers those three months; a fiscal quarter is a
# calendar quarter only once the document says where its fiscal year ends.
FISCAL = [
    (
        "Revenue for the second quarter ended March 31 tripled.",
        [("the second quarter", "1989-Q1"), ("March 31", "1989-03-31")],
    ),
    (
        "The grocer, whose fiscal year ends March 31, lost money in its fiscal second quarter.",
        [("March 31", "1990-03-31"), ("fiscal second quarter", "1989-Q3")],
    ),
    (
        "The toy maker lost money in its fiscal third quarter.",
        [("fiscal third quarter", "FY1989-Q3")],
    ),
    ("Sales rose in the third quarter.", [("the third quarter", "1989-Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL)
def test_fiscal_quarters_as_the_text_defines_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=AUTUMN_89)


# TIMEX3 numbers centuries from zero: "19" is the 20th century (1900-1999), as TimeBank writes.
def test_centuries_count_from_zero() -> None:
    expect("Monks built the 12th century abbey.", ("the 12th century", "11"), dct=AUTUMN_89)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "the year ago second quarter", hyphen or none, is the same quarter a year back
        ("In the year ago second quarter, the mill earned 2 mln dlrs.", "the year ago second quarter", "1986-Q2"),
        ("In the year-earlier second quarter, the mill earned 2 mln dlrs.", "the year-earlier second quarter", "1986-Q2"),
    ],
)  # fmt: skip
def test_a_year_ago_quarter_is_last_years(text, span, value):
    from core.temporal.tagger import tag

    found = [(t.text, t.value) for t in tag(text, date(1987, 4, 7))]
    assert (span, value) in found
