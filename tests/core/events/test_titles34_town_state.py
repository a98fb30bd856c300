"""A pronoun never stands for the state after a town (session 34, helper titles-ref): wire
copy names where a person is from as "Name, age, of Town, St.," and the state's abbreviation
read as a person's name took "he" ("Ill was charged"). Guards: the person named
before still takes it, and a name after a comma with no town before it still counts.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1999-05-07T12:00"
CASES = [
    (
        "from-town-state",
        "Holm, a 47-year-old driver from Galena, Ill., lost his job in April when he was "
        "charged with theft.",
        [("title", "Holm was charged with theft", "1999-04"), ("no-title-with", "Ill")],
    ),
    (
        "origin-two-word-town",
        "Brandt, 38, of Glen Falls, Mont., lost his licence in April when he was found guilty "
        "of fraud.",
        [("title", "Brandt was found guilty of fraud", "1999-04"), ("no-title-with", "Mont")],
    ),
    # guard: the person named before still takes the pronoun
    (
        "person-before-kept",
        "Coach Dana Whitcomb of the Hornets said Tuesday that she would retire in June.",
        [("title", "Whitcomb would retire", "1999-06")],
    ),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_town_state_is_no_antecedent(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
