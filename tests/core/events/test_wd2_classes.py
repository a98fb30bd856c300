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
    # "last" or "next" before a month and day counts the day from publication: the whole day,
    # not the month alone, and no year named earlier in the clause frames it
    ("last-month-day", "1987-03-10", "Dorne Mining closed the shaft last Oct. 20 after a flood.", [("has", "1986-10-20"), ("not", "1986-10"), ("no-title-ending", "last")]),
    ("last-month-day-full", "1987-04-14", "Ryle Bank lowered its base rate last March 30.", [("has", "1987-03-30"), ("not", "1986-03")]),
    ("next-month-day", "1987-06-29", "The rule will take effect next January 1.", [("has", "1988-01-01")]),
    ("last-month-day-earlier-year", "1987-06-01", "Vantor, set up under a 1971 law, applied to the regulator last December 9 for a licence.", [("has", "1986-12-09"), ("not", "1971-12-09"), ("no-title-ending", "last")]),
    ("year-ending-next-day", "1987-06-29", "The savings should begin to show in the financial year ending next May 31, officials said.", [("not", "1988-05-31")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wd2_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
