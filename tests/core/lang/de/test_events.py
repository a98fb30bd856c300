"""German articles of our own give their events: the right dates, titles in German words,
the names merged with their English spellings (Moskau / Moscow, Kiew / Kyiv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.reading.readers import read_article

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "languages"


def events(name: str) -> list[tuple[str, str]]:
    document = read_article(FIXTURES / name)
    assert document.language == "de"
    return [(e.start, e.title) for e in extract_events(document)]


def test_the_publication_date_is_read_from_the_german_header() -> None:
    document = read_article(FIXTURES / "scholz-reise-de.txt")
    assert document.published.startswith("2022-02-09")


def test_a_visit_and_the_one_the_following_day_are_two_events() -> None:
    found = events("scholz-reise-de.txt")
    assert ("2022-02-14", "Scholz wird in die Ukraine reisen") in found
    assert ("2022-02-15", "Scholz wird Russland besuchen") in found


def test_past_weekdays_and_a_coordinated_verb_with_its_own_day() -> None:
    found = events("scholz-reise-de.txt")
    assert ("2022-02-07", "Macron war nach Moskau geflogen") in found  # "am Montag"
    assert ("2022-02-08", "Macron reiste weiter nach Kiew") in found  # "und reiste am Dienstag"
    assert ("2022-02-03", "Die Nato hatte weitere Truppen nach Osteuropa verlegt") in found


def test_places_and_people_are_named_as_in_every_language() -> None:
    document = read_article(FIXTURES / "scholz-reise-de.txt")
    by_title = {e.title: {x.text for x in e.entities} for e in extract_events(document)}
    assert by_title["Macron war nach Moskau geflogen"] == {"Emmanuel Macron", "Moscow"}
    assert by_title["Macron reiste weiter nach Kiew"] == {"Emmanuel Macron", "Kyiv"}
    assert "Russia" in by_title["Scholz wird Russland besuchen"]


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("2022-04", "Die neue Eisackbrücke in Brixen wird für den Verkehr freigegeben"),
        ("2020", "Der Bau hatte begonnen"),  # "vor zwei Jahren"
        # the date first, the verb second, the subject after it; the verbs at the end kept
        ("2021-FA", "Die Arbeiten mussten wegen eines Hochwassers unterbrochen werden"),
        ("2022-03-14", "Die Gemeinde stellt das neue Verkehrskonzept vor"),
        ("2022-05", "Die alte Brücke wird abgerissen"),
    ],
)
def test_a_local_story_told_with_the_date_first(date: str, title: str) -> None:
    assert (date, title) in events("bruecke-brixen-de.txt")


def test_capitalised_nouns_are_no_names() -> None:
    document = read_article(FIXTURES / "bruecke-brixen-de.txt")
    people = {x.text for e in extract_events(document) for x in e.entities if x.kind == "person"}
    assert people <= {"Peter Brunner"}  # the mayor who announced it; no noun is a person


def test_a_strike_story() -> None:
    found = events("bahnstreik-de.txt")
    assert ("2022-02-17", "Die Lokführer der Bahn haben einen Streik begonnen") in found
    assert ("2021", "Die Lokführer hatten dreimal gestreikt") in found


def test_a_plural_verb_second_with_its_subject_after_it() -> None:
    found = events("bahnstreik-de.txt")
    assert ("2022-02-22", "Beide Seiten treffen sich in Frankfurt zu neuen Gesprächen") in found


def sentence_events(body: str, published: str = "2022-03-02T10:00") -> list[tuple[str, str]]:
    """The events of an article of one German paragraph, published on a Wednesday."""
    title = "Eine Überschrift für den Test"
    text = f"{title}\n\n{body}"
    document = Document("/t.txt", title, text, published, "header", "h",
                        body_start=text.index(body), language="de")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.",
         ("2022-02-24", "Der Bundestag hat das neue Gesetz beschlossen")),
        ("Am Freitag hat der Bundesrat dem Gesetz zugestimmt.",
         ("2022-02-25", "Der Bundesrat hat dem Gesetz zugestimmt")),
        # a separable verb: its particle closes the clause
        ("Die Polizei nahm am Sonntag drei Verdächtige fest.",
         ("2022-02-27", "Die Polizei nahm drei Verdächtige fest")),
        # a fronted phrase, the verb second, a subject of a number and a noun after it
        ("Bei einem Anschlag in Kabul sind am Dienstag mindestens zehn Menschen getötet worden.",
         ("2022-03-01", "Mindestens zehn Menschen sind getötet worden")),
        ("Am 24. Februar 2022 marschierten russische Truppen in die Ukraine ein.",
         ("2022-02-24", "Russische Truppen marschierten in die Ukraine ein")),
        ("Außenministerin Annalena Baerbock reist am Mittwoch nach Warschau.",
         ("2022-03-02", "Baerbock reist nach Warschau")),
        ("Gestern wurde der neue Bürgermeister gewählt.",
         ("2022-03-01", "Der neue Bürgermeister wurde gewählt")),
        ("Die Regierung will die Steuern im kommenden Jahr senken.",
         ("2023", "Die Regierung will die Steuern senken")),
    ],
)  # fmt: skip
def test_german_sentence_shapes(body: str, expected: tuple[str, str]) -> None:
    assert expected in sentence_events(body)


def test_a_quote_and_who_said_it_when() -> None:
    body = (
        "„Die Ukraine kann sich auf die Unterstützung Deutschlands verlassen“, sagte Scholz "
        "am Montag in Berlin."
    )
    found = sentence_events(body, published="2022-02-09T10:00")
    assert found == [
        ("2022-02-07", "Scholz: „Die Ukraine kann sich auf die Unterstützung Deutschlands…“")
    ]


def test_a_header_stand_line_gives_the_publication_date(tmp_path) -> None:
    german = tmp_path / "de.txt"
    german.write_text(
        "Brücke gesperrt\n\nStand: 09.02.2022\n\nDie Brücke wurde am Montag gesperrt, teilte "
        "die Gemeinde mit. Die Arbeiten dauern bis Ende März.\n",
        encoding="utf-8",
    )
    assert read_article(german).published.startswith("2022-02-09")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what a separable saying told after its comma, with no "dass" written
        ("Die Feuerwehr teilte am Montag mit, ein Lagerhaus sei abgebrannt.",
         ("2022-02-28", "Die Feuerwehr teilte mit, ein Lagerhaus sei abgebrannt")),
        ("Der Landkreis gab am Dienstag bekannt, drei Straßen blieben gesperrt.",
         ("2022-03-01", "Der Landkreis gab bekannt, drei Straßen blieben gesperrt")),
        # "es" before the verb is told as written, not replaced by the object after it
        ("Die Reederei teilte am Montag mit, es habe einen Maschinenschaden gegeben.",
         ("2022-02-28", "Die Reederei teilte mit, es habe einen Maschinenschaden gegeben")),
    ],
)  # fmt: skip
def test_what_a_saying_told_after_its_comma(body: str, expected: tuple[str, str]) -> None:
    assert expected in sentence_events(body)


def test_a_hearing_set_for_a_day_is_titled_as_german_writes_it() -> None:
    """ "ist … angesetzt" is a whole headline, as "ist … geplant" is."""
    body = "Die Verhandlung gegen den Bauunternehmer ist für den 14. März angesetzt."
    assert ("2022-03-14", "Die Verhandlung gegen den Bauunternehmer ist angesetzt") in (
        sentence_events(body)
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das Werk wurde 2019 stillgelegt.", ("2019", "Das Werk wurde stillgelegt")),
        ("Der Konzern legte das Werk im Mai still.", ("2021-05", "Der Konzern legte das Werk still")),
        ("Das Gericht setzte die Verhandlung für den 14. März an.",
         ("2022-03-14", "Das Gericht setzte die Verhandlung an")),
    ],
)  # fmt: skip
def test_separable_verbs_of_closing_and_setting_a_date(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in sentence_events(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the participle's day describes the minister; the clearing has its own day
        ("Der am Montag zurückgetretene Landrat hat am Mittwoch sein Büro geräumt.",
         [("2022-03-02", "Der am Montag zurückgetretene Landrat hat sein Büro geräumt")]),
        # no day of its own: the search is not dated by the escape
        ("Die Polizei sucht den am Sonntag geflohenen Häftling.", []),
        ("Die im Januar eröffnete Brücke ist wieder gesperrt.", []),
    ],
)  # fmt: skip
def test_a_date_before_a_declined_participle_dates_its_noun_only(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert sentence_events(body) == expected
