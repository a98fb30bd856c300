"""German regional-news shapes (session 34): a noun phrase set off by commas before the
closing participle ("…, des alten Grafen, gedacht"), a relative after "zu" and an infinitive
or after a genitive of the wrong gender ("eine Statue des Malers, die …"), and a happening noun
whose clause only says when it is ("Der Auftakt der Saison ist am Samstag")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles


def _events(text: str, published: str = "2019-03-14") -> list[tuple[str, str]]:
    return dated_titles(text, "de", published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Chor hat gestern im Dom des Stifters, des alten Grafen Albrecht, gedacht.",
            [("2019-03-13", "Der Chor hat im Dom des Stifters gedacht")],
        ),
        (
            "Die Feuerwehr hat am Sonntag den Brand im Haus des Bäckers, eines alten Freundes,"
            " gelöscht.",
            [("2019-03-10", "Die Feuerwehr hat den Brand im Haus des Bäckers gelöscht")],
        ),
        (
            "Die Polizei hat am Montag den Wagen des Händlers, des Bruders des Wirts,"
            " beschlagnahmt.",
            [("2019-03-11", "Die Polizei hat den Wagen des Händlers beschlagnahmt")],
        ),
    ],
)
def test_a_phrase_between_commas_keeps_the_closing_participle(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Foyer ist eine Büste des Gründers zu sehen, die gestern enthüllt wurde.",
            [("2019-03-13", "Eine Büste des Gründers wurde enthüllt")],
        ),
        (
            "Im Park steht eine Statue des Malers, die am Dienstag aufgestellt wurde.",
            [("2019-03-12", "Eine Statue des Malers wurde aufgestellt")],
        ),
        (
            "Im Rathaus hängt ein Bild der Gräfin, die im Jahr 1820 gestorben ist.",
            [("1820", "Die Gräfin ist gestorben")],
        ),
    ],
)
def test_a_relative_finds_its_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Auftakt der Reihe ist am 2. April.", [("2019-04-02", "Auftakt der Reihe")]),
        ("Die Eröffnung der Messe ist am Samstag.", [("2019-03-16", "Eröffnung der Messe")]),
        ("Der Start der Kampagne war am 1. März.", [("2019-03-01", "Start der Kampagne")]),
        # a perfect with "sein": the participle after the day keeps it behind
        ("Der Dichter ist am Samstag gestorben.", [("2019-03-09", "Der Dichter ist gestorben")]),
        # one noun alone says too little
        ("Die Eröffnung ist am Samstag.", []),
    ],
)
def test_a_happening_noun_dated_by_its_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bürgermeisterin hat gestern gemeinsam mit dem Landrat und zahlreichen"
            " Vertretern der Nachbargemeinden die neue Fähre über den Fluss offiziell getauft.",
            [("2019-03-13", "Die Bürgermeisterin hat die neue Fähre offiziell getauft")],
        ),
        (
            "Der Turnverein hat am Samstag mit Freunden und Nachbarn im Garten des Vereinsheims"
            " ein Fest gefeiert.",
            [("2019-03-09", "Der Turnverein hat im Garten des Vereinsheims ein Fest gefeiert")],
        ),
        (
            "Im Februar hatte die Firma eine Anleihe über 200 Millionen Euro mit Laufzeit 2030"
            " und einem Zins von 2,5 Prozent ausgegeben.",
            [("2019-02", "Die Firma hatte eine Anleihe über 200 Millionen Euro ausgegeben")],
        ),
    ],
)
def test_a_phrase_of_two_joined_nouns_leaves_a_long_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected
