"""A thing's year written right after its noun ("die Mühle aus dem Jahr 1850", "«Київ» 1979 року
випуску", "водитель 1999 года рождения"): how old the thing or the person is, never the date
of the clause it stands in. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2030-08-14T09:00"  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        (
            "de",
            "Die Wassermühle aus dem Jahr 1874 wird im Herbst saniert.",
            [("has", "2030-FA"), ("not", "1874"), ("no-title-with", " aus wird")],
        ),
        (
            "de",
            "Die Orgel aus dem Jahr 1791 wurde am Montag ausgebaut.",
            [("has", "2030-08-12"), ("not", "1791")],
        ),
        # a document's year is its own happening's
        (
            "de",
            "Eine Studie aus dem Jahr 2027 hatte den Schaden auf vier Millionen Euro geschätzt.",
            [("has", "2027")],
        ),
        ("de", "Das Lichtspielhaus aus dem Jahre 1928 schließt.", [("not", "1928")]),
        (
            "uk",
            "Дід Степан досі возить мед на «Москвичі» 1976 року випуску.",
            [("not", "1976")],
        ),
        (
            "uk",
            "Водія 2004 року народження поліцейські затримали в понеділок.",
            [("has", "2030-08-12"), ("not", "2004")],
        ),
        (
            "ru",
            "Пенсионер до сих пор ездит на «Ниве» 1983 года выпуска.",
            [("not", "1983")],
        ),
        # a main clause's own year stays
        ("de", "Die Gemeinde hat die Mühle 2021 gekauft.", [("has", "2021")]),
    ],
)
def test_a_things_year_after_its_noun(language, text, checks):
    check_events(events_of(text, language, PUBLISHED), checks)
