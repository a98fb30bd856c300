"""Foreign recall, second pass: a German year that opens its clause before a singular simple
past ("1971 gründete Weber die Kanzlei") is a year, not a count; French "de" right after a word
of change is the change's size ("ont reculé de 12 % en avril"), not a baseline's "from"; a
Spanish or German verb of change between "de"/"von" and the date makes it a noun's ("las
ventas de la cadena crecieron un 9 % en mayo")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-06-04"


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        (
            "1971 gründete Weber die Kanzlei in Gotha.",
            "de",
            [("title", "Weber gründete die Kanzlei", "1971")],
        ),
        (
            "Der Architekt lebt in Kassel. 1985 baute Keller das Rathaus um.",
            "de",
            [("title", "Keller baute das Rathaus", "1985")],
        ),
        (
            "1979 stellte Roth den Antrag auf Einbürgerung.",
            "de",
            [("title", "Roth stellte den Antrag", "1979")],
        ),
        # a count's subject takes the plural, and a declined participle stays an adjective
        (
            "Am Montag zählte Berger 2000 neue Mitglieder.",
            "de",
            [("has", "2022-05-30"), ("not", "2000")],
        ),
        (
            "Le chiffre d'affaires de Vellant a augmenté de 25 % en mars.",
            "fr",
            [("title", "a augmenté de 25 %", "2022-03")],
        ),
        (
            "Le prix du pain a baissé de 4 % en février, selon l'institut.",
            "fr",
            [("title", "Le prix du pain a baissé", "2022-02")],
        ),
        # a verb of change between "de"/"von" and the date: the noun's "of", no baseline
        (
            "Las ventas de Arteaga aumentaron un 25 % en marzo.",
            "es",
            [("title", "Las ventas de Arteaga aumentaron", "2022-03")],
        ),
        (
            "Der Umsatz von Kessler stieg um 25 Prozent im März.",
            "de",
            [("title", "Der Umsatz von Kessler stieg", "2022-03")],
        ),
    ],
)
def test_recxx2_classes(text, language, checks):
    check_events(events_of(text, language, PUBLISHED), checks)


def test_a_plural_past_after_a_number_keeps_the_count():
    """ "Rund 2000 stellten Anträge": the number is the subject, no year."""
    events = events_of("Im Mai stellten rund 2000 Bauern Anträge auf Hilfe.", "de", PUBLISHED)
    check_events(events, [("has", "2022-05"), ("not", "2000")])


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a participle's bare "au" before a month or season: when it happened
        ("Les tarifs du gaz ont baissé au mois de mars.", [("has", "2022-03"), ("not", "2023-03")]),
        ("La fréquentation a chuté au printemps.", [("has", "2022-SP"), ("not", "2023-SP")]),
        # a date set or moved to stays ahead, month or day
        ("La vente a été reportée au printemps.", [("has", "2023-SP")]),
        ("Le scrutin a été fixé au mois de mars.", [("has", "2023-03")]),
    ],
)
def test_french_au_before_a_month_is_when_it_happened(text, checks):
    check_events(events_of(text, "fr", PUBLISHED), checks)
