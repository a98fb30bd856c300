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
        (
            "Marta Olaizola restauró el molino en 2021.",
            "es",
            [("title", "Marta Olaizola restauró el molino", "2021")],
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


# Two actors joined, each with its article, make a subject too long for the usual cut: the
# title keeps both rather than giving none (a name's "and" is no such pair).
@pytest.mark.parametrize(
    ("body", "language", "checks"),
    [
        (
            "El ayuntamiento vecino y la cooperativa agrícola local firmaron el lunes un convenio.",
            "es",
            [
                (
                    "title",
                    "El ayuntamiento vecino y la cooperativa agrícola local firmaron",
                    "2024-06-17",
                )
            ],
        ),
        (
            "Le syndicat intercommunal et la coopérative laitière locale ont signé lundi un accord.",
            "fr",
            [
                (
                    "title",
                    "Le syndicat intercommunal et la coopérative laitière locale ont signé",
                    "2024-06-17",
                )
            ],
        ),
        (
            "The regional government and the national transport ministry signed an agreement on"
            " Monday.",
            "en",
            [
                (
                    "title",
                    "The regional government and the national transport ministry signed",
                    "2024-06-17",
                )
            ],
        ),
        (
            "Full name Kestrel City and District Savings Bank reported on Monday a loss.",
            "en",
            [("no-title", "City and District")],
        ),
    ],
)
def test_two_joined_actors_keep_their_title(body: str, language: str, checks) -> None:
    check_events(_events(body, language), checks)


# A Spanish sentence opened by a lone participle and its comma leaves its subject out: the
# participle is no subject ("Jubilada, vendió …"), a name that looks like one still is.
@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "Nuria Arce cosió uniformes durante treinta años. Jubilada, abrió una mercería"
            " en marzo.",
            [("title", "Nuria Arce abrió una mercería", "2024-03"), ("no-title", "Jubilada")],
        ),
        (
            "El portavoz, Iñaki Herrero, dejó el grupo. Herrero, sin embargo, votó el martes"
            " con el gobierno.",
            [("title", "Herrero votó con el gobierno", "2024-06-18")],
        ),
    ],
)
def test_es_lone_participle_opener_is_no_subject(body: str, checks) -> None:
    check_events(_events(body, "es"), checks)
