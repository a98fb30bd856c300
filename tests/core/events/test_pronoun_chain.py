"""A "he" after a sentence that is itself about "he" stands for the person that sentence's
"he" stands for, never for a place, a law or a work named in passing there. Articles of our
own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (  # a place named at the end of a sentence about "he"
        "Angus Baird, 58, will sail the ferry for the last time on Friday.\n\n"
        "He was raised on the island and quit school at 16 to crew boats out of Tarbert. "
        "In 1984 he passed his master's ticket at the third try.",
        [
            ("title", "Angus Baird passed his master's ticket at the third try"),
            ("no-title", "Tarbert passed"),
        ],
    ),
    (  # a work's name in quotes, then a new paragraph still about him
        "Lorenzo Vitale was born in Parma in 1951.\n\n"
        'He spent four years copying the "Hercules" model of a 1712 guitar.\n\n'
        "He emigrated to Canada in 1976 and opened a workshop in Halifax.",
        [("title", "Vitale emigrated to Canada", "1976"), ("no-title", "Hercules emigrated")],
    ),
    (  # the chain ends on a sentence naming two people: no one is sure
        "Tom Kell met Sam Orr in Leeds in 1990.\n\n"
        "He moved to York in 1992. He opened a bakery there in 1995.",
        [("no-title", "Orr opened"), ("no-title", "Kell opened")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_pronoun_chain_keeps_its_person(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body)), checks)
