"""Classes of wrong dates and non-events seen on unseen wire text (WD3), in our own sentences.

Checks as in ``articles.check_events``: ("has", D) some dated event starts on D; ("not", D)
none does; ("title", W, D) an event whose title holds W starts on D; ("no-title", W) no title
holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # the day a (fiscal) year starts on is the period's, not the clause's: the clause takes the
    # year, its other date, or none; the start goes out of the title with the period
    ("year-starting-day", "1987-03-20", "Marrow Electric will raise parts purchases in the fiscal year beginning April 1.", [("not", "1987-04-01"), ("no-title", "beginning")]),
    ("year-starting-words", "1987-03-20", "The government said it would sell the stake sometime in the year beginning April one.", [("not", "1987-04"), ("no-title", "April")]),
    ("split-year-starting-other-date", "1987-03-20", "The interim budget for 1987/88 starting April 1 is likely to await passage on March 30.", [("has", "1987-03-30"), ("not", "1987-04-01")]),
    ("year-which-begins", "1987-06-10", "Grain shipments for the crop year, which begins July 1, totalled 40,000 tonnes.", [("not", "1987-07-01")]),
    # a happening's own start stays its date, and so does a span of "a year" begun on a date
    ("strike-starting", "1987-03-20", "The dockers will strike for three days starting April 19.", [("has", "1987-04-19")]),
    ("a-year-beginning", "1987-03-20", "Tollan worked as a clerk at the embassy for a year beginning in October 1981.", [("has", "1981-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wd3_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
