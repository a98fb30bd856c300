"""A span counted back from the news itself (session 32, recall-en): "The strike comes a year
after a crane collapsed" — the news is now, so the clause after the span took place the span
before publication, in the span's precision; a past "came" tells no day to count from. In
invented sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2022-02-04T10:00"
CASES = [
    (
        "a-year",
        "The strike comes a year after a crane collapsed at the depot, injuring two workers.",
        [("title", "A crane collapsed at the depot", "2021-02")],
    ),
    (
        "two-months",
        "The figures come two months after Norland bought out a Danish rival.",
        [("title", "Norland bought out a Danish rival", "2021-12")],
    ),
    (
        "past-verb-tells-no-day",
        "The share sale came a week after Norland posted quarterly results.",
        [("none",)],
    ),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counted_from_now(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
