"""FOREIGN11's classes (Spanish, German), each in sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2026-03-13"  # a Friday


def _events(text: str, language: str):
    return events_of(text, language, PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # Spanish: a sentence that opens on its verb has left its subject out; the one person
        # the sentence before names is the subject, the verb lower case after the name
        (
            "es",
            "Lucía Ferrer murió ayer en Granada. Nació en Baeza en 1941, hija de un maestro.",
            [("title", "Ferrer nació en Baeza", "1941")],
        ),
        (
            "es",
            "Lucía Ferrer murió ayer en Granada. Había debutado en Jaén en 1960.",
            [("title", "Ferrer había debutado en Jaén", "1960")],
        ),
        (
            "es",
            "Lucía Ferrer murió ayer en Granada. Fundó en 1975 su propia editorial en Jaén.",
            [("title", "Ferrer fundó su propia editorial en Jaén", "1975")],
        ),
        # ... nobody when the sentence before names no one person, and not a copula
        (
            "es",
            "El equipo perdió el domingo. Subió a Primera División en 1998.",
            [("no-title", "Primera"), ("not", "1998")],
        ),
        (
            "es",
            "Lucía Ferrer murió ayer. Eran las diez de la noche del martes en Granada.",
            [("not", "2026-03-10T22:00")],
        ),
        # German: the clause told after "sagte …," opens on an article, not a relative
        # pronoun; the subjunctive of reported speech ("sei", "hätten") is its verb
        (
            "de",
            "Betriebsrätin Anke Vogel sagte am Donnerstag in Kassel, die Stimmung im Werk sei "
            "schlecht.",
            [("title", "Anke Vogel sagte, die Stimmung im Werk sei schlecht", "2026-03-12")],
        ),
        (
            "de",
            "Der Landrat erklärte am Mittwoch, das Kreishaus werde bis Ostern saniert.",
            [
                (
                    "title",
                    "Der Landrat erklärte, das Kreishaus werde saniert",
                    "2026-03-11",
                )
            ],
        ),
        (
            "de",
            "Die Reederei teilte am Dienstag mit, der Fährbetrieb werde eingestellt.",
            [("title", "Die Reederei teilte mit, der Fährbetrieb werde eingestellt", "2026-03-10")],
        ),
        # ... but a relative after a comma stays one when no verb of saying comes before it
        (
            "de",
            "Viel Lob gab es für den Entwurf, den die Architektin am Montag in Fulda zeigte.",
            [("title", "Die Architektin zeigte", "2026-03-09")],
        ),
        # German negation before the last verb: what did not happen is no event
        (
            "de",
            "Die Zahl der Arbeitslosen ist seit Januar nicht gestiegen.",
            [("none",)],
        ),
        (
            "de",
            "Am Montag hätten Taucher Teile des Wracks gefunden, sagte ein Polizeisprecher.",
            [("title", "Taucher hätten Teile des Wracks gefunden", "2026-03-09")],
        ),
    ],
)
def test_foreign11_classes(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(text, language), checks)
