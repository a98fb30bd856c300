"""A weekday of the news that a lead names in passing, in the paragraph that set a story long
past, does not end the story when the text goes on telling it: the later yearless dates are
the story's. Every sentence here is our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

PUBLISHED = date(2019, 6, 12)


def values(text: str, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, PUBLISHED, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "ru",
            "Весной 1975 года шахта в посёлке сгорела. Очевидцев осталось мало, и в пятницу"
            " музей открыл выставку.\n\nПожар начался 12 апреля. Тушили его три дня.",
            "12 апреля",
            "1975-04-12",
        ),
        (
            "en",
            "In the spring of 1975 the pit in the village burned. Few witnesses are left, and"
            " on Friday the museum opened an exhibition.\n\nThe fire started on April 12. It"
            " burned for three days.",
            "April 12",
            "1975-04-12",
        ),
        (
            "de",
            "Im Frühjahr 1975 brannte die Grube im Dorf. Zeugen gibt es kaum noch, und am"
            " Freitag eröffnete das Museum eine Ausstellung.\n\nDas Feuer brach am 12. April"
            " aus. Es brannte drei Tage lang.",
            "12. April",
            "1975-04-12",
        ),
        (
            "es",
            "En la primavera de 1975 ardió la mina del pueblo. Quedan pocos testigos, y el"
            " viernes el museo abrió una exposición.\n\nEl fuego empezó el 12 de abril. Ardió"
            " tres días.",
            "el 12 de abril",
            "1975-04-12",
        ),
        (
            "fr",
            "Au printemps 1975, la mine du village a brûlé. Il reste peu de témoins, et"
            " vendredi le musée a ouvert une exposition.\n\nLe feu a pris le 12 avril. Il a"
            " brûlé trois jours.",
            "le 12 avril",
            "1975-04-12",
        ),
        (
            "uk",
            "Навесні 1975 року згоріла шахта в селищі. Свідків лишилося мало, і в п'ятницю"
            " музей відкрив виставку.\n\nПожежа почалася 12 квітня. Гасили її три дні.",
            "12 квітня",
            "1975-04-12",
        ),
    ],
)
def test_a_weekday_of_the_news_in_passing_leaves_the_story(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    found = values(text, lang)
    assert found[phrase] == expected


def test_a_weekday_of_the_news_told_on_ends_the_story() -> None:
    text = (
        "Im Frühjahr 1975 brannte die Grube im Dorf. Am Freitag eröffnete das Museum eine"
        " Ausstellung.\n\nSie ist bis Ende Juli geöffnet. Am 12. Juni sprach der Bürgermeister."
    )
    assert values(text, "de")["12. Juni"] == "2019-06-12"


def test_a_weekday_paragraphs_after_the_story_is_the_news() -> None:
    text = (
        "Im Winter 1962 brannte das Dorf am Meer nieder.\n\nDie Aufführung am Montag"
        " fiel aus.\n\nDie Karten wurden am 2. Juni verkauft."
    )
    assert values(text, "de")["2. Juni"] == "2019-06-02"
