"""A clause opened by "as", "when", "while" … keeps its verb in the title ("Tin rose as the
rand weakened"), which is the clause's, not a participle whose phrase went; a word that is
also a preposition opens no such clause ("since last spring"). Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    ("as", "Silver rose on Monday as the franc weakened, brokers said.",
     [("title", "Silver rose as the franc weakened", "2024-06-10")]),
    ("as bare noun", "Zinc fell today as smelters sold, dealers said.",
     [("title", "Zinc fell as smelters sold", "2024-06-12")]),
    ("as past only", "Two porters were hurt on Friday as a boiler blew, wardens said.",
     [("title", "Two porters were hurt as a boiler blew", "2024-06-07")]),
    # a word that is also a preposition opens none: no verb of a clause after "last spring"
    ("since", "Ashby, the buyer Colm had courted since last spring withdrew on Monday.",
     [("no-title-ending", "spring withdrew")]),
    # a role's "as" after an object noun: the participle after it is no clause's verb
    ("role", "The Kessel board listed the old mill as an asset sold in May.",
     [("title", "The Kessel board listed the old mill as an asset", "2024-05")]),
    # a participle whose phrase went still goes: no clause opens before it
    ("participle", "The court dismissed a claim filed in May.",
     [("title", "A claim was filed", "2024-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_subordinate_clause_keeps_its_verb(name, body, checks):
    check_events(extract_events(article(body, "2024-06-12T15:00")), checks)
