"""A plain present after a plural noun, with "today", "tonight" or "tomorrow" right after it,
is the clause's verb: the day an arranged happening takes place ("Schools reopen today")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2022-02-04T20:00"


@pytest.mark.parametrize(
    ("sentence", "checks"),
    [
        (
            "Ferry crossings resume tomorrow morning.",
            [("title", "crossings resume", "2022-02-05TMO")],
        ),
        ("Libraries reopen today after the flood.", [("title", "Libraries reopen", "2022-02-04")]),
        ("Talks resume tomorrow in Oslo.", [("title", "Talks resume in Oslo", "2022-02-05")]),
        # a state told of now stays none
        ("Rents today are higher than a year ago.", [("none",)]),
    ],
)
def test_a_plural_present_before_a_day_word(sentence, checks):
    check_events(extract_events(article(sentence, PUBLISHED)), checks)
