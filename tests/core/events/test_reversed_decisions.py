""" "Reversed" before a figure's turn makes the date after it the figure's ("reversing a loss a
year earlier"), but a decision, a ruling or a verdict reversed is a happening of its own, on
the date after it ("The board reversed its ruling three months later"). Our own sentences,
published 1 September 2019."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2019-09-01T18:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("The county board banned night fishing on the lake in March 1979. The board "
         "reversed its ruling three months later.",
         [("title", "The board reversed its ruling", "1979-06")]),
        ("The appeal court reversed the verdict on Tuesday.",
         [("title", "The appeal court reversed the verdict", "2019-08-27")]),
        # a figure's turn: the earlier year is the loss's, not the profit's
        ("The brewer posted a profit in 2016, reversing a loss a year earlier.",
         [("not", "2015")]),
    ],
)  # fmt: skip
def test_a_reversed_decision_is_dated(text, checks):
    check_events(events_of(text, "en", PUBLISHED), checks)
