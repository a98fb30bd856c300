"""Titles a reader can parse and happenings, not asides (#14, task TITLES3), each class in
sentences of our own: a later date after a comma that opens an aside of its own ("…, leaving
the road closed until May") gives no second title sharing the first one's verb ("The storm
destroyed leaving …").

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-10"
CASES = [
    # a gerund or an adjective after the comma opens an aside, no object of the shared verb
    ("aside-gerund", "en", "The storm washed away two bridges on the coast road in March, leaving the villages cut off until May.", [("title", "The storm washed away two bridges on the coast road", "2021-03"), ("no-title-with", "away leaving")]),
    ("aside-adjective", "en", "The council sold 300 of its flats to the housing trust in 2019, vacant since the flood, and 120 more in 2020.", [("title", "The council sold 300 of its flats to the housing trust", "2019"), ("no-title-with", "sold vacant")]),
    # ... a figure, in digits or words, is the shared verb's object
    ("follow-on-figure", "en", "The mill cut 40 jobs in March, twelve in April and another 30 in May.", [("title", "The mill cut twelve", "2021-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
