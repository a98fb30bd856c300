"""A future seen from the past ("would") takes no period gone by that follows it: that period
is a thing's the clause names (``core.events.past_future``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

PUBLISHED = "2031-06-13T20:00"


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        # the object's period, years before the saying
        ("The Kelmar tribunal said Friday it would examine the burning of the Osten granary "
         "nearly three years ago.", "2028"),
        ("The Pellan council said it would review the closure of the ferry line in 2027.", "2027"),
        # a month gone by before the saying's own day
        ("The Harlow brewer said on Tuesday that its new plant would open in May.", "2031-05"),
        # a debt's, a figure's period
        ("Dunmore said the sale's cash would pay off what it borrowed to buy "
         "Vexa Foods last October.", "2030-10"),
        # a condition's yardstick (a guard: gives no event with or without the rule)
        ("If confirmed, the count would make the crash the deadliest since a barge went down on the "
         "Arlen river last September.", "2030-09"),
    ],
)  # fmt: skip
def test_no_gone_period_after_would(body: str, gone: str) -> None:
    events = starts_and_titles(body, PUBLISHED)
    assert all(not start.startswith(gone) for start, _ in events), events


@pytest.mark.parametrize(
    ("body", "start", "title"),
    [
        # a day stays: a plan reported, and kept
        ("The Verro union said the strike would begin on June 9.", "2031-06-09",
         "The strike would begin"),
        # a saying's date before the "would" stays the saying's
        ("Halden Mills announced last September it would buy the Rask paper works.", "2030-09",
         "Halden Mills would buy the Rask paper works"),
        # a period still to come stays
        ("The Pellan council said it would review the ferry line next year.", "2032",
         "The Pellan council would review the ferry line"),
    ],
)  # fmt: skip
def test_dates_kept(body: str, start: str, title: str) -> None:
    assert (start, title) in starts_and_titles(body, PUBLISHED)
