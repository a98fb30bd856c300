"""A day or month ahead right after "from" is when a change starts ("bus fares will go up by
8% from 1 July"): it dates the change; a past figure's date after "from" stays a baseline."""

from __future__ import annotations

import pytest

from tests.core.events.articles import events_of

CASES = [
    # (sentence, publication day, language, a start that must be there, one that must not)
    (
        "Bus fares in Corlund will go up by 8 percent from 1 July.",
        "2026-05-12",
        "en",
        "2026-07-01",
        None,
    ),
    (
        "Ferry tickets to Osterby will rise by 6 percent from next month.",
        "2026-05-12",
        "en",
        "2026-06",
        None,
    ),
    (
        "Pellet sales rose to 8.2 mln tonnes from 7.9 mln tonnes in March 2025.",
        "2026-05-12",
        "en",
        None,
        "2025-03",
    ),
    (
        "The mill's output will be cut to 30,000 crates from 41,000 crates as at March 31.",
        "2026-05-12",
        "en",
        None,
        "2026-03-31",
    ),
]


@pytest.mark.parametrize(("body", "published", "language", "wanted", "unwanted"), CASES)
def test_a_day_ahead_after_from_dates_the_change(
    body: str, published: str, language: str, wanted: str | None, unwanted: str | None
) -> None:
    starts = [str(e.start) for e in events_of(body, language, published) if not e.undated]
    if wanted:
        assert wanted in starts, starts
    if unwanted:
        assert unwanted not in starts, starts
