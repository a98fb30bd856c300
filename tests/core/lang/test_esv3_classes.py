"""Spanish and French clauses the app did not date (session 25, ESV3): a present going on
"desde este martes" / "depuis mardi" (it began that day), a relative "que" after a comma with
its date before the verb ("…, que el lunes presentó", no comparison's "que"), and a participle
aside with a bare day ("El temporal, declarado el martes, …": the aside's day, and the main
clause's own). Sentences of our own, published on Friday 10 May 2024."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-05-10T09:00"

SINCE_CASES = [
    (  # a present right before "desde": the talks began that day
        "El Partido Verde negocia desde este martes con los regionalistas para gobernar.",
        "es",
        [("title", "El Partido Verde negocia con los regionalistas", "2024-05-07")],
    ),
    (
        "La carretera de la costa está cortada desde el lunes por un desprendimiento.",
        "es",
        [("title", "La carretera de la costa está cortada", "2024-05-06")],
    ),
    (  # a record's baseline, a running total: no happening that day
        "Es la mayor caída desde el lunes.",
        "es",
        [("not", "2024-05-06")],
    ),
    ("El índice sube un 3 % desde el lunes.", "es", [("not", "2024-05-06")]),
    (
        "Les infirmiers négocient depuis mardi avec la direction de la clinique.",
        "fr",
        [("title", "Les infirmiers négocient avec la direction de la clinique", "2024-05-07")],
    ),
    (
        "La route du col est fermée depuis lundi à cause des avalanches.",
        "fr",
        [("title", "La route du col est fermée", "2024-05-06")],
    ),
    ("C'est la plus forte baisse depuis lundi.", "fr", [("not", "2024-05-06")]),
    ("L'indice recule de 3 % depuis lundi.", "fr", [("not", "2024-05-06")]),
]


@pytest.mark.parametrize(("body", "language", "checks"), SINCE_CASES)
def test_a_present_going_on_since_a_day_began_that_day(
    body: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body, PUBLISHED, language)), checks)


RELATIVE_CASES = [
    (  # "que" after a comma opens a relative: its date dates its verb
        "La conservera, que el lunes presentó un expediente de regulación, cerrará la planta.",
        [("title", "La conservera presentó un expediente de regulación", "2024-05-06")],
    ),
    (
        "Los vecinos recurrieron a Marta Gil, que en 2010 fundó la cooperativa.",
        [("title", "Marta Gil fundó la cooperativa", "2010")],
    ),
    (  # a comparison's "que": the day is the yardstick, no happening then
        "La Bolsa ha subido más que el lunes.",
        [("not", "2024-05-06")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), RELATIVE_CASES)
def test_a_relative_que_after_a_comma_is_no_comparison(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body, PUBLISHED, "es")), checks)


ASIDE_CASES = [
    (  # the aside's day is the noun's; the main clause keeps its own and its subject
        "El temporal, declarado el martes, ha obligado este viernes a cerrar los puertos.",
        "es",
        [
            ("title", "El temporal fue declarado", "2024-05-07"),
            ("title", "El temporal ha obligado a cerrar los puertos", "2024-05-10"),
        ],
    ),
    (  # a past after the comma is the clause's verb, no aside
        "Juan Pérez, que en 2010 fundó la empresa, dimitió ayer.",
        "es",
        [("title", "Juan Pérez dimitió", "2024-05-09")],
    ),
    (  # a period's start is no happening
        "La agencia confirmó ayer que el año hidrológico, iniciado el 1 de octubre, es muy seco.",
        "es",
        [("not", "2023-10-01")],
    ),
    (
        "La tempête, déclarée mardi, a obligé vendredi à fermer les ports.",
        "fr",
        [
            ("title", "La tempête a été déclarée", "2024-05-07"),
            ("title", "La tempête a obligé à fermer les ports", "2024-05-10"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "language", "checks"), ASIDE_CASES)
def test_a_participle_aside_with_a_bare_day_dates_its_noun(
    body: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body, PUBLISHED, language)), checks)


def test_a_present_going_on_for_a_while_has_no_start_day() -> None:
    body = "Los mineros sostienen desde hace casi 80 días un encierro en el pozo."
    check_events(extract_events(article(body, PUBLISHED, "es")), [("not", "2024-02-20")])


@pytest.mark.parametrize(
    ("body", "language", "entities"),
    [
        (  # a body whose initials are written as a word is no person; an award is no one
            "La Unesco declaró el paraje patrimonio mundial en 1998. El pintor Luis Mora "
            "recibió la Medalla de Oro de Andalucía en 2005.",
            "es",
            {("Unesco", "organisation"), ("Luis Mora", "person")},
        ),
    ],
)  # fmt: skip
def test_an_organisation_or_an_award_is_no_person(
    body: str, language: str, entities: set[tuple[str, str]]
) -> None:
    found = {(x.text, x.kind) for e in extract_events(article(body, PUBLISHED, language))
             for x in e.entities}  # fmt: skip
    assert found == entities, found
