"""Classes of CLAUSES (session 16), in sentences of our own: happenings told in a clause the
main clause's reading leaves unread. A participle after a preposition's object, with its own
date ("under a treaty signed last May"), tells the object's happening ("A treaty was
signed"); not a subordinator's subject and its verb ("after the firm filed in May"), a
period ("the year ended in March"), a plan, a figure weighed ("equal to the profit made last
week"), a thing's age ("a mill built in 1890") or a name ("the Mill Ground on Saturday")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
OBJECT_PARTICIPLES = [
    ("under-treaty-signed", "Fishing fleets may stay in the bay under a treaty signed last May.", [("title", "A treaty was signed", "1993-05")]),
    ("in-letter-sent", "In a letter sent on Monday, the mayor asked the railway to keep the depot open.", [("title", "A letter was sent", "1994-03-07")]),
    ("through-claim-lodged", "The town has recovered 40,000 pounds through a claim lodged in 1992.", [("title", "A claim was lodged", "1992")]),
    ("according-to-report", "Rents rose 9 pct in 1993, according to a council report released in February.", [("title", "A council report was released", "1994-02"), ("has", "1993")]),
    ("plural-were", "The bank is bound by the rules approved last week.", [("title", "The rules were approved", "1994-W09")]),
    ("after-subordinator", "The union walked out after the company filed in February.", [("no-title", "was filed")]),
    ("year-ended", "Profit rose to 4 mln dlrs in the year ended in January.", [("no-title", "was ended"), ("no-title", "were ended")]),
    ("plan-ahead", "Traders are waiting for a meeting expected in April.", [("no-title", "was expected")]),
    ("baseline", "Turnover was equal to the shares traded on Monday.", [("no-title", "were traded")]),
    ("age", "The shop was part of a terrace built in 1890.", [("no-title", "was built"), ("not", "1890")]),
    ("name", "Dunmore won at the Mill Ground on Saturday.", [("no-title", "was Ground"), ("no-title", "Mill was")]),
    ("inside-subject", "The number of staff employed in the mining sector fell in the last quarter of 1993.", [("no-title", "was fell"), ("no-title", "sector was")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"),
    [c[1:] for c in OBJECT_PARTICIPLES],
    ids=[c[0] for c in OBJECT_PARTICIPLES],
)
def test_a_participle_after_a_prepositions_object_tells_its_happening(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
