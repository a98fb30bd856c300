"""Classes of WD6, in sentences of our own. A figure's baseline after an apposition and its own
preposition ("from 44 mln dlrs, or 17 cts a unit, in the year-ago quarter") dates nothing,
as it does not without the "in"; a plain figure in a period keeps its date."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
BASELINES = [
    ("apposition-in-year-ago", "Net profit fell to 18 mln dlrs, or nine cts a share, from 30 mln dlrs, or 15 cts, in the year-ago quarter.", [("not", "1993-Q1"), ("not", "1993")]),
    ("apposition-in-year", "Brandt earned 4.1 mln dlrs, or 40 cts a share, up from 3.2 mln dlrs, or 31 cts, in 1992.", [("not", "1992")]),
    ("apposition-for-year", "Orlen lost 3.4 mln dlrs, or 31 cts a share, compared with 1.6 mln dlrs, or 15 cts, for 1992.", [("not", "1992")]),
    ("figure-in-period-stays", "Net income climbed to 26 mln dlrs, or 14 cents per share, in 1993.", [("has", "1993")]),
    ("no-apposition-period-stays", "Sales rose to 40 mln dlrs, in 1993, the company said.", [("has", "1993")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in BASELINES], ids=[c[0] for c in BASELINES]
)
def test_a_baseline_after_an_apposition_dates_nothing(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
