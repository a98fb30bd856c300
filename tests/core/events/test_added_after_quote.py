"""What a speaker went on to tell after a quote (session 32, recall-en): "“…,” she said, adding
that the trustees would study the bids in December" — the quote gives nothing of its own, but
the clause after "adding that" tells a happening on its date. In invented sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-11-06T10:00"
CASES = [
    (
        "plan-in-a-month",
        '"We will decide in the spring," she said, adding that the trustees would study the'
        " bids at a meeting in December.",
        [("title", "The trustees would study the bids at a meeting", "2024-12")],
    ),
    (
        "past-in-a-month",
        '"It was a hard year," Ana Ruiz said, adding that sales fell in March.',
        [("title", "Sales fell", "2024-03")],
    ),
    # the quote itself still gives nothing
    ("quote-alone", '"We will decide in December," she said.', [("none",)]),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_added_after_quote(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
