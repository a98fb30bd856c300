"""Whom a sentence-opening "she" or "he" stands for when the sentence before names one person
the article has shown is of the other sex (session 27, PRON8): "Baird said he had warned the
board" makes a later "she" someone else, the person the piece goes on about, or no one.
Articles of our own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

TRIAL = (
    "Prosecutors say Helen Marchetti, 58, moved $1.2m from her employer's accounts to a shell "
    "company between 2012 and 2018. Helen Marchetti denies the charges, and her lawyer says "
    "she will appeal.\n\n"
    "The scheme came to light in 2018, when the auditor Colin Baird noticed a shared post "
    "office box. Marchetti testified on Monday that the payments were a loan. Baird said he "
    "had warned the board in 2016.\n\nOn Tuesday she admitted she had never repaid any of it."
)

ARSON = (
    "Daniel Frost, 44, was charged on Friday with setting fire to a warehouse in Leith in "
    "March. Frost told police he had been at home that night.\n\n"
    "The warehouse's owner, Ruth Okafor, said she lost stock worth 200,000 pounds. Okafor has "
    "since reopened in Granton.\n\nHe is due in court next month."
)

CASES = [
    (  # the auditor said "he" of himself: her, the person the trial story goes on about
        TRIAL,
        [
            ("title", "Marchetti admitted she had never repaid any of it", "2022-02-01"),
            ("no-title", "Baird admitted"),
        ],
    ),
    (  # the owner said "she" of herself: "he" is not her, and no one else is sure
        ARSON,
        [("no-title", "Okafor is due")],
    ),
    (  # a "she" after her: the owner, as the article has shown
        ARSON.replace("He is due in court next month.", "She plans to rebuild in Leith next year."),
        [("title", "Okafor plans to rebuild in Leith", "2023")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_pronoun_skips_the_one_person_before_when_the_article_shows_the_other_sex(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


PRIZE = (
    "Grace Mbeki has spent 20 years measuring how fast the sea eats the cliffs of the east "
    "coast. Mbeki grew up in Durban and came to Hull in 2004. Mbeki still teaches there.\n\n"
    "Last week the Geological Society said it had given her its Lyell Medal. She will "
    "receive it at a dinner in London on 12 March."
)


def test_a_name_after_its_is_no_one_a_pronoun_stands_for() -> None:
    # a name after "its" is a thing the society has, not the one person the sentence names
    check_events(
        extract_events(article(PRIZE)),
        [("no-title", "Lyell Medal will"), ("title", "Mbeki came to Hull", "2004")],
    )


OBITUARY = (
    "Agnes Lowry, the potter whose blue bowls sold across Europe, has died at 88.\n\n"
    "Lowry grew up in Bristol. In 1961 she set up her first kiln in Stroud with her husband, "
    "the painter Owen Lowry, whom she had married in 1958. Lowry won the Gold Medal at Faenza "
    "in 1972.\n\n"
    "Owen Lowry died in 1990, and she moved the pottery to Bath two years later."
)

KIN_CASES = [
    (  # "her husband, the painter Owen Lowry": "she" is not him, but the potter ("whom she
        # had married" says nothing of him: "she" after no verb of saying may be anyone)
        OBITUARY,
        [("title", "Lowry moved the pottery to Bath", "1992"), ("no-title", "Owen Lowry moved")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), KIN_CASES)
def test_a_kin_word_before_a_name_tells_the_person_s_sex(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
