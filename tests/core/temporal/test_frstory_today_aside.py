"""A "today" said in passing inside a story long past ("Elle en a 72 aujourd'hui") does not
end the story when the next sentence goes back to the past: the later yearless dates are
the story's. Every sentence here is our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

FEATURE = date(2021, 11, 5)


def values(text: str, lang: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, FEATURE, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "month", "expected"),
    [
        (
            "fr",
            "En avril 1968, la filature de Roubaix annonce 90 licenciements. Paul Vasseur avait"
            " 22 ans. Il en a 75 aujourd'hui. « On ne savait rien, on nous a prévenus la"
            " veille. »\n\nLe 3 mai, les fileurs bloquent les grilles.",
            "Le 3 mai",
            "1968-05-03",
        ),
        (
            "es",
            "En abril de 1968, la hilandería de Alcoy anunció 90 despidos. Pablo Vidal tenía 22"
            " años. Hoy tiene 75. «No sabíamos nada», dijo.\n\nEl 3 de mayo, los obreros"
            " bloquearon las puertas.",
            "El 3 de mayo",
            "1968-05-03",
        ),
        (
            "en",
            "In April 1968, the Leeds mill announced 90 job cuts. Paul Vance was 22. He is 75"
            " today. He remembered the silence in the yard.\n\nOn May 3, the spinners blocked"
            " the gates.",
            "May 3",
            "1968-05-03",
        ),
        (
            "de",
            "Im April 1968 kündigte die Spinnerei in Aachen 90 Stellen. Paul Vogt war 22 Jahre"
            " alt. Heute ist er 75. Er erinnerte sich an die Stille im Hof.\n\nAm 3. Mai"
            " blockierten die Spinner die Tore.",
            "3. Mai",
            "1968-05-03",
        ),
        (
            "ru",
            "В апреле 1968 года фабрика в Иванове объявила о 90 увольнениях. Павлу Волкову"
            " было 22 года. Сегодня ему 75. Он вспоминал тишину во дворе.\n\n3 мая рабочие"
            " перекрыли ворота.",
            "3 мая",
            "1968-05-03",
        ),
        (
            "uk",
            "У квітні 1968 року фабрика у Львові оголосила про 90 звільнень. Павлові було 22"
            " роки. Сьогодні йому 75. Він згадував тишу на подвір'ї.\n\n3 травня робітники"
            " перекрили ворота.",
            "3 травня",
            "1968-05-03",
        ),
    ],
)
def test_a_today_aside_keeps_the_story_of_long_ago(lang, text, month, expected):
    got = values(text, lang)
    assert got.get(month) == expected, got


@pytest.mark.parametrize(
    ("lang", "text", "month", "expected"),
    [
        # the next sentence reports the present: the text is back in the news
        (
            "fr",
            "En avril 1968, la filature de Roubaix annonce 90 licenciements. Aujourd'hui, le"
            " site abrite des bureaux. La mairie veut le vendre et le conseil votera le 3"
            " décembre.",
            "le 3 décembre",
            "2021-12-03",
        ),
        # a text that has already reported its present: "today" is the news's
        (
            "es",
            "La semana pasada el museo abrió una sala. En abril de 1968, la hilandería de Alcoy"
            " anunció 90 despidos. Hoy la sala recibe a escolares. En octubre recibió 400.",
            "octubre",
            "2021-10",
        ),
        # a story of a few years back is the news's background
        (
            "fr",
            "En avril 2019, la filature a fermé. Aujourd'hui, le site est vide. En octobre, la"
            " mairie l'a racheté.",
            "octobre",
            "2021-10",
        ),
    ],
)
def test_a_today_of_the_news_still_ends_the_story(lang, text, month, expected):
    got = values(text, lang)
    assert got.get(month) == expected, got
