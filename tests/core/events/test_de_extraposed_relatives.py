"""German relative clauses after the participle or infinitive that closes the main clause
("hat die Brücke gesperrt, die …"): the relative tells of the noun before that verb, on the
relative's own date, its article and adjectives in the nominative; a plural verb is not a
singular noun's. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (
        "Mit dem Titel hat sich die Läuferin für die Europameisterschaft empfohlen, die im "
        "Herbst 2024 stattfinden soll.",
        [("title", "Die Europameisterschaft soll stattfinden", "2024-FA")],
    ),
    (
        "Die Bahn hat die Pendler auf einen neuen Fahrplan eingestellt, der am 4. Juni in Kraft tritt.",
        [("title", "Ein neuer Fahrplan tritt in Kraft", "2023-06-04")],
    ),
    (
        "Der Verband hat die Wirte zu einem eintägigen Protest aufgerufen, der im März in Kiel stattfand.",
        [("title", "Ein eintägiger Protest fand in Kiel statt", "2023-03")],
    ),
    # the talks were broken off, not the merger: no title of the merger's
    (
        "Im Winter hatten Gespräche über eine Fusion begonnen, die im April ohne Ergebnis "
        "beendet wurden.",
        [("no-title-with", "Eine Fusion"), ("not", "2023-04")],
    ),
    # "der" after a preposition is a feminine dative: not the masculine relative's noun
    (
        "Der Verein hat den Pachtvertrag mit der Gemeinde verlängert, der im April 2019 "
        "abgelaufen war.",
        [("no-title-with", "Der Gemeinde"), ("not", "2019-04")],
    ),
    # two masculine nouns in the middle field: either may be meant, so no title
    (
        "Die Gemeinde hat dem Bildhauer den Preis verliehen, der im Juni 2018 den Wettbewerb "
        "gewonnen hatte.",
        [("no-title-with", "Der Preis"), ("not", "2018-06")],
    ),
    # one masculine noun there: it is the relative's
    (
        "Die Polizei hat einen Fahrer festgenommen, der im Februar eine Tankstelle überfallen "
        "hatte.",
        [("title", "Ein Fahrer hatte eine Tankstelle überfallen", "2023-02")],
    ),
]


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_extraposed_relative(text: str, checks: list) -> None:
    check_events(events_of(text, "de", "2023-05-10"), checks)
