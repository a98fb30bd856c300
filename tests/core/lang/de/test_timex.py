"""German time expressions: found with the spans of German TIMEX3 news annotation, and
normalised against the publication date (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

# A Wednesday.
PUBLISHED = date(2010, 2, 10)


def found(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day before the month, with its full stop; a weekday before it joins the span
        ("Die Messe öffnet am 14. Februar.", [("14. Februar", "2010-02-14")]),
        (
            "Der Chor singt am Donnerstag, 25. Februar um 19.45 Uhr in Meran.",
            [("Donnerstag, 25. Februar", "2010-02-25"), ("19.45 Uhr", "2010-02-25T19:45")],
        ),
        ("Am 3. Oktober 1990 wurde das Land vereint.", [("3. Oktober 1990", "1990-10-03")]),
        ("Die Tagung läuft vom 14. bis 16. Februar.",
         [("14.", "2010-02-14"), ("16. Februar", "2010-02-16")]),
        ("Am 1. Jänner trat das Gesetz in Kraft.", [("1. Jänner", "2010-01-01")]),
        ("Die Sitzung am 14.02.2022 war kurz.", [("14.02.2022", "2022-02-14")]),
        # yesterday, today, tomorrow; "morgen" is tomorrow, "Morgen" after a day its morning
        ("Gestern Nachmittag unterzeichneten beide den Vertrag.",
         [("Gestern Nachmittag", "2010-02-09TAF")]),
        ("Heute Abend folgt die Feier, morgen wird abgestimmt.",
         [("Heute Abend", "2010-02-10TEV"), ("morgen", "2010-02-11")]),
        # weekdays: the tense says which way, a relative word says it outright
        ("Am Montagvormittag trafen sich die Vertreter.", [("Montagvormittag", "2010-02-08TMO")]),
        ("Nächsten Dienstag tagt der Landtag.", [("Nächsten Dienstag", "2010-02-16")]),
        ("Letzten Montag war er noch da.", [("Letzten Montag", "2010-02-08")]),
        # ago, later, the next day, the day before, last year
        ("Vor zwei Jahren begann der Bau.", [("Vor zwei Jahren", "2008")]),
        ("Vor einer Woche wurde er gewählt.", [("Vor einer Woche", "2010-W05")]),
        ("Am 3. März kam er an. Am folgenden Tag reiste er ab.",
         [("3. März", "2010-03-03"), ("folgenden Tag", "2010-03-04")]),
        ("Am 3. März kam er an, am Tag zuvor war er in Wien.",
         [("3. März", "2010-03-03"), ("Tag zuvor", "2010-03-02")]),
        ("Im Vorjahr stieg die Zahl.", [("Vorjahr", "2009")]),
        # durations, with what German keeps inside the span
        ("Der Krieg dauert seit fast acht Jahren an.", [("fast acht Jahren", "P8Y")]),
        ("Innerhalb von sechs Monaten wurde alles erneuert.", [("sechs Monaten", "P6M")]),
        ("Der Vorfall liegt rund drei Wochen zurück.", [("drei Wochen", "P3W")]),
        ("Ein fast 100-jähriges Problem ist gelöst.", [("fast 100-jähriges", "P100Y")]),
        ("Die Arbeiten dauern jahrelang.", [("jahrelang", "PXY")]),
        # months, seasons, decades, this and next
        ("Anfang März beginnt der Umbau.", [("Anfang März", "2010-03")]),
        ("Ende Dezember 2009 war es kalt.", [("Ende Dezember 2009", "2009-12")]),
        ("Im Frühjahr wird gebaut.", [("Frühjahr", "2010-SP")]),
        ("Im Herbst 2009 begann der Bau.", [("Herbst 2009", "2009-FA")]),
        ("Mitte der 90er Jahre boomte die Wirtschaft.", [("Mitte der 90er Jahre", "199")]),
        ("Nächste Woche kommt er.", [("Nächste Woche", "2010-W07")]),
        ("Nächstes Jahr geht es weiter.", [("Nächstes Jahr", "2011")]),
        ("Das Fest findet heuer zum neunten Mal statt.", [("heuer", "2010")]),
        ("Ende vergangenen Jahres kehrte er zurück.", [("Ende vergangenen Jahres", "2009")]),
        # sets and references
        ("Die Gebühren werden monatlich bezahlt, die Bahn fährt stündlich.",
         [("monatlich", "P1M"), ("stündlich", "PT1H")]),
        ("Jeden Montag trifft sich der Rat.", [("Jeden Montag", "XXXX-WXX-1")]),
        ("Damals war alles anders, jetzt soll es bald besser werden.",
         [("Damals", "PAST_REF"), ("jetzt", "PRESENT_REF"), ("bald", "FUTURE_REF")]),
    ],
)  # fmt: skip
def test_german_time_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_count_before_a_noun_is_no_year() -> None:
    assert found("Die Halle hat 2000 Quadratmeter und 1500 Sitzplätze.") == []


def test_an_age_is_no_duration() -> None:
    assert found("Wählen dürfen alle ab 16 Jahren.") == []


def test_a_capitalised_season_is_still_a_season_in_german() -> None:
    assert found("Im Sommer wird gefeiert.") == [("Sommer", "2010-SU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numeric dates are written day first
        ("Am 3.5.2009 wurde der Bürgermeister gewählt.", [("3.5.2009", "2009-05-03")]),
        ("Die Frist endete am 01.12.2009.", [("01.12.2009", "2009-12-01")]),
        # quarters and half years
        ("Im zweiten Quartal 2009 stieg der Gewinn.", [("zweiten Quartal 2009", "2009-Q2")]),
        ("Im zweiten Halbjahr wird gebaut.", [("zweiten Halbjahr", "2010-H2")]),
        ("Täglich kommen Hunderte.", [("Täglich", "P1D")]),
    ],
)
def test_numeric_dates_quarters_half_years_and_daily(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past whose stem ends in s, ss or ß ends in "ste" like "nächste": still a past, so
        # the weekday is the one gone by, whatever the purpose clause after it says
        ("Die Ministerin reiste am Montag nach Brüssel, um dort zu verhandeln.",
         [("Montag", "2010-02-08")]),
        ("Das Werk musste am Montag schließen, um Kosten zu sparen.", [("Montag", "2010-02-08")]),
        ("Der Zoll erfasste am Dienstag zwei Lieferungen.", [("Dienstag", "2010-02-09")]),
    ],
)  # fmt: skip
def test_a_past_ending_like_a_superlative_still_looks_back(text, expected):
    assert found(text) == expected
