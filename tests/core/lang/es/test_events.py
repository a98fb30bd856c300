"""Events from Spanish articles: read in Spanish, dated, titled in the article's own words.

The articles (``tests/fixtures/languages/*-es.txt``) and sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.reading.readers import read_article

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "languages"
HEADER = "Titular de prueba\n\nPublicado: 04.02.2022 10:30\n\n"


def _events(name: str) -> list[tuple[str, str, str]]:
    document = read_article(FIXTURES / name)
    assert document.language == "es"
    return [(e.start, e.precision, e.title) for e in extract_events(document)]


def _body(body: str) -> list[tuple[str, str]]:
    text = HEADER + body
    doc = Document("/t.txt", "Titular de prueba", text, "2022-02-04T10:30", "header", "h",
                   body_start=text.index(body), language="es")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(doc)]


def test_the_summit_article_gives_each_visit_on_its_day():
    found = _events("cumbre-es.txt")
    assert ("2022-02-14", "day", "Olaf Scholz viajará a Ucrania") in found
    # "al día siguiente": the day after the 14th, not after publication
    assert ("2022-02-15", "day", "Olaf Scholz visitará Rusia") in found
    # "el próximo lunes" is ahead of Friday 4 February; "el martes" follows it
    assert ("2022-02-07", "day", "Emmanuel Macron volará a Moscú") in found
    assert ("2022-02-08", "day", "Emmanuel Macron se desplazará a Kiev") in found
    assert (
        "2022-02-04",
        "day",
        "Putin y el presidente chino Xi Jinping se reunieron en Pekín",
    ) in found
    # "visitó … el jueves": the Thursday before
    assert ("2022-02-03", "day", "Recep Tayyip Erdogan visitó Kiev") in found
    assert ("2014", "year", "Rusia anexionó la península de Crimea") in found


def test_the_planned_exercises_are_undated_and_reported_on_publication_day():
    document = read_article(FIXTURES / "cumbre-es.txt")
    undated = [e for e in extract_events(document) if e.undated]
    assert [(e.start, e.kind) for e in undated] == [("2022-02-04", "military")]
    assert undated[0].title.startswith("Planes de maniobras militares conjuntas")


def test_the_strike_article_gives_the_strike_the_meeting_and_the_quote():
    found = _events("huelga-es.txt")
    assert found == [
        (
            "2023-03-13",
            "day",
            "Los estibadores del puerto de Valencia iniciarán una huelga de tres días",
        ),
        ("2022-11", "month", "La plantilla paralizó la terminal durante dos jornadas"),
        (
            "2023-03-16",
            "day",
            "La Autoridad Portuaria se reunirá con los representantes de los trabajadores",
        ),
        ("2023-03-07", "day", "Joan Ferrer: «No vamos a aceptar una rebaja de los salarios»"),
        ("2021", "year", "Los estibadores firmaron un convenio"),
        # "un convenio que expira a finales de este mes": the relative's own date
        ("2023-03", "month", "Un convenio expira"),
        ("2023-05-28", "day", "El Gobierno regional convocó elecciones"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Los ministros se reunieron ayer en Bruselas.",
         [("2022-02-03", "Los ministros se reunieron en Bruselas")]),
        ("La presidenta firmará el acuerdo el 1 de marzo.",
         [("2022-03-01", "La presidenta firmará el acuerdo")]),
        ("El Gobierno aprobó la ley hace dos semanas.",
         [("2022-W03", "El Gobierno aprobó la ley")]),
    ],
)  # fmt: skip
def test_a_sentence_gives_its_happening_on_its_date(body, expected):
    assert _body(body) == expected


def test_a_spanish_header_gives_the_publication_date():
    document = read_article(FIXTURES / "huelga-es.txt")
    assert document.published == "2023-03-10T08:15"
    assert document.published_source == "header"


def test_the_election_article_places_the_vote_the_first_round_and_the_handover():
    found = _events("elecciones-es.txt")
    assert [(start, precision) for start, precision, _ in found] == [
        ("2025-12-14", "day"),  # "hoy", Sunday 14 December
        ("2025-11-16", "day"),  # "el pasado 16 de noviembre"
        ("2025-12-09", "day"),  # "El martes …se manifestaron": the Tuesday before
        ("2026-03-11", "day"),  # "asumirá el cargo el 11 de marzo": ahead, next year
        ("2021", "year"),  # "Hace cuatro años"
    ]
    titles = [title for _, _, title in found]
    assert titles[0] == "Los chilenos votarán en la segunda vuelta de las elecciones presidenciales"
    assert titles[3] == "El nuevo presidente asumirá el cargo"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a passive with a participle the dictionary keeps as a noun
        ("La alcaldesa fue detenida en julio de 2019.",
         [("2019-07", "La alcaldesa fue detenida")]),
        # a relative clause after the object keeps the subject ("El" is no fronted date)
        ("El Senado aprobó el martes la reforma, que regula los alquileres.",
         [("2022-02-01", "El Senado aprobó la reforma")]),
        # the speaker's own plan, its subject left out
        ("El partido anunció el lunes que recurrirá la sentencia.",
         [("2022-01-31", "El partido anunció que recurrirá la sentencia")]),
        # the attribution after the news is no event of its own
        ("Los pilotos comenzarán una huelga el 20 de febrero, según anunció ayer el sindicato.",
         [("2022-02-20", "Los pilotos comenzarán una huelga")]),
        # a span after the story's last date, and before it
        ("El 3 de enero de 2020 el rey visitó Lisboa. Dos días después, el rey viajó a Oporto. "
         "Horas antes, el alcalde había recibido una carta.",
         [("2020-01-03", "El rey visitó Lisboa"), ("2020-01-05", "El rey viajó a Oporto"),
          ("2020-01-05", "El alcalde había recibido una carta")]),
        # a plural verb does not take the one person named before as its subject
        ("El ministro Luis Vega llegó ayer a Roma. Al día siguiente, firmaron el acuerdo.",
         [("2022-02-03", "Vega llegó a Roma")]),
    ],
)  # fmt: skip
def test_round_two_classes(body, expected):
    assert _body(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "al" is read into the range's last day: that day is no baseline left in the title
        ("La feria del libro de Teruel se celebrará del 14 al 18 de marzo.",
         [("2022-03-14", "La feria del libro de Teruel se celebrará")]),
        ("Unos 300 alumnos compiten del día 9 al 11 en Soria.",
         [("2022-02-09", "Unos 300 alumnos compiten en Soria")]),
    ],
)  # fmt: skip
def test_a_spanish_range_of_days_leaves_no_day_in_the_title(body, expected):
    assert _body(body) == expected
