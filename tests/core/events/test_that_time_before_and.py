""" "That" before a time word, closed by "and", is the date's determiner, no clause opener
("began stripping the roof that autumn and completed the repairs in May 2021"); a verb of
saying before it still opens one ("reported that August and September were …"). Our own
sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

BODY = (
    "The chapel was damaged by a storm in the summer of 2020. Roofers began stripping the "
    "slates that autumn and completed the repairs in May 2021."
)


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (BODY, [("title", "Roofers began stripping the slates", "2020-FA"),
                ("title", "Roofers completed the repairs", "2021-05")]),
    ],
)  # fmt: skip
def test_that_before_a_time_word_and_and(body, checks):
    check_events(events_of(body, "en", "2023-11-22"), checks)
