"""Classes of #14's second round (dates on unseen English text), each in our own sentences.

Checks as in ``test_reader_classes``: ("has", V) some event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("span", W, V, E) such an
event spans V to E; ("title-not", W) no title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a counted period up to a date is dated as the period, not cut to its last day
    ("months-ended", "2023-11-02", "The brewer said its profit fell 8 percent in the three months ended September 30.", [("title", "profit fell", "2023-Q3"), ("not", "2023-09-30")]),
    ("weeks-to", "2023-11-02", "Ticket sales rose 3 percent in the 8 weeks to 29 October, the theatre said.", [("span", "sales rose", "2023-09-04", "2023-10-29"), ("not", "2023-10-29")]),
    ("six-months-to-month", "2023-11-02", "The airline carried 9 million passengers in the six months to June.", [("title", "carried", "2023-H1")]),
    ("to-a-date-alone-stays", "2023-11-02", "The ferry moved its first sailing to 29 October.", [("not", "2023-08")]),
    # a target's date is no happening's ("aims to … by 2027")
    ("aims-by", "2023-11-02", "The brewer aims to halve its water use by 2030, its chief said on Monday.", [("not", "2030")]),
    ("target-by", "2023-11-02", "The city has a target of planting 5,000 trees by 2028.", [("not", "2028")]),
    ("plain-by-stays", "2023-11-02", "The crew finished the roof by Friday.", [("has", "2023-10-27")]),
    # a happening at a day's named happening took place then; after or before it, not
    ("at-possessive", "2023-11-02", "Members had approved the merger at Tuesday's meeting, the union said.", [("title", "approved the merger", "2023-10-31")]),
    ("after-possessive-stays", "2023-11-02", "Members left the hall after Tuesday's meeting.", [("not", "2023-10-31")]),
    # a plain present after a plural noun is the clause's verb ("Forecasters expect …")
    ("plural-present", "2025-07-15", "Forecasters expect the gales to reach the coast on Friday.", [("title", "Forecasters expect", "2025-07-18")]),
    ("before-plural-present", "2025-07-15", "The river will rise on Wednesday before thunderstorms sweep across the hills on Thursday.", [("title", "Thunderstorms sweep", "2025-07-17")]),
    # a date's possessive before a role names a person, not when the clause happened
    ("possessive-winner", "2025-09-22", "Last year's winner, Ana Lind, pulled out with a knee injury.", [("not", "2024")]),
    ("possessive-champion-day", "2025-09-22", "Last year's champion withdrew on Saturday.", [("has", "2025-09-20"), ("not", "2024")]),
    ("possessive-event-stays", "2025-09-22", "Sunday's race drew 12,000 runners.", [("has", "2025-09-21")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.end, e.undated, e.title) for e in events]
    starts = [e.start for e in events if not e.undated]
    for check in checks:
        if check[0] == "has":
            assert check[1] in starts, got
        elif check[0] == "not":
            assert check[1] not in starts, got
        elif check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "span":
            spans = [(e.start, e.end) for e in events if check[1] in e.title]
            assert (check[2], check[3]) in spans, got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title], got
