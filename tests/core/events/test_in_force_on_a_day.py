"""A condition a form of "be" holds on one day is a happening that day ("The gale warning is
in force from 6am until 8pm today"), as "will remain closed on Monday" is; over a longer
time, or with no date, it stays a state. Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("A yellow ice warning covering the moors is in force from 6am until 8pm today.",
         [("title", "A yellow ice warning covering the moors is in force", "2022-02-04T06:00")]),
        ("The ban on open fires is in force today.", [("has", "2022-02-04")]),
        # no day: a state
        ("The hosepipe ban has been in force since 2019.", [("none",)]),
        ("The curfew is in force.", [("none",)]),
    ],
)  # fmt: skip
def test_a_condition_held_on_a_day(body, checks):
    check_events(events_of(body, "en", "2022-02-04"), checks)
