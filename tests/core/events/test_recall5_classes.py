"""Classes of the recall round on unseen English (session 15): happenings a sentence told
that gave no event, each in our own sentences.

Checks as in ``test_recall_round4``: ("title", W, V) an event whose title holds W starts at
V; ("title-not", W, V) no event whose title holds W starts at V; ("no-title", W) no event's
title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a second verb phrase after an aside with no verb of its own (a gerund's phrase or a
    # preposition's) and "and": its own date, the clause's subject
    ("aside-gerund-and", "2025-06-03", "The ferry left Oban on Monday night, carrying 40 cars, and reached Barra on Tuesday.", [("title", "The ferry left Oban", "2025-06-02TNI"), ("title", "The ferry reached Barra", "2025-06-03")]),
    ("aside-phrase-and-was", "2025-06-03", "Ada Voss retired in 1990, after 30 years at the yard, and was knighted in 1994.", [("title", "Ada Voss retired", "1990"), ("title", "Ada Voss was knighted", "1994")]),
    # ... not an aside with a verb of its own, nor a phrase that "and" does not close
    ("aside-own-verb", "2025-06-03", "The ferry left Oban on Monday, when the storm passed, and docked late.", [("title-not", "docked", "2025-06-02")]),
    ("aside-no-and", "2025-06-03", "Ada Voss retired in 1990, after 30 years at the yard, a spokesman said in 1994.", [("no-title", "Ada Voss said")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "no-title":
            assert not [e for e in events if check[1] in e.title], got
