"""A margin after "by" ("voted by 70 percent to strike") is no agent of a participle: the
clause keeps its title and its date. Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    ("percent", "Porters voted in March by 70 percent to stage a walkout.",
     [("title", "Porters voted by 70 percent to stage a walkout", "2024-03")]),
    ("votes", "The parish board voted on Monday by 41 votes to 12 to close the quarry.",
     [("title", "voted by 41 votes to 12 to close the quarry", "2024-06-10")]),
    # an agent after a participle still gives no verb of its own
    ("agent", "The survey published by the league on Monday.", [("none",)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_margin_after_by_keeps_the_clause(name, body, checks):
    check_events(extract_events(article(body, "2024-06-12T15:00")), checks)
