"""Whom a "she" stands for when other people are named between (session 26, PRON7): in a
profile, a passer-by named once, after an article and a word that says what the person does
("the architect Colin Baird") or after a preposition, never the subject of a sentence and not
in the sentence before, gives way to the person the piece names again and again; where no
lead opens on anyone, the pronoun goes on about the last person named as a sentence's subject
when that person is named at least three times. Articles of our own, each checked for the
title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PROFILE = (
    "Marta Oyelaran keeps her first loom in the hall of her cottage. She is 71.\n\n"
    "Oyelaran grew up in Ibadan and came to Glasgow in 1975. In 1980 she began an "
    "apprenticeship with the weaver Duncan Ferrie.\n\n"
    "Her first big commission came in 1992, when the architect Colin Baird asked her for a "
    "tapestry for a new library. Commissions followed from churches across Scotland.\n\n"
    "In 2004 she opened a school for weavers. Two years later she won the Saltire award. "
    "Oyelaran retired last year."
)

PASSER_BY_CASES = [
    (  # the architect, named once after "the architect", no sentence's subject: her
        PROFILE,
        [
            ("title", "Oyelaran opened a school for weavers", "2004"),
            ("title", "Oyelaran won the Saltire award", "2006"),
        ],
    ),
    (  # the architect named twice: he stays a rival, and "she" stays as written
        PROFILE.replace("for a new library.", "for a new library Baird had designed.").replace(
            "Colin Baird", "Robin Baird"
        ),  # (a given name that tells no sex: "Colin" would be no rival for "she")
        [("title", "She opened a school for weavers", "2004"), ("no-title", "Oyelaran opened")],
    ),
    (  # the architect opens his sentence as its subject: a rival too
        PROFILE.replace(
            "Her first big commission came in 1992, when the architect Colin Baird asked her",
            "The architect Robin Baird asked her in 1992",
        ),
        [("title", "She opened a school for weavers", "2004"), ("no-title", "Oyelaran opened")],
    ),
    (  # (session 30) a rival whose given name says he is a man is no rival for "she"
        PROFILE.replace("for a new library.", "for a new library Baird had designed."),
        [("title", "Oyelaran opened a school for weavers", "2004")],
    ),
    (  # the piece names its person only twice: not sure enough whom it is about
        PROFILE.replace("Oyelaran retired last year.", "She retired last year."),
        [("title", "She opened a school for weavers", "2004"), ("no-title", "Oyelaran opened")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), PASSER_BY_CASES)
def test_a_passer_by_named_once_gives_way_to_the_person_a_profile_is_about(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


TRIAL = (
    "Prosecutors say Helen Marchetti, 58, moved $1.2m from the school district's accounts to "
    "a shell company between 2012 and 2018. Helen Marchetti denies the charges.\n\n"
    "The scheme came to light in 2018, when the auditor Colin Baird noticed a shared post "
    "office box. Marchetti testified on Monday that the payments were a loan. The district "
    "has since changed its auditors.\n\nOn Tuesday she admitted she had never repaid any of it."
)

MAIN_PERSON_CASES = [
    (  # no lead opens on her, but she is named three times, last as a sentence's subject
        TRIAL,
        [("title", "Marchetti admitted she had never repaid any of it", "2022-02-01")],
    ),
    (  # last named inside what the jury heard: not sure enough
        TRIAL.replace(
            "Marchetti testified on Monday that the payments were a loan.",
            "The jury heard on Monday that Marchetti saw the payments as a loan.",
        ),
        [("title", "She admitted she had never repaid any of it", "2022-02-01")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), MAIN_PERSON_CASES)
def test_a_pronoun_goes_on_about_the_last_person_named_as_a_subject_when_named_often(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
