"""Classes of wrong dates seen on unseen wire text (WRONG2, session 22), in our own sentences.

Checks as in ``articles.check_events``: ("has", D) some dated event starts on D; ("not", D)
none does; ("title", W, D) an event whose title holds W starts on D; ("none",) no event.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # "each" before a weekday or a unit is a habit, as "every" is: no coming Monday
    ("habit-each-weekday", "1987-06-10", "The new grain market opens at 10 a.m. each Monday.", [("none",)]),
    ("habit-each-week", "1987-06-10", "Two ferries leave the island each week in summer.", [("not", "1987-06-15")]),
    # ... not "each" alone, which counts
    # a day written in words after "on" is that day, not its month
    ("day-in-words", "1987-06-10", "The company said the offer expired on June eight.", [("has", "1987-06-08")]),
    ("day-in-words-weekday", "1987-03-20", "The board met on Monday, March sixteen, to weigh the bid.", [("has", "1987-03-16")]),
    # ... not a month before a count ("In June eight banks ...")
    ("month-before-count", "1987-07-10", "In June eight banks raised their base rates.", [("has", "1987-06"), ("not", "1987-06-08")]),
    # the date of a comparison's standard is not the compared state's
    ("equative-standard", "1987-06-10", "Growers planted three times as large a crop as last year.", [("not", "1986")]),
    ("than-clause-standard", "1987-06-10", "The pound looks firmer than it did only last week, traders said.", [("not", "1987-W23")]),
    # ... while "as early as" and "as recently as" bound the happening itself
    ("as-recently-as", "1987-06-10", "The bridge was rebuilt as recently as 1982.", [("has", "1982")]),
    ("each-counts", "1987-06-10", "The two partners each bought 5,000 shares on Monday.", [("has", "1987-06-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wrong2_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
