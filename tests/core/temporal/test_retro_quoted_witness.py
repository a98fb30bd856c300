"""A paragraph that only quotes a witness remembering the past ("«We thought it would hold,»
says Anna.") does not end a story told in the past: its "says" is the present of the
interview. A quotation about the present ("«We are losing patience,» says a resident") still
brings the text back to the news. Every sentence here is our own."""

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
            "Летом 1972 года торфяники горели два месяца.\n\nЛюди уходили из деревень."
            "\n\n«Мы думали, что огонь не дойдёт до реки», — говорит 80-летний Пётр."
            "\n\n9 августа загорелся лес за рекой.",
            "9 августа",
            "1972-08-09",
        ),
        (
            "uk",
            "Влітку 1972 року торфовища горіли два місяці.\n\nЛюди йшли з сіл."
            "\n\n«Ми думали, що вогонь не дійде до річки», — каже 80-річний Петро."
            "\n\n9 серпня пожежники відступили за річку.",
            "9 серпня",
            "1972-08-09",
        ),
        (
            "de",
            "Im Sommer 1972 brannten die Torfmoore zwei Monate lang.\n\nDie Leute verließen"
            " die Dörfer.\n\n„Wir dachten, das Feuer erreicht den Fluss nicht“, sagt der"
            " 80-jährige Peter.\n\nAm 9. August fing der Wald jenseits des Flusses Feuer.",
            "9. August",
            "1972-08-09",
        ),
        (
            "en",
            "In the summer of 1972 the peat bogs burned for two months.\n\nPeople left the"
            ' villages.\n\n"We thought the fire would never reach the river," says Peter,'
            " 80.\n\nOn 9 August the forest across the river caught fire.",
            "9 August",
            "1972-08-09",
        ),
    ],
)
def test_a_witness_remembering_leaves_the_story(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang)[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "en",
            'The council closed the pool in March 2015.\n\n"We are losing patience," says'
            " resident Tom Hale.\n\nOn 3 June the council voted to reopen it.",
            "3 June",
            "2019-06-03",
        ),
        (
            "ru",
            "В марте 2015 года совет закрыл бассейн.\n\n«Мы теряем терпение», — говорит"
            " житель Иван Петров.\n\n3 июня совет проголосовал за открытие.",
            "3 июня",
            "2019-06-03",
        ),
        (
            "de",
            "Im März 2015 schloss der Rat das Bad.\n\n„Wir verlieren die Geduld“, sagt"
            " Anwohner Tom Hahn.\n\nAm 3. Juni stimmte der Rat für die Wiedereröffnung.",
            "3. Juni",
            "2019-06-03",
        ),
    ],
)
def test_a_quotation_about_the_present_is_the_news(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang)[phrase] == expected
