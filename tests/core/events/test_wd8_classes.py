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
