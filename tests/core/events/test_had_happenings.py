""" "Have" with a noun that names one happening tells that happening ("will have its premiere
in June", "had talks on Monday"), not a thing held ("had net profit of 3 mln"); and "will
have" before an article or a possessive looks ahead, no perfect ("would have won" looks
back). Our own sentences."""

from __future__ import annotations

import pytest

from core.events.states import is_state
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("A film about the Lomond rowers will have its premiere in Perth in June.",
         [("title", "will have its premiere", "2022-06"), ("not", "2021-06")]),
        ("The two mayors had talks in Tallinn on Monday.",
         [("title", "The two mayors had talks in Tallinn", "2022-01-31")]),
        ("The rugby club had a crisis meeting on Tuesday.",
         [("title", "The rugby club had a crisis meeting", "2022-02-01")]),
        # a thing held stays a state
        ("Brenvale Foods had net profit of 3 mln dlrs in 2021.", [("none",)]),
    ],
)  # fmt: skip
def test_have_with_a_happening_noun(body, checks):
    check_events(events_of(body, "en", "2022-02-04"), checks)


@pytest.mark.parametrize(
    ("predicate", "state"),
    [
        ("will have its premiere in Perth", False),
        ("had talks with the union", False),
        ("had net profit of 3 mln", True),
        ("has a strike fund of 2 mln", True),  # a happening noun describing another noun
        ("had the right to appeal", True),
    ],
)
def test_what_is_had(predicate, state):
    assert is_state(predicate, "en", "2022-03-03") is state
