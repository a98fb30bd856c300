"""A possessive in what a subject said, the subject cut off by its relative ("The chain,
which runs 90 shops, said its staff spotted …"), stands for that subject, as "it" does.
Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("The bakery chain, which runs 90 shops, said its engineers found the leak on "
         "October 19 and took the card terminals offline two days later.",
         [("title", "The bakery chain's engineers found the leak", "2023-10-19"),
          ("title", "The bakery chain's engineers took the card terminals offline", "2023-10-21")]),
        ("The brewer, which is based in Leeds, said its board approved the sale on Monday.",
         [("title", "The brewer's board approved the sale", "2023-11-20")]),
    ],
)  # fmt: skip
def test_a_possessive_after_a_relative_aside(body, checks):
    check_events(events_of(body, "en", "2023-11-22"), checks)
