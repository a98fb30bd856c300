"""Titles a reader can parse (session 36, helper titles2).

A subject is not cut between a noun and the "of" it waits for ("This gap between the yield |
of …"); a long title is not cut between a preposition and its reciprocal ("40 miles | from
each other"); and a date dropped between a verb's object and the phrase the verb needs after it ("described
the tariff [on Monday] as a relic") does not end the title there."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import dated_titles

HEADLINES = [
    (
        "subject-noun-keeps-its-of",
        "This gap between the yield of short and long harbour bonds",
        "would narrow",
        "This gap would narrow",
    ),
    (
        "subject-name-of-kept",
        "The Bank of Varnia",
        "raised its lending rate",
        "The Bank of Varnia raised its lending rate",
    ),
    (
        "reciprocal-not-cut",
        "The two landslides",
        "struck 300 kilometers from each other but only minutes apart",
        "The two landslides struck 300 kilometers from each other",
    ),
    (
        "reciprocal-with-one-another",
        "The rival ferry crews",
        "fought 200 meters from one another for nearly three hours",
        "The rival ferry crews fought 200 meters from one another",
    ),
    (
        "reciprocal-closes-long-title",
        "The two suspected rail yard fires",
        "broke out 600 kilometers from each other but just hours apart",
        "The two suspected rail yard fires broke out 600 kilometers from each other",
    ),
    ("news-was-kept", "The news", "was broken to the crew", "The news was broken to the crew"),
    ("name-was-kept", "Harrow Mills", "was sold to a rival", "Harrow Mills was sold to a rival"),
]


@pytest.mark.parametrize(
    "subject, predicate, title", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES]
)
def test_whole_title(subject: str, predicate: str, title: str) -> None:
    assert headline(subject, predicate) == title


DATED = [
    (
        "described-as-after-date",
        "Ada Mirsk described the old toll on Monday as a relic of the war.",
        ("2013-05-06", "Ada Mirsk described the old toll as a relic of the war"),
    ),
    (
        "turned-into-after-date",
        "The council turned the old granary in 1990 into flats for nurses.",
        ("1990", "The council turned the old granary into flats for nurses"),
    ),
    (
        "placed-on-after-date",
        "The minister placed the pier last week on the list of protected sites.",
        ("2013-W18", "The minister placed the pier on the list of protected sites"),
    ),
    (
        "no-complement-still-ends",
        "Ada Mirsk repaired the old toll booth on Monday as the storm passed.",
        ("2013-05-06", "Ada Mirsk repaired the old toll booth"),
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in DATED], ids=[c[0] for c in DATED])
def test_complement_after_date(text: str, expected: tuple) -> None:
    assert expected in dated_titles(text, "en", "2013-05-10")
