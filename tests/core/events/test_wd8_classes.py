"""Classes of WD8, in sentences of our own. A date between a coupon and the security it names
("the 6-1/2 pct 1995 loan stock", "11.5 pct June 1991 notes") is the security's maturity:
it dates no happening; a rate before a date that names no security keeps the date."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
MATURITIES = [
    ("coupon-year-stock", "The 6-1/2 pct 1999 federal loan stock slipped 20 pfennigs to 101.40.", [("not", "1999")]),
    ("coupon-words-year-bond", "The seven pct 2001 Norsk bond gained 10 pfennigs to 99.80.", [("not", "2001")]),
    ("coupon-month-notes", "Brandt Finance will offer 11.5 pct June 1998 notes and 12 pct May 2000 stock.", [("not", "1998-06"), ("not", "2000-05")]),
    ("coupon-day-issue", "The bank is adding 200 mln francs to its 8-1/4 pct, May 3, 2003 issue.", [("not", "2003-05-03")]),
    ("maturity-with-day-keeps-day", "On Tuesday the 9 pct 1998 bond rose 15 pfennigs.", [("has", "1994-03-08"), ("not", "1998")]),
    ("growth-target-year-stays", "The economy overshot the 3-4 pct 1993 growth target.", [("has", "1993")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in MATURITIES], ids=[c[0] for c in MATURITIES]
)
def test_a_securitys_maturity_dates_nothing(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A quarter not begun yet this year, named with no year, is this year's when the clause that
# names it looks ahead, even after "said": the reported clause's verb tells ("it will", "are
# expected to", "anticipates"); told in the past, it is last year's.
QUARTERS_AHEAD = [
    ("said-then-will", "Brandt said in the third quarter its new plant in Ohio will open.", [("has", "1994-Q3"), ("not", "1993-Q3")]),
    ("said-then-expected", "Orlen said its fourth quarter sales are expected to set a record.", [("has", "1994-Q4"), ("not", "1993-Q4")]),
    ("anticipates", "Kemper said it anticipates reopening the mill in the fourth quarter.", [("has", "1994-Q4"), ("not", "1993-Q4")]),
    ("said-then-past-stays", "Brandt said sales in the third quarter rose five pct.", [("has", "1993-Q3")]),
    ("said-then-aside-stays", "Brandt said its third quarter results, which will be released in May, were weak.", [("not", "1994-Q3")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in QUARTERS_AHEAD], ids=[c[0] for c in QUARTERS_AHEAD]
)
def test_a_quarter_ahead_in_a_reported_clause_is_this_years(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A half written straight before a month ("for second-half April shipment") is a half of that
# month: never a half year.
HALVES_OF_MONTHS = [
    ("hyphen-half-month", "Egypt bought 9,000 tonnes of soyoil for second-half April, dealers said.", [("not", "1993-H2"), ("not", "1994-H2")]),
    ("half-year-stays", "Orlen said profit rose in the second half.", [("has", "1993-H2")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in HALVES_OF_MONTHS], ids=[c[0] for c in HALVES_OF_MONTHS]
)
def test_a_half_of_a_month_is_no_half_year(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A month before "needs" or "requirements" says what month goods are bought for: no date of
# the buying ("for April needs on Tuesday" was bought on Tuesday).
MONTH_NEEDS = [
    ("month-needs-week", "Refiners lowered their offers after covering much of the June needs this week.", [("title", "Refiners covered much of the June needs")]),
    ("months-requirements", "Dealers said buyers still need to cover their April and May requirements.", [("not", "1994-04"), ("not", "1993-05")]),
    ("needs-to-stays", "Orlen said the plant needs to be rebuilt in May.", [("has", "1994-05")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in MONTH_NEEDS], ids=[c[0] for c in MONTH_NEEDS]
)
def test_a_month_of_goods_needed_dates_no_buying(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
