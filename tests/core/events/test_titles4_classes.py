"""Titles a reader can parse (#14, session 26, helper titles4): a title ends on a whole
phrase, one clause is not fused with the next, and a pronoun opening a sentence is named
only when its antecedent is sure — told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-06T12:00"
CASES = [
    # a cut after "on whether" left the clause's link dangling: the phrase goes whole
    (
        "cut-after-whether",
        "The drivers' union said its members would be polled next week on whether to "
        "accept the revised timetable.",
        [("title", "The drivers' union's members would be polled"), ("no-title-ending", "whether")],
    ),
    (
        "short-whether-kept",
        "The board will decide on whether to sell the depot in May.",
        [("title", "The board will decide on whether to sell the depot")],
    ),
    # "X's team plans to …": the present after an owner's noun is the verb, so the clause
    # after ", and has …" is not read as its predicate
    (
        "owner-noun-plans-to",
        "Ortiz's lab plans to widen the survey to coastal farms next year, beginning with "
        "two sites in Galicia, and has asked the ministry for a grant.",
        [
            ("title", "Ortiz's lab plans to widen the survey to coastal farms"),
            ("no-title-with", "has asked"),
        ],
    ),
    (
        "owner-noun-plans-a-noun",
        "The city's housing plans to build 400 homes were approved in May.",
        [("title", "The city's housing plans to build 400 homes were approved")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_titles4_classes(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
