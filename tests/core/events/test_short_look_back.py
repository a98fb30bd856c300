"""A look back shorter than the period it counts from stays in that period: "opened in 1997.
A week earlier …" is 1997, not 1996."""

import pytest

from tests.core.events.articles import check_events, events_of

LOOK_BACKS = [
    # a look back shorter than the period it counts from stays inside that period
    (
        "The ferry line opened in 1997. A week earlier the first boat had arrived.",
        [("not", "1996")],
    ),
    (
        "The ferry line opened in May 1997. Two days earlier the first boat had arrived.",
        [("not", "1997-04"), ("not", "1997-04-29")],
    ),
    # a longer one, or one from a day, is counted
    (
        "The ferry line opened in 1997. Two years earlier the first boat had arrived.",
        [("has", "1995")],
    ),
    (
        "The ferry line opened on 3 May 1997. Two days earlier the first boat had arrived.",
        [("has", "1997-05-01")],
    ),
]


@pytest.mark.parametrize(("text", "checks"), LOOK_BACKS)
def test_a_short_look_back_from_a_period_stays_in_it(text, checks):
    check_events(events_of(f"A headline\n\n{text}", "en", "2020-07-03"), checks)
