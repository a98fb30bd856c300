"""A story told in the past keeps its year: "that year", "that summer", "that week" in every
language, and a demonstrative time noun that a written date follows ("aquella mañana de
octubre de 1982") is that date's. Every sentence here is our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

PUBLISHED = date(2019, 6, 12)


def values(text: str, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, PUBLISHED, lang)}


_OPENING = {
    "ru": "3 марта 1975 года на шахте случился пожар. ",
    "uk": "3 березня 1975 року на шахті сталася пожежа. ",
    "de": "Am 3. März 1975 brach in der Grube ein Feuer aus. ",
    "fr": "Le 3 mars 1975, un incendie a éclaté dans la mine. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "phrase", "expected"),
    [
        ("ru", "В том году шахту закрыли.", "том году", "1975"),
        ("ru", "В тот год шахту закрыли.", "тот год", "1975"),
        ("ru", "В том месяце уволили сорок горняков.", "том месяце", "1975-03"),
        ("ru", "На той неделе приехала комиссия.", "той неделе", "1975-W10"),
        ("ru", "Тем летом шахту затопили.", "Тем летом", "1975-SU"),
        ("uk", "Того року шахту закрили.", "Того року", "1975"),
        ("uk", "У той рік шахту закрили.", "той рік", "1975"),
        ("uk", "У той день приїхала комісія.", "той день", "1975-03-03"),
        ("uk", "Того місяця звільнили сорок гірників.", "Того місяця", "1975-03"),
        ("uk", "Того тижня приїхала комісія.", "Того тижня", "1975-W10"),
        ("uk", "Того літа шахту затопили.", "Того літа", "1975-SU"),
        ("de", "In jenem Jahr wurde die Grube geschlossen.", "jenem Jahr", "1975"),
        ("de", "An jenem Abend kam die Feuerwehr.", "jenem Abend", "1975-03-03TEV"),
        ("de", "In jener Woche kam eine Kommission.", "jener Woche", "1975-W10"),
        ("fr", "Cet été-là, la mine a été inondée.", "Cet été-là", "1975-SU"),
        ("fr", "Cet automne-là, la mine a fermé.", "Cet automne-là", "1975-FA"),
        ("fr", "Ce printemps-là, quarante mineurs ont été licenciés.", "Ce printemps-là",
         "1975-SP"),
    ],
)  # fmt: skip
def test_that_year_in_a_story_is_the_storys(
    lang: str, sentence: str, phrase: str, expected: str
) -> None:
    assert values(_OPENING[lang] + sentence, lang)[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        ("ru", "На этой неделе шахта работает.", "этой неделе", "2019-W24"),
        ("ru", "Этой весной шахта закрылась.", "Этой весной", "2019-SP"),
        ("fr", "Cet été, la mine rouvrira.", "Cet été", "2019-SU"),
        ("uk", "Цього року шахту відкриють.", "Цього року", "2019"),
    ],
)
def test_this_is_still_the_news(lang: str, text: str, phrase: str, expected: str) -> None:
    assert values(text, lang)[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "dated", "expected", "left_out"),
    [
        (
            "es",
            "Cuando Marta llegó al puerto aquella mañana de octubre de 1982, los barcos"
            " seguían amarrados.",
            "octubre de 1982",
            "1982-10",
            "aquella mañana",
        ),
        (
            "en",
            "When Mark reached the harbour that morning in October 1982, the boats were"
            " still tied up.",
            "October 1982",
            "1982-10",
            "that morning",
        ),
    ],
)
def test_that_morning_of_a_written_date_is_that_dates(
    lang: str, text: str, dated: str, expected: str, left_out: str
) -> None:
    found = values(text, lang)
    assert found[dated] == expected
    assert left_out not in found


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "en",
            "In 1971 the family moved to Hull.\n\nShe was nine when the mill closed in March.",
            "March",
            "1971-03",
        ),
        (
            "ru",
            "В 1971 году семья переехала в Псков.\n\nЕй было девять, когда в марте закрылась"
            " фабрика.",
            "марте",
            "1971-03",
        ),
        (
            "uk",
            "У 1971 році родина переїхала до Рівного.\n\nЇй було дев'ять, коли в березні"
            " закрилася фабрика.",
            "березні",
            "1971-03",
        ),
        (
            "uk",
            "Влітку 1972 року торфовища горіли два місяці.\n\n9 серпня загорівся ліс за річкою.",
            "9 серпня",
            "1972-08-09",
        ),
        (
            "de",
            "1971 zog die Familie nach Kassel.\n\nSie war neun, als im März die Spinnerei schloss.",
            "März",
            "1971-03",
        ),
        (
            "es",
            "En 1971 la familia se mudó a Vigo.\n\nElla tenía nueve años cuando la fábrica"
            " cerró en marzo.",
            "marzo",
            "1971-03",
        ),
    ],
)
def test_when_in_march_after_a_past_year_is_that_years(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang)[phrase] == expected


def test_a_records_baseline_told_at_length_is_no_story() -> None:
    text = (
        "The ferry line paid its first dividend since the cyclone damaged most of its wooden"
        " piers in March 2020. Bookings for the Easter holidays were strong."
    )
    found = {t.text: t.value for t in tag(text, date(2024, 2, 27), "en")}
    assert not found["Easter"].startswith("2020")
