"""Recall classes of session 9's clause helper (enC): a clause with a date and a verb that gave
no event because its verb was not read, each fixed as a general rule, told in our own sentences.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Friday" is the 6th gone by, "Saturday" the 14th ahead.
CASES = [
    # a relative's verb after a link adverb ("who also", "which then") is its verb
    ("who-also", "2026-03-10", "The board thanked Ann Roe, who also resigned in December, for her work.", [("title", "Ann Roe resigned", "2025-12")]),
    ("which-then", "2026-03-10", "Orders went to Kestrel Foods, which then closed its Leeds depot on Friday.", [("title", "closed its Leeds depot", "2026-03-06")]),
    # a present after "who", as after "which", is the relative's verb
    ("who-present", "2026-03-10", "The envoy, Tom Hale, who flies to Oslo on Saturday for talks, said the plan was sound.", [("title", "Hale flies to Oslo", "2026-03-14")]),
    # ... not a list's last name, whose verb it is not sure
    ("who-present-list", "2026-03-10", "The deal links Tom Hale and Ann Roe, who chairs the fund, since May.", [("no-title", "Roe chairs")]),
    # a third person after a determiner and a noun that is only a noun is the verb, whatever
    # follows it
    ("present-bare-object", "2026-03-10", "The appointment takes effect on Friday.", [("title", "The appointment takes effect", "2026-03-13")]),
    # ... not before another verb, where it is the noun ("The bus stops were moved")
    ("present-noun-before-verb", "2026-03-10", "The city bus stops were moved on Friday.", [("title", "The city bus stops were moved", "2026-03-06")]),
    # after "was" a verb whose past and participle are its lemma ("hit", "put", "cut") is a
    # participle: something was done, no state
    ("passive-hit", "2026-03-10", "The ferry Orla was hit by a storm on Friday.", [("title", "The ferry Orla was hit by a storm", "2026-03-06")]),
    ("passive-put", "2026-03-10", "Lomax's bonds were put on review on Monday.", [("title", "Lomax's bonds were put on review", "2026-03-09")]),
    # ... a state still after "was" when no verb follows it ("was one of")
    ("be-state", "2026-03-10", "Output was one of the lowest on record in 2025.", [("none",)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_enC(name: str, published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)
