"""fx4: what a reader of German, French, Spanish, Russian and Ukrainian news expects, in invented
sentences: a German year however far back that opens its sentence bare ("1887 brannte …"); the
publication of the data an attribution names ("según los datos publicados este martes por …");
Spanish news told as done takes the day of "según informó este martes"; "hasta" ends a state or
a schedule, as "until" does; a Spanish "…, pero se paralizaron en 2012" goes on about the first
clause's subject; a German relative clause its preposition opens ("…, mit dem …") dates nothing
outside it; a participle after a copula's infinitive ("devrait rester perturbée") is no past;
"à" after a date opens a French range only before another date (not "l'an dernier à la même
date", a baseline); a year between "de" and a date is no amount of a baseline; "que no se
presentaría" is told with its negation; "y se han desarrollado" ends a predicate; German quotes
„…“ close with “ in a title; a Russian short participle ("снято") is no present; a long Slavic
subject keeps its adjective and noun ("Обласна комісія") when its genitive leaves no room for
the predicate."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2026-03-04"  # a Wednesday


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a German year opening its sentence bare, more than a century back
        ("de", "Die Mühle war lange in Betrieb. 1887 brannte die Scheune des Müllers ab.",
         "1887", "Die Scheune des Müllers brannte ab"),
        ("de", "Das Werk wuchs. Schon 1865 baute der Gründer eine zweite Halle.",
         "1865", "Der Gründer baute eine zweite Halle"),
        # the data an attribution names were published on their own day
        ("es", "El paro bajó en febrero, según los datos publicados este martes por el "
         "Ministerio de Trabajo.", "2026-03-03",
         "Los datos fueron publicados por el Ministerio de Trabajo"),
        ("fr", "Le trafic aérien a progressé, selon les chiffres publiés lundi par la DGAC.",
         "2026-03-02", "Les chiffres ont été publiés par la DGAC"),
        # news told as done, reported on a day: that day
        ("es", "La policía detuvo a dos jóvenes en el puerto, según informó este martes la "
         "Guardia Civil.", "2026-03-03", "La policía detuvo a dos jóvenes en el puerto"),
        # "pero se paralizaron": the works stalled, the first clause's subject
        ("es", "Las obras del puerto comenzaron en 2019, pero se paralizaron en 2021 por la "
         "falta de fondos.", "2021", "Las obras del puerto se paralizaron por la falta de fondos"),
        # a year between "de" and the date is a noun's, no baseline's amount
        ("es", "El ayuntamiento publicará el balance del primer trimestre de 2026 el 7 de mayo.",
         "2026-05-07", "El ayuntamiento publicará el balance del primer trimestre de 2026"),
        # what was announced, its negation kept, the subject left out the speaker's
        ("es", "La alcaldesa había anunciado en enero que no se presentaría a la reelección.",
         "2026-01", "La alcaldesa había anunciado que no se presentaría a la reelección"),
        # "y se han desarrollado": a second verb after its clitic ends the first predicate
        ("es", "Las pruebas del tranvía comenzaron el pasado diciembre y se han desarrollado "
         "sin incidencias.", "2025-12", "Las pruebas del tranvía comenzaron"),
        # a German name in its quotes before the participle: the quotes close on the name
        ("de", "Die Brauerei hat am Dienstag ihr neues Bier „Sommerhell“ vorgestellt.",
         "2026-03-03", "Die Brauerei hat ihr neues Bier „Sommerhell“ vorgestellt"),
        # a modal between "de" and the date: the clause's own verb, no comparison's "de"
        ("fr", "Le passage de 3 à 5 lignes de bus doit entrer en service le 1er juin.",
         "2026-06-01", "Le passage de 3 à 5 lignes de bus doit entrer en service"),
        # "devrait rester perturbée": a forecast, the coming Friday
        ("fr", "La circulation devrait rester perturbée vendredi.", "2026-03-06",
         "La circulation devrait rester perturbée"),
        # "было снято": the November gone by
        ("ru", "Ограничение было снято в ноябре.", "2025-11", "Ограничение было снято"),
        # a French range still reads as one: "de 2019 à 2021", "du 2 au 5 juillet"
        ("fr", "Le musée a été fermé de 2019 à 2021.", "2019", "Le musée a été fermé"),
        ("fr", "Le festival se tiendra du 2 au 5 juillet.", "2026-07-02",
         "Le festival se tiendra"),
        # a subject whose genitive leaves no room: its adjective and noun
        ("uk", "Обласна комісія громадського контролю збереться 20 березня на позачергове "
         "засідання у будівлі ради.", "2026-03-20",
         "Обласна комісія збереться на позачергове засідання у будівлі ради"),
    ],
)  # fmt: skip
def test_foreign_news_gives_the_happening_on_its_date(language, text, start, title):
    assert (start, title) in _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        # a plan reported on a day does not happen that day
        ("es", "El ayuntamiento cerrará el mercado, según anunció este martes la alcaldesa.",
         "2026-03-03"),
        # a forecast is not the Friday gone by; a lifted ban not next November
        ("fr", "La circulation devrait rester perturbée vendredi.", "2026-02-27"),
        ("ru", "Ограничение было снято в ноябре.", "2026-11"),
        ("ru", "Режим был введён в сентябре и снят в ноябре.", "2026-11"),
        # "hasta": the end of a schedule, not when it rises
        ("es", "La tarifa subirá cada año hasta 2040.", "2040"),
        # a comparison's baseline, "à la même date" after it: no range's start
        ("fr", "Plus de 9 000 places ont déjà été vendues, contre 8 000 l'an dernier à la même "
         "date.", "2025"),
        # a German relative its preposition opens keeps its date from the main clause
        ("de", "Die Brauerei hat das Rezept mit einem Imker entwickelt, mit dem sie seit 2011 "
         "zusammenarbeitet.", "2011"),
        ("de", "Die Polizei sucht den Wagen, mit dem die Täter am Montag geflohen sind.",
         "2026-03-09"),
    ],
)  # fmt: skip
def test_foreign_news_gives_no_wrong_date(language, text, wrong):
    assert wrong not in [start for start, _ in _events(text, language)]


def test_a_bare_count_opening_a_german_sentence_is_no_year():
    assert _events("Viele kamen. 1500 Menschen demonstrierten vor dem Rathaus.", "de") == []


def test_a_wire_dateline_with_its_date_is_no_baseline_of_the_lead():
    # "КИЇВ, 4 березня 2026 /Укрінформ/ – …": the dash ends the dateline, whose figures are
    # no amount a "з 1 квітня" is compared with
    body = "«Укрпошта» з 1 квітня відкриває нове відділення у Львові, повідомила компанія."
    text = f"«Укрпошта» відкриває відділення у Львові\n\nЛЬВІВ, 4 березня 2026 /Укрінформ/ – {body}"
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", text.index(body), "", "uk")
    events = [(e.start, e.title) for e in extract_events(doc)]
    assert ("2026-04-01", "«Укрпошта» відкриває нове відділення у Львові") in events
