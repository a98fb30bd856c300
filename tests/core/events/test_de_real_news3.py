"""German regional-news shapes (session 36): a standing that is a day's business ("steht am
Mittwoch zur Abstimmung", "steht am Montag vor Gericht": the vote, the trial that day, ahead
of publication), and a long verb-last title that drops a linking adverb ("daraufhin") before
it can fit."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles


def _events(text: str, published: str = "2021-06-05") -> list[tuple[str, str]]:
    return dated_titles(text, "de", published)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die neue Seilbahn steht am Donnerstag im Gemeinderat zur Abstimmung.",
            ("2021-06-10", "Die neue Seilbahn steht im Gemeinderat zur Abstimmung"),
        ),
        (
            "Der Haushalt der Gemeinde steht am Dienstag im Landtag zur Abstimmung.",
            ("2021-06-08", "Der Haushalt der Gemeinde steht im Landtag zur Abstimmung"),
        ),
        (
            "Der frühere Kassier des Vereins steht am Montag vor Gericht.",
            ("2021-06-07", "Der frühere Kassier des Vereins steht vor Gericht"),
        ),
    ],
)
def test_a_standing_on_a_day_is_that_days_business(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Turnhalle steht ab Montag den Vereinen zur Verfügung.",
        "Der Glockenturm steht seit 1920 am Dorfplatz.",
        "Der neue Plan steht zur Debatte.",
    ],
)
def test_a_standing_that_is_how_things_are_stays_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vroni Egger und der Meraner Heimatpflegeverband haben daraufhin (3. Mai) einen"
            " Einspruch beim Verwaltungsgericht eingereicht.",
            (
                "2021-05-03",
                "Vroni Egger und der Meraner Heimatpflegeverband haben einen Einspruch eingereicht",
            ),
        ),
        (
            "Die Bürgerliste und der Bauernbund von Unterwald haben anschließend am 3. Mai einen"
            " Misstrauensantrag im Gemeinderat eingebracht.",
            (
                "2021-05-03",
                "Die Bürgerliste und der Bauernbund haben einen Misstrauensantrag eingebracht",
            ),
        ),
    ],
)
def test_a_long_title_drops_a_linking_adverb(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


def test_a_short_title_keeps_its_adverb() -> None:
    assert ("2021-05-03", "Der Rat hat daraufhin einen Antrag eingebracht") in _events(
        "Der Rat hat daraufhin am 3. Mai einen Antrag eingebracht."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die neue Kläranlage soll Anfang Oktober betriebsbereit sein.",
            ("2021-10", "Die neue Kläranlage soll betriebsbereit sein"),
        ),
        (
            "Die Umfahrung wird Ende März wieder befahrbar sein.",
            ("2022-03", "Die Umfahrung wird wieder befahrbar sein"),
        ),
        (
            "Das Hallenbad öffnet am Montag die Sauna und soll im Herbst 2022 fertig sein.",
            ("2022-FA", "Das Hallenbad soll fertig sein"),
        ),
    ],
)
def test_a_plan_ready_by_a_date_is_its_happening(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Halle war im Mai 2019 längst fertig.",
        "Das Gerät soll einsatzbereit sein.",
    ],
)
def test_being_ready_with_no_plan_or_date_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_alleged_deed_before_haben_is_still_past() -> None:
    assert ("2021-05", "Der Kassier soll Geld veruntreut haben") in _events(
        "Der Kassier soll im Mai Geld veruntreut haben."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Sonntag wurde in Unterwald Lukas Pichler zum neuen Kommandanten gewählt.",
            ("2021-05-30", "Lukas Pichler wurde in Unterwald zum neuen Kommandanten gewählt"),
        ),
        (
            "Am Freitag hat in Obertal Anna Kofler den Ehrenpreis des Chores erhalten.",
            ("2021-06-04", "Anna Kofler hat in Obertal den Ehrenpreis des Chores erhalten"),
        ),
    ],
)
def test_a_village_then_a_person_with_no_word_between_are_two(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text)
