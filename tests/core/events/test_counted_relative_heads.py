"""A relative set off by a comma after a counted plural ("two wardens, who …", "six rangers,
who …") stands for that set, as one after an article does; its own date dates it. The count
is found though the words before it spell a noun too ("will hire", "will pay for")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2022-02-04T20:00"


@pytest.mark.parametrize(
    ("sentence", "checks"),
    [
        (
            "The council will hire two wardens, who start work in May.",
            [("title", "Two wardens start work", "2022-05")],
        ),
        (
            "The council hired two wardens, who started work in May.",
            [("title", "Two wardens started work", "2021-05")],
        ),
        (
            "The budget will pay for six park rangers, who will start patrolling the trails "
            "in the summer.",
            [("title", "Six park rangers will start patrolling the trails", "2022-SU")],
        ),
        # no comma: the relative only tells which hikers; no happening of theirs
        (
            "Lifeguards say they rescued two hikers who were stranded by the tide near Oxwich "
            "at about 11:20 this morning.",
            [("no-title", "Two hikers")],
        ),
    ],
)
def test_a_counted_plural_before_a_relative_is_its_subject(sentence, checks):
    check_events(extract_events(article(sentence, PUBLISHED)), checks)
