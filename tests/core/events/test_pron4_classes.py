"""Who "he" or "she" stands for in a profile (session 25, PRON4): the person the lead names
after a short phrase set off by a comma ("At 70, Ruth Calder …") is the one the piece is about.
Articles of our own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

TOPIC_CASES = [
    (  # "she" after a sentence that names her husband: still the woman the lead names
        "By Sam Orr | 2 May 2019\n\nAt 70, Ruth Calder still winds every clock in her shop by "
        "hand. She has no staff.\n\nWhen the mill closed in 1980, Calder, then 31, opened a "
        "stall. She and her late husband, Joe, ran it for years.\n\nIn 1995 she opened her "
        "first shop on Mill Street.",
        [("title", "Calder opened her first shop on Mill Street", "1995")],
    ),
    (  # "she" after a sentence that names her uncle
        "At 70, Ruth Calder still winds every clock in her shop by hand. She has no staff.\n\n"
        "Calder learned the trade from her uncle, Peter Moss. In 1975 she opened her first "
        "shop on Mill Street.",
        [("title", "Calder opened her first shop on Mill Street", "1975")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), TOPIC_CASES)
def test_the_lead_may_name_its_person_after_a_short_phrase(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
