"""Spanish verbs the app did not see (session 25, ESV2): a third person present in "-e" of the
verbs in "-er" and "-ir" with its time next to it ("comparece el martes"), a present written as a noun too ("firma",
"visita": a determiner before makes it the noun), a given name that is also a word opening a
sentence with two surnames after it ("Pilar Robles Vega", the headline's "Pilar Robles"), and a
year inside single quotation marks, a title's ("un libro, 'Faros 1961'"), dating nothing; and
French "datent de 1958" as a clause's verb, the story's time "trois ans plus tard" counts from.
Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events.entities import find_mentions
from core.events.extract import extract_events
from core.lang import words
from core.model import Document
from core.temporal.tagger import tag
from tests.core.events.articles import article, check_events, events_of

PRESENT_CASES = [
    (  # "-e" of "comparecer": the verb after its subject, a day after it
        "La exalcaldesa comparece el martes ante la jueza de Ronda.",
        [("title", "La exalcaldesa comparece ante la jueza de Ronda", "2024-05-07")],
    ),
    (  # "abre" of "abrir", its day right after it
        "La nueva biblioteca abre el 20 de mayo en el antiguo mercado.",
        [("title", "La nueva biblioteca abre en el antiguo mercado", "2024-05-20")],
    ),
    (  # "-e" is the subjunctive's and a state's too: with no time next to it, no present
        "El Estado dispone del 60 % de las acciones y quiere venderlas en 2025.",
        [("no-title", "dispone")],
    ),
    (  # "firma" and "visita", nouns too, between a subject and an object
        "La ministra Elena Vidal firma el convenio el jueves con los regantes.",
        [("title", "Vidal firma el convenio", "2024-05-09")],
    ),
    (
        "La orquesta visita al coro de Oviedo el próximo sábado, y el 20 de mayo recibe a la "
        "banda de Lyon.",
        [
            ("title", "La orquesta visita al coro de Oviedo", "2024-05-11"),
            ("title", "La orquesta recibe a la banda de Lyon", "2024-05-20"),
        ],
    ),
    (  # a conditional whose subject is no one: no happening
        "Si ningún grupo obtiene el lunes la mayoría, gobernará la lista más votada.",
        [("no-title", "ningún grupo")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), PRESENT_CASES)
def test_a_spanish_present_in_e_or_written_as_a_noun_is_its_clauses_verb(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body, "2024-05-10T09:00", "es")), checks)


@pytest.mark.parametrize(
    ("word", "verb"),
    [("firma", "firmar"), ("visita", "visitar"), ("debate", "debatir"), ("ventana", None),
     ("para", None), ("nada", None)],
)  # fmt: skip
def test_a_noun_that_is_a_verbs_present_has_both_readings(word: str, verb: str | None) -> None:
    forms = words("es", "clauses").lemmas(word)
    assert forms.get("VERB", (None,))[0] == verb, forms


def test_a_noun_after_a_determiner_is_no_verb() -> None:
    events = events_of("La firma del convenio llegó el jueves tras meses de espera.", "es",
                       "2024-05-10T09:00")  # fmt: skip
    check_events(events, [("title", "La firma del convenio llegó", "2024-05-09")])


OBITUARY = (
    "Muere Pilar Robles, la pintora de los faros\n\n"
    "Pilar Robles Vega murió ayer en Cádiz a los 90 años, según informó su familia.\n\n"
    "Había nacido en Tarifa en 1933. En 1958 vendió su primer cuadro a un armador de Vigo. "
    "Dos años después expuso en París sus primeros faros.\n\n"
    "Su hermano publicó después un libro de cartas, 'Faros 1961', que hoy nadie encuentra."
)


def test_a_name_with_two_surnames_is_the_headlines_person() -> None:
    names = {m.text: m.name for m in find_mentions(OBITUARY, 0, language="es")}
    assert names["Pilar Robles Vega"] == "Pilar Robles Vega", names
    assert names["Pilar Robles"] == "Pilar Robles Vega", names
    headline = OBITUARY.split("\n", 1)[0]
    body_start = OBITUARY.index("Pilar Robles Vega")
    document = Document("/t.txt", headline, OBITUARY, "2023-11-18T09:00", "header", "h",
                        body_start=body_start, language="es")  # fmt: skip
    check_events(
        extract_events(document),
        [
            ("title", "Pilar Robles Vega había nacido en Tarifa", "1933"),
            ("title", "Pilar Robles Vega expuso en París", "1960"),
            ("not", "1961"),
        ],
    )


@pytest.mark.parametrize(
    ("body", "language", "year"),
    [
        (
            "Ana Mora murió ayer. En 1957 se mudó a Vigo. Publicó entonces su diario, 'Cartas "
            "1961', que se agotó.",
            "es",
            "1961",
        ),
        ("Tom Hale died on Monday. He wrote one play, 'Harbour 1958', in 1957.", "en", "1958"),
    ],
)
def test_a_year_in_single_quotes_is_a_titles_and_dates_nothing(
    body: str, language: str, year: str
) -> None:
    events = extract_events(article(body, "2023-11-18T09:00", language))
    check_events(events, [("not", year), ("has", "1957")])


@pytest.mark.parametrize(
    ("text", "value"),
    [  # "datent de" as the clause's own verb: the story is in 1958, three years on is 1961
        ("Il arrive à Lyon en 1950. Ses premiers concerts datent de 1958. Trois ans plus tard, "
         "il part pour Paris.", "1961"),
        # a thing's origin in a relative aside: the story stays in 1931
        ("La crue de 1931 a ravagé le bourg. Le moulin, qui date de 1790, a tenu. Deux ans "
         "plus tard, il a fermé.", "1933"),
    ],
)  # fmt: skip
def test_a_french_date_de_year_is_the_storys_unless_an_aside(text: str, value: str) -> None:
    found = tag(text, datetime(2022, 1, 14), "fr")
    assert found[-1].value == value, found
