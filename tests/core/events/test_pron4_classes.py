"""Who "he" or "she" stands for in a profile (session 25, PRON4): the person the lead names
after a short phrase set off by a comma ("At 70, Ruth Calder …") is the one the piece is about,
and no one the next sentence calls by the other pronoun, nor her "former assistant, Lee Park",
takes her "she" from her. Articles of our own, each checked for the title a reader sees."""

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


OTHER_PERSON_CASES = [
    (  # the husband the next sentence calls "he" is no rival for her later "she"
        "Ida Moss, a chemist who mapped river silt, has died aged 90.\n\nIda Moss was born in "
        "Hull in 1932. She studied in York, where she rowed for her college. She wed the "
        "surveyor Carl Moss in 1955. He died in 2001.\n\nIn 1960 she joined a survey of the "
        "Humber estuary.",
        [
            ("title", "Carl Moss died", "2001"),
            ("title", "Ida Moss joined a survey of the Humber estuary", "1960"),
        ],
    ),
    (  # the same after a quote and its speaker
        "Ida Moss, a chemist who mapped river silt, has died aged 90.\n\nIda Moss was born in "
        "Hull in 1932. She studied in York, where she rowed for her college. She wed the "
        "surveyor Carl Moss in 1955. He died in 2001.\n\nHer first paper was ignored. It "
        'showed that the silt was moving.\n\n"She was not upset," said her former assistant, '
        'Lee Park. "She was only bored."\n\nIn 1970 she became head of the river laboratory.',
        [("title", "Ida Moss became head of the river laboratory", "1970")],
    ),
    (  # a woman the next sentence calls "she" stays a rival for a "he"
        "Tom Vale, a chemist who mapped river silt, has died aged 90.\n\nTom Vale was born in "
        "Hull in 1932. He studied in York, where he rowed for his college. He hired Ann Tate "
        "in 1955. She ran his laboratory until 1980.",
        [("no-title", "Vale ran")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), OTHER_PERSON_CASES)
def test_a_person_called_by_the_other_pronoun_is_no_rival(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
