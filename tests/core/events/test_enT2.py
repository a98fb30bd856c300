"""Titles a reader can parse on unseen English (#14, session 9, round 2, helper enT2): the
classes that failed most often in a second hand-judged draw of 120 events (60 Reuters, 60
TimeBank/AQUAINT first half), told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.titles import noun_headline
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-04-08"
CASES = [
    # a verb's -ing form before a comma opens a participle clause: the subject follows it
    (
        "participle-clause-object",
        "Leaving aside export sales, the brewery's output grew 4 pct in March.",
        [("title", "The brewery's output grew 4 pct"), ("no-title-with", "Leaving")],
    ),
    (
        "participle-clause-date",
        "Looking to 1988, the board approved higher spending at its plants.",
        [
            ("no-title-with", "Looking"),
            ("title", "The board approved higher spending at its plants"),
        ],
    ),
    (
        "participle-clause-name",
        "Expecting weak demand in Europe this year, Halvorsen cut its shipping plans.",
        [("no-title-with", "Expecting"), ("title", "Halvorsen cut its shipping plans")],
    ),
    # a gerund that is the subject keeps its words
    (
        "gerund-subject",
        "Closing of the smelter was completed in March.",
        [("title", "Closing of the smelter was completed")],
    ),
    # "and" between two capitalized words is inside a name, or joins two: no cut there
    (
        "name-and-in-noun-phrase",
        "The union filed a protest after the March 3 hearing at the Water and Power Board and "
        "because of new rules.",
        [("no-title-ending", "Water"), ("title", "Hearing at the Water and Power Board")],
    ),
    (
        "names-and-in-noun-phrase",
        "Growers were angry after the March 3 strikes at ports in Spain and Portugal and because "
        "of new rules.",
        [("title", "Strikes at ports in Spain and Portugal")],
    ),
    (
        "name-and-not-a-verb",
        "The senator went with his aide to the Annual Grain and Feed Fair in Omaha yesterday and spoke.",
        [("no-title-ending", "Grain")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enT2_titles(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # an -ing form that takes an object is a verb: its phrase names no happening
        ("leaving much of the northern fleet idle", ""),
        ("sparing its old streets from lorries", ""),
        # the noun keeps its title
        ("the shooting of a night watchman", "Shooting of a night watchman"),
        ("a meeting between the two mayors", "Meeting between the two mayors"),
    ],
)
def test_enT2_verb_with_object_is_no_noun_title(phrase: str, title: str) -> None:
    assert noun_headline(phrase) == title
