"""A date a thing was moved to or from ("shifted its fiscal year end to September 30 from March
31", "moved the meeting to May 5 from April 28") is the thing's old or new date, not when it was
moved; a day the move was made on still dates it. Our own sentences, published Wednesday 25
March 1987."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    body = f"Story\n\n{text}"
    document = Document("/x.txt", "Story", body, "1987-03-25T12:00", "header", "x", 0)
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harwell Tools said it shifted the close of its financial year to June 30 from March 31.", []),
        ("The club moved its annual dinner to May 5 from April 28.", []),
        ("The agency changed its base year to 1985 from 1975 last month.",
         [("1987-02", "The agency changed its base year to 1985 from 1975")]),
        ("The board on Monday moved the meeting to May 5.",
         [("1987-03-23", "The board moved the meeting to May 5")]),
    ],
)  # fmt: skip
def test_a_moved_things_dates_are_not_the_moves(text, expected):
    assert _events(text) == expected
