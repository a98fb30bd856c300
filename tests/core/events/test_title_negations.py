"""Titles keep the negation or the hedge on their verb (#14, #16, session 24, helper NEG): a
title that drops "nearly" or "not" tells what did not happen. Sentences of our own.

Each case: a language, a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-05-10T12:00"
CASES = [
    # a hedge between subject and verb stays with the verb
    (
        "en-nearly",
        "en",
        "The ferry company nearly went bankrupt in 2019.",
        [
            ("title", "The ferry company nearly went bankrupt", "2019"),
            ("not-title", "The ferry company went bankrupt"),
        ],
    ),
    (
        "en-almost",
        "en",
        "The old mill almost burned down in March 1998.",
        [("title", "The old mill almost burned down", "1998-03")],
    ),
    # "not … until" another date than the event's: the negation stays
    (
        "en-not-until-other-date",
        "en",
        "The mayor said on Monday that the new pool would not be ready until next spring.",
        [
            ("title", "The mayor said the new pool would not be ready", "2024-05-06"),
            ("not-title", "The mayor said the new pool would be ready"),
        ],
    ),
    # dated by its "until": it happens then, told without the negation ("did" → past)
    (
        "en-did-not-until",
        "en",
        "The museum did not reopen until May.",
        [("title", "The museum reopened", "2024-05")],
    ),
    # … and "does" → present, not a bare "does start" that reads as if "not" were lost
    (
        "en-does-not-until",
        "en",
        "The count does not start until Friday.",
        [("title", "The count starts"), ("no-title", "does start")],
    ),
    # a fronted phrase cut after its participle: the subject is after its comma
    (
        "en-fronted-participle-by",
        "en",
        "Under the bus plan announced 18 months ago by Mary Dunn, the city signed a contract"
        " last week to buy new trams.",
        [
            ("title", "The city signed a contract to buy new trams", "2024-W18"),
            ("no-title", "by Mary Dunn"),
        ],
    ),
    # a negation inside a subject is no adverb to drop
    (
        "en-not-in-subject",
        "en",
        "Results for 2020 not available as the fund converted to a trust on June 3, 2021.",
        [("no-title", "Results available")],
    ),
    # a subject that says no one did it: no happening
    ("de-niemand", "de", "Niemand wurde bei dem Brand am Montag verletzt.", [("none",)]),
    ("es-nadie", "es", "Nadie resultó herido en el incendio del lunes.", [("none",)]),
    ("fr-aucun", "fr", "Aucun blessé n'a été signalé lundi.", [("none",)]),
    (
        "ru-nikto",
        "ru",
        "Никто из пассажиров не думал, что домой они вернутся только в мае.",
        [("none",)],
    ),
    ("uk-nikhto", "uk", "Ніхто з туристів не постраждав у понеділок.", [("none",)]),
    # what did not happen is no happening, its negation on the verb or before its particle
    ("fr-n-a-pas-eu-lieu", "fr", "Le vote n'a pas eu lieu lundi.", [("none",)]),
    ("de-fand-nicht-statt", "de", "Die Abstimmung fand am Montag nicht statt.", [("none",)]),
    ("de-fand-statt", "de", "Die Sitzung fand am Montag statt.", [("has", "2024-05-06")]),
    # "ne … qu'en 2019" is "only in 2019": without its "que" the "n'" would read as "not"
    (
        "fr-restriction",
        "fr",
        "Le musée n'a rouvert qu'en 2019.",
        [("title", "Le musée a rouvert", "2019"), ("no-title", "n'a")],
    ),
    # hedges already kept in the other languages stay kept
    (
        "es-casi",
        "es",
        "La empresa casi quebró en 2015.",
        [("title", "La empresa casi quebró", "2015")],
    ),
    (
        "uk-mayzhe",
        "uk",
        "Міст майже обвалився в понеділок.",
        [("title", "Міст майже обвалився", "2024-05-06")],
    ),
]


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_title_negations(
    name: str, language: str, body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
