"""Spanish and French: a date after a participle that follows a verb's object dates the object
("El club critica la multa anunciada ayer": the fine was announced yesterday), never the
verb before it; the object's own happening takes the date, titled in the article's words
("La multa fue anunciada")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_CASES = [
    # a present verb, the participle agreeing with a feminine noun
    (
        "es",
        "El club critica la multa anunciada ayer por la federación.",
        [
            ("not-title", "El club critica la multa"),
            ("title", "La multa fue anunciada"),
            ("dated", "2025-10-07"),
        ],
    ),
    # a past verb, a plural participle and an agent between it and the date
    (
        "es",
        "La cooperativa rechazó las tarifas fijadas por el consorcio el 2 de octubre.",
        [("title", "Las tarifas fueron fijadas"), ("dated", "2025-10-02")],
    ),
    # a compound past the lexicon may not know as a verb
    (
        "es",
        "El sindicato ha impugnado los turnos aprobados el lunes.",
        [("title", "Los turnos fueron aprobados"), ("dated", "2025-10-06")],
    ),
    # a saying keeps its own date
    (
        "es",
        "La portavoz dijo el lunes que la obra terminará en mayo.",
        [("has", "2025-10-06")],
    ),
    # a noun that looks like a participle is no object's participle: the verb keeps its date
    (
        "es",
        "La orquesta agotó sus últimas entradas el viernes.",
        [("title", "La orquesta agotó sus últimas entradas"), ("dated", "2025-10-03")],
    ),
    (
        "es",
        "El equipo ganó tres de sus cinco partidos en septiembre.",
        [("has", "2025-09"), ("no-title", "fueron partidos")],
    ),
    # a participle after "durante"'s object: that object is the clause's own time
    (
        "es",
        "El alcalde defendió la tasa durante una cena organizada anoche por los comerciantes.",
        [("title", "El alcalde defendió la tasa durante una cena"), ("dated", "2025-10-07TNI")],
    ),
    # French: a state since a year is no object's happening
    (
        "fr",
        "Le fer galvanisé résiste mieux que le plomb utilisé depuis 1950.",
        [("not", "1950")],
    ),
    # the object's noun may take a name after "de"
    (
        "es",
        "Los sindicatos citan los datos del Banco de Chile publicados ayer.",
        [("title", "Los datos del Banco de Chile fueron publicados"), ("dated", "2025-10-07")],
    ),
    (
        "fr",
        "Les syndicats critiquent une étude de la Banque de France publiée en mars.",
        [("title", "Une étude de la Banque de France a été publiée"), ("dated", "2025-03")],
    ),
    # French: a present verb, a feminine participle
    (
        "fr",
        "La fédération conteste l'amende infligée hier au club.",
        [("not-title", "La fédération conteste l'amende"), ("not", "2025-10-07")],
    ),
    # an elided object pronoun before the auxiliary is no article: the verb keeps its date
    (
        "fr",
        "Le nouveau directeur l'a rouvert le mois dernier.",
        [("has", "2025-09")],
    ),
    # a preposition's object after the verb's: the plan's own happening
    (
        "fr",
        "La mairie a classé le vieux marché parmi les sites protégés dans un rapport publié en juin.",
        [("title", "Un rapport a été publié"), ("dated", "2025-06")],
    ),
    (
        "fr",
        "Le conseil municipal a annulé la hausse votée le 2 octobre.",
        [("title", "La hausse a été votée"), ("dated", "2025-10-02")],
    ),
    (
        "fr",
        "Les riverains ont attaqué les travaux autorisés lundi par la préfecture.",
        [("title", "Les travaux ont été autorisés"), ("dated", "2025-10-06")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _CASES)
def test_object_participle_dates_the_object(language: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, "2025-10-08T10:00"), checks)
