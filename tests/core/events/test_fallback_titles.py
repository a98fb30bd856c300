"""A dated clause the parse read no subject or no verb in, titled by its own words
(``core.events.own_words``); what the parse dropped by decision stays dropped. Our own sentences.

Checks as ``tests.core.events.articles.check_events`` reads them.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

INJURY = "The goalkeeper broke a finger in training. "

CASES = [
    # a possessive subject whose owner the parse could not settle: the words as written
    ("possessive-subject", "2022-02-04", INJURY + "His surgery is now booked for March 9.", [("title", "His surgery is now booked", "2022-03-09")]),
    # a present before an infinitive the parse read as no verb: the plan, in its season
    ("present-then-infinitive", "2022-02-04", "The Halden rowing club plans to move its boathouse next spring.", [("title", "The Halden rowing club plans to move its boathouse", "2022-SP")]),
    ("present-possessive", "2022-02-04", "His own team plans to survey the reef this summer.", [("title", "His own team plans to survey the reef", "2022-SU")]),
    # ... not what did not happen, nor what a speaker said in quotation marks
    ("negated", "2022-02-04", INJURY + "His surgery is not booked for March 9.", [("not", "2022-03-09")]),
    ("quoted", "2022-02-04", INJURY + '"His surgery is booked for March 9," the coach said.', [("no-title", "His surgery")]),
    # ... nor a range's start, which tells a state
    ("range", "2022-02-04", "The grant period runs from May 2, 1988 until June 3, 1990.", [("none",)]),
    # ... nor a weekday, whose tense the parse found no verb to read
    ("weekday", "2022-02-04", "The harbour guild plans to stage its regatta on Saturday.", [("none",)]),
    # ... nor a date past the comma the title stops at: another noun's
    ("date-past-comma", "2022-02-04", "The relay goes to Kenya's Amos Tiro in 3:10:04, far outside the record from 2011.", [("not", "2011")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
