"""Classes of the third clauses round on unseen English (session 17): happenings a sentence
told that gave no event, each in our own sentences.

Checks as in ``test_recall5_classes``: ("title", W, V) an event whose title holds W starts
at V; ("title-not", W, V) no event whose title holds W starts at V; ("no-title", W) no
event's title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a present told of a day ahead after a determiner and a noun that may be a verb too
    # ("board", "minister", "offer"): the third-person form is the clause's verb
    ("present-after-noun-verb", "2025-06-03", "The board meets on Thursday to weigh the bid.", [("title", "The board meets", "2025-06-05")]),
    ("present-takes-effect", "2025-06-03", "The increase takes effect on 1 July.", [("title", "The increase takes effect", "2025-07-01")]),
    ("present-after-role", "2025-06-03", "The minister travels to Lisbon on Friday.", [("title", "The minister travels to Lisbon", "2025-06-06")]),
    ("present-time-after", "2025-06-03", "The tender closes next Monday, the agency said.", [("title", "The tender closes", "2025-06-09")]),
    # ... but not a noun's plural with a verb of the clause after it
    ("plural-noun-then-verb", "2025-06-03", "The steel exports to Chile fell in May.", [("title", "The steel exports to Chile fell", "2025-05")]),
    # ... nor a present whose time is a thing's
    ("present-of-a-thing", "2025-06-03", "The bill provides 5 billion dollars for roads next year.", [("no-title", "The bill provides")]),
    ("plural-noun-then-aux", "2025-06-03", "The grain imports from Peru were cut on Monday.", [("title", "The grain imports from Peru were cut", "2025-06-02")]),
    # a relative after a preposition's object that names a happening ("talks", "strike"):
    # the happening's own, titled with it as subject
    ("relative-after-preposition", "2025-06-03", "Delegates said the key question at the summit, which began in Oslo on Monday, was the fishing quota.", [("title", "The summit began in Oslo", "2025-06-02")]),
    ("relative-from-strike", "2025-06-03", "Analysts expect a rise in costs from the strike, which began on May 12.", [("title", "The strike began", "2025-05-12")]),
    # ... titled so when the phrase opens the sentence with no verb of its own
    ("relative-opening-phrase", "2025-06-03", "Delegates at the summit, which opened on Monday, agreed a text.", [("title", "The summit opened", "2025-06-02"), ("no-title", "Delegates at the summit opened")]),
    # ... but not a relative that places it by another happening, whose date that is
    ("relative-followed", "2025-06-03", "An aide said the senator had no comment on the protest, which followed her plea last Friday for restraint.", [("no-title", "The protest followed")]),
    # "talks", listed as written, names a happening though its lemma is "talk"
    ("talks-listed", "2025-06-03", "Shares rose ahead of Thursday's trade talks in Rome.", [("title", "Trade talks in Rome", "2025-06-05")]),
    # ... not after a noun that names no happening: the relative may be the phrase's noun's
    ("relative-after-thing", "2025-06-03", "Traders watched the deficit with the island, which rose in May.", [("no-title", "The island rose")]),
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
