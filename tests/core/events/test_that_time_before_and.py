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


def test_an_offset_from_a_plan_is_no_time_a_later_that_points_at():
    body = (
        "The mill was closed for good on 30 June 2019, two years earlier than planned. "
        "Workers began removing the looms that autumn and finished in May 2020."
    )
    check_events(
        events_of(body, "en", "2025-01-22"),
        [("title", "Workers began removing the looms", "2019-FA"), ("not", "2017-FA")],
    )
