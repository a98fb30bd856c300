"""German regional-news shapes (session 35): "über Nacht" (overnight, no night of the story), a
stop glued to a quote mark before the next sentence ('stimmte zu."Warum …'), a "seit" year's
state read up to a spaced dash, a long verb-last title that fits only without an object's
genitive, and a relative after a happening noun and a name after "von" ("die Amtseinführung von
Bischof Anton, die am Sonntag stattfindet")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles


def _events(text: str, published: str = "2019-03-14") -> list[tuple[str, str]]:
    return dated_titles(text, "de", published)


@pytest.mark.parametrize(
    "text",
    [
        "Am nächsten Tag wurde der Keller geprüft. Über Nacht, so sagen Anrainer, war das"
        " Wasser um einen Meter gestiegen.",
        "Am Tag darauf wurde der Laden geprüft. Über Nacht waren die Preise gestiegen.",
    ],
)
def test_overnight_is_no_night_of_the_story(text: str) -> None:
    assert not [start for start, _ in _events(text) if "TNI" in start]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Der Gemeinderat von Lana stimmte am Dienstag dem Radweg zu."Endlich", sagte'
            " ein Anrainer.",
            ("2019-03-12", "Der Gemeinderat von Lana stimmte dem Radweg zu"),
        ),
        (
            "Die Bergrettung hat am Montag zwei Wanderer geborgen.„Beide sind wohlauf“, hieß es.",
            ("2019-03-11", "Die Bergrettung hat zwei Wanderer geborgen"),
        ),
        (
            'Der Bischof nannte den Plan "eine Zumutung."Laut der Kurie stimmte der Rat am'
            " Mittwoch trotzdem zu.",
            ("2019-03-13", "Der Rat stimmte trotzdem zu"),
        ),
    ],
)
def test_a_stop_glued_to_a_quote_mark_ends_the_sentence(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)
    assert not [title for _, title in _events(text) if "." in title]


@pytest.mark.parametrize(
    "text",
    [
        "Der Chor sei seit 2011 auf die dreifache Größe gewachsen - im Nachbarort schrumpfte"
        " die Kapelle dagegen.",
        "Der Umsatz der Hütte hat sich seit 2009 verdoppelt – im Tal stagniert er.",
    ],
)
def test_a_seit_year_before_a_dash_is_no_date_of_the_change(text: str) -> None:
    assert not [start for start, _ in _events(text) if start in ("2011", "2009")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Musikkapelle Hinterdorf aus dem oberen Vinschgau hat am Sonntagabend den"
            " begehrten Wanderpokal des Bezirksverbandes beim Frühjahrskonzert erhalten.",
            ("2019-03-10TEV", "Die Musikkapelle Hinterdorf hat den begehrten Wanderpokal erhalten"),
        ),
        (
            "Der Skiclub Oberwald aus dem hinteren Passeiertal hat am Samstag den"
            " traditionsreichen Wanderpreis der Landesregierung beim Vereinsrennen gewonnen.",
            ("2019-03-09", "Der Skiclub Oberwald hat den traditionsreichen Wanderpreis gewonnen"),
        ),
    ],
)
def test_a_long_verb_last_title_drops_an_objects_genitive(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anlässlich der Heiligsprechung von Kaiser Karl, die am 1. April stattfindet,"
            " läuten alle Glocken.",
            ("2019-04-01", "Die Heiligsprechung von Kaiser Karl findet statt"),
        ),
        (
            "Zur Amtseinführung von Bischof Anton Pichler, die am Sonntag stattfindet, werden"
            " 3000 Gäste erwartet.",
            ("2019-03-17", "Die Amtseinführung von Bischof Anton Pichler findet statt"),
        ),
        (
            "Vor der Krönung von König Ludwig III., die am 2. Mai stattfindet, wird der Platz"
            " gesperrt.",
            ("2019-05-02", "Die Krönung von König Ludwig III findet statt"),
        ),
    ],
)
def test_a_relative_after_a_happening_and_a_name_after_von_is_the_happenings(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)


def test_a_persons_relative_after_von_stays_the_persons() -> None:
    text = "Die Schwester von Anna Gruber, die am Freitag nach Graz reiste, kam zu spät."
    assert ("2019-03-08", "Anna Gruber reiste nach Graz") in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Landeshauptmann war gestern um 9.15 Uhr zugegen, als der neue Maibaum"
            " aufgestellt wurde.",
            ("2019-03-13T09:15", "Der neue Maibaum wurde aufgestellt"),
        ),
        (
            "Die Stadträtin war am Montag am Waltherplatz dabei, als der Brunnen eingeweiht wurde.",
            ("2019-03-11", "Der Brunnen wurde eingeweiht"),
        ),
        (
            "Der Stadtrat Paul Egger stand gestern um 7.45 Uhr zusammen mit der Landesrätin"
            " Ida Kern vor dem Domportal bereit, als das Denkmal enthüllt wurde.",
            ("2019-03-13T07:45", "Das Denkmal wurde enthüllt"),
        ),
        (
            "Der Schwindel flog im Herbst 2016 auf, als eine Rentnerin die Polizei rief.",
            ("2016-FA", "Eine Rentnerin rief die Polizei"),
        ),
    ],
)
def test_an_als_clause_after_the_close_of_a_dated_clause_takes_its_date(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma hat am Montag mehr Geld ausgegeben, als der Vorstand erwartet hatte.",
        "Der Bus kam am Montag deutlich später in Brixen an, als die Fahrer angekündigt hatten.",
    ],
)
def test_an_als_of_comparison_is_no_when_clause(text: str) -> None:
    assert not [title for _, title in _events(text) if "Vorstand" in title or "Fahrer" in title]


def test_einige_before_a_noun_is_no_verb_of_agreeing() -> None:
    text = (
        "Viele Gäste, darunter auch der Bürgermeister, die Ärzte, Freunde aus Vereinen und"
        " einige Nachbarn, nahmen daran teil."
    )
    assert _events(text) == []
    assert _events("Am Montag trafen sich einige Bauern in Klausen.") == [
        ("2019-03-11", "Einige Bauern trafen sich in Klausen")
    ]


def test_feeling_attacked_is_no_attack() -> None:
    assert _events("Die Bauern im Tal fühlen sich von der Behörde angegriffen.") == []
    assert _events("Die Rebellen haben das Dorf angegriffen.") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Freitagabend waren alle Fraktionen einig: Der Ausschuss nahm den Antrag mit 14"
            " Stimmen an.",
            ("2019-03-08TEV", "Der Ausschuss nahm den Antrag mit 14 Stimmen an"),
        ),
        (
            "Am Mittwoch war die Lage in Sexten ruhig: Die Feuerwehr räumte die Straße.",
            ("2019-03-13", "Die Feuerwehr räumte die Straße"),
        ),
    ],
)
def test_a_dated_state_dates_the_happening_after_its_colon(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)


def test_a_clause_after_the_colon_at_another_time_stays_undated() -> None:
    text = "Am Mittwoch war die Lage in Sexten ruhig: Seither räumte die Feuerwehr die Straße."
    assert not [t for s, t in _events(text) if "Feuerwehr" in t and s == "2019-03-13"]
