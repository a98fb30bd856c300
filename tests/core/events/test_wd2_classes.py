"""Classes of wrong dates seen on unseen wire text (WD2), each in our own sentences.

Checks as in ``test_reader_classes_round4``: ("has", V) some dated event starts at V; ("not",
V) none does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V)
no event whose title holds W starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a period written in words before the figures reported for it is the figures' period; the
    # report happens at the sentence's other date
    ("period-words-figures-month", "1987-03-20", "Harlow Mills expects to publish fourth quarter earnings in the second week of May.", [("has", "1987-05"), ("not", "1986-Q4"), ("not", "1987-Q4")]),
    ("period-words-figures-net", "1994-07-05", "Brandt Steel plans to release second quarter group net profit figures in August.", [("has", "1994-08"), ("not", "1994-Q2")]),
    # ... and with no other date the figures' period stays the clause's date
    ("period-words-figures-alone", "1987-02-10", "Harlow Mills said fourth quarter earnings rose 12 pct.", [("has", "1986-Q4")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wd2_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
