"""French and Spanish classes of session 27 (branch fres), each in sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events


def _events(body: str, language: str, published: str = "2024-06-19"):
    return extract_events(article(body, published, language))


# A Spanish sentence opened by a participle's phrase with its date: the date is the phrase's,
# never the main clause's; a finite past opening the sentence keeps its own date.
@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "Nombrada en 1987 por el gobierno, la jueza preside ahora el tribunal de Soria.",
            [("not", "1987")],
        ),
        (
            "Construido en 1931, el mercado cerró sus puertas en marzo.",
            [("title", "El mercado cerró sus puertas", "2024-03"), ("not", "1931")],
        ),
        (
            "Rosa Ibarra dirigió la banda durante años. Nació en Burgos en 1950, hija de un"
            " herrero, y tocó el clarinete desde niña.",
            [("title", "nació en Burgos", "1950")],
        ),
    ],
)
def test_es_fronted_participle_date_stays_in_its_phrase(body: str, checks) -> None:
    check_events(_events(body, "es"), checks)


# A common given name opening a sentence before a surname is part of the person's name, in
# the title and for the pronoun of the next sentence.
@pytest.mark.parametrize(
    ("body", "language", "checks"),
    [
        (
            "Paul Girard a vendu sa quincaillerie. Il a acheté une ferme en mars.",
            "fr",
            [("title", "Paul Girard a acheté une ferme", "2024-03")],
        ),
        (
            "Claire Vasseur a ouvert un atelier de reliure en 2019.",
            "fr",
            [("title", "Claire Vasseur a ouvert un atelier de reliure", "2019")],
        ),
        (
            "Pablo Iriarte vendió su barco. En 2019 compró una granja en Soria.",
            "es",
            [("title", "Pablo Iriarte compró una granja", "2019")],
        ),
    ],
)
def test_given_name_stays_in_title(body: str, language: str, checks) -> None:
    check_events(_events(body, language), checks)


# "le 2 mars de cette année-là", "de l'année suivante": the year of the last date told; and a
# simple past in "-it" ("vendit", "éteignit") is the clause's verb, no participle.
@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "La scierie ferma en 1984. Le 2 mars de cette année-là, Paul Girard vendit ses bois.",
            [("title", "Paul Girard vendit ses bois", "1984-03-02"), ("not", "2024-03-02")],
        ),
        (
            "La scierie ferma en 1984. Le 5 mai de l'année suivante, la commune racheta le site.",
            [("title", "La commune racheta le site", "1985-05-05")],
        ),
        (
            "Paul Girard vendit la ferme et quitta le village le 30 juin 1996.",
            [("title", "Paul Girard vendit la ferme", "1996-06-30")],
        ),
    ],
)
def test_fr_story_year_anaphor_and_simple_past(body: str, checks) -> None:
    check_events(_events(body, "fr"), checks)


# A Spanish agency dateline in small letters with a short date ("Soria, 9 mar 2022 (EFE).-")
# dates the story, and its place is no subject.
def test_es_short_dateline_is_no_subject() -> None:
    body = (
        "Soria, 9 mar 2022 (EFE).- La cooperativa de Almazán ha presentado este miércoles un"
        " recurso contra el cierre del matadero."
    )
    check_events(
        _events(body, "es", "2022-03-09"),
        [("title", "La cooperativa de Almazán ha presentado un recurso", "2022-03-09"),
         ("no-title", "Soria")],
    )  # fmt: skip
