"""One happening, one event: a medium's participle does not repeat what its clause told on the
same date (``core.events.repeats``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
MEDIA = [
    ("statement-fronted", "In a statement issued on Friday, the bakery chain blamed a flour shortage for the closures.", [("title", "The bakery chain blamed a flour shortage for the closures", "1994-03-04"), ("no-title", "was issued")]),
    ("interview-fronted", "In an interview published on Tuesday, the goalkeeper said he would retire.", [("title", "said he would retire", "1994-03-08"), ("no-title", "was published")]),
    ("letter-after-said", "The ferry line said in a letter sent on Monday that it would drop the winter timetable.", [("title", "would drop the winter timetable", "1994-03-07"), ("no-title", "was sent")]),
    ("lawsuit-by", "The takeover was challenged by a lawsuit filed this week.", [("title", "The takeover was challenged", "1994-W10"), ("no-title", "was filed")]),
    # a claim is no medium: the money came later than the claim was lodged
    ("claim-kept", "The co-operative has recovered 12,000 pounds through a claim lodged in 1991.", [("title", "A claim was lodged", "1991")]),
    # the clause takes no date of the deal's: the deal's own happening
    ("deal-kept", "Under a deal signed on Monday, the port will lease two cranes.", [("title", "A deal was signed", "1994-03-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in MEDIA], ids=[c[0] for c in MEDIA])
def test_a_medium_is_not_a_second_happening(body: str, checks: list[tuple[str, ...]]) -> None:
    from core.events.extract import extract_events

    check_events(extract_events(article(body, PUBLISHED)), checks)
