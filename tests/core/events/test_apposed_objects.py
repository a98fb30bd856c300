"""An object's name set off by commas before the infinitive its verb takes ("asked the
assistant coach, Marta Lind, to take charge"): the title keeps what was asked, with the name
in a headline's short form, not "asked the assistant coach" cut at the first comma. In invented
sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-03-08T10:00"  # a Friday
CASES = [
    (
        "asked-name-to",
        "On Friday the rowing club asked its assistant coach, Marta Lindqvist, to take charge"
        " of the squad.",
        [
            ("title", "The rowing club asked Lindqvist to take charge of the squad", "2024-03-08"),
            ("not-title", "The rowing club asked its assistant coach"),
        ],
    ),
    (
        "urged-name-to",
        "The parish council on Tuesday urged the county surveyor, Owen Pritchard, to inspect"
        " the footbridge.",
        [("title", "Owen Pritchard to inspect the footbridge", "2024-03-05")],
    ),
    # the commas close an aside that is no name, or no infinitive follows: cut as before
    (
        "name-then-no-infinitive",
        "On Monday the mayor met the harbour master, Tomas Berg, at the quay.",
        [("title", "The mayor met the harbour master", "2024-03-04")],
    ),
    (
        "relative-not-a-name",
        "On Monday the board asked the treasurer, who had resigned, to stay until May.",
        [("no-title-with", "who had resigned")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_apposed_name_keeps_the_infinitive(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(body, "en", PUBLISHED), checks)


def test_a_title_runs_a_little_long_rather_than_lose_what_was_asked() -> None:
    body = (
        "The trustees on Tuesday asked two auditors from a Leeds firm to examine the tour accounts."
    )
    check_events(
        events_of(body, "en", PUBLISHED),
        [
            (
                "title",
                "The trustees asked two auditors from a Leeds firm to examine the tour accounts",
                "2024-03-05",
            ),
            ("not-title", "The trustees asked two auditors from a Leeds firm"),
        ],
    )


def test_a_verb_of_asking_after_the_cut_leaves_the_cut_alone() -> None:
    body = (
        "The harbour trust's chairwoman, Greta Olafsdottir, says she phoned the ferry depot on"
        " Wednesday urging its night crews to accept the new rota."
    )
    check_events(
        events_of(body, "en", PUBLISHED),
        [("title", "phoned the ferry depot", "2024-03-06"), ("no-title-with", "Wednesday")],
    )
