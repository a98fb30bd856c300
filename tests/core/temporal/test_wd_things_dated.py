"""Wrong dates (#14): the founding or building year of a thing named in passing is no time a
story goes on from. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

WINTER_25 = date(2025, 2, 3)

ORIGIN_ASIDES = [
    (
        "en",
        "The levee broke on 12 March 2001. The mill, built in 1860, was under water two days later.",
        ("two days later", "2001-03-14"),
    ),
    (
        "en",
        "Sales collapsed in the spring of 2019. The shop, founded in 1952 by her aunt, shut that June.",
        ("June", "2019-06"),
    ),
    (
        "en",
        "In the summer of 1961 she opened a bakery near a chapel which dates from 1702. She had "
        "come from Cork three years earlier.",
        ("three years earlier", "1958"),
    ),
    (
        "fr",
        "En 1990, la digue a cédé. L'usine, fondée en 1911 par un armateur, a fermé deux ans plus tard.",
        ("deux ans plus tard", "1992"),
    ),
    (
        "es",
        "En 1990 se rompió el dique. La fábrica, fundada en 1911 por un armador, cerró al año "
        "siguiente.",
        ("al año siguiente", "1991"),
    ),
    # the main clause's own founding is the story's time
    ("en", "The club was founded in 1952. Two years later it won the cup.", ("Two years later", "1954")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), ORIGIN_ASIDES)
def test_a_things_founding_year_in_passing_leaves_the_story_where_it_was(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = {t.text: t.value for t in tag(text, WINTER_25, lang)}
    phrase, value = expected
    assert found.get(phrase) == value, found


SPRING_24 = date(2024, 4, 8)

# A model's name, capitals joined to a number by a hyphen, is no year, however near.
MODEL_NAMES = [
    ("The firm will show its new KT-2030 pump at a fair on May 14.", [("May 14", "2024-05-14")]),
    ("The RX-2026 replaces a model the firm bought in 2019.", [("2019", "2019")]),
    ("Orders for the ZB-1998 scanner rose.", []),
    # a year's own capitals, and a date written in capitals, stay years
    ("Revenue for FY-2023 rose.", [("2023", "2023")]),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_NAMES)
def test_a_models_number_is_no_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, SPRING_24, "en")] == expected


SUMMER_19 = date(2019, 7, 30)

# A relative clause set off by commas tells a person or thing in passing: its date is not the
# story's, and a yearless month after it is the news's own.
RELATIVE_ASIDES = [
    (
        "en",
        "The mayor, who took office in May 2017, cut the budget in March.",
        ("March", "2019-03"),
    ),
    (
        "fr",
        "La directrice, qui a été nommée en mai 2017, a supprimé le budget en mars.",
        ("mars", "2019-03"),
    ),
    (
        "ru",
        "Мэр, который вступил в должность в мае 2017 года, сократил бюджет в марте.",
        ("марте", "2019-03"),
    ),
    # the story's own date is still the story's time
    ("en", "The mayor took office in May 2017 and cut the budget in September.", ("September", "2017-09")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_ASIDES)
def test_a_relative_clauses_date_is_told_in_passing(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = {t.text: t.value for t in tag(text, SUMMER_19, lang)}
    phrase, value = expected
    assert found.get(phrase) == value, found
