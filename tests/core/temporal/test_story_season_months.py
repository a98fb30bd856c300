"""A yearless month after a season the story reached counts from that season: "won promotion
in August 2021. Over the winter …; in March …" is March 2022, after the winter, not the March
before the promotion. A winter runs from December to February, so a month of it, or one of
the spring and summer after it, is the next year's; a month shortly before it looks back.
Every sentence here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

LATER = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the story's month, then its winter: the month after it is the next year's
        ("The club won promotion in August 2021. Over the winter it ran short of money, and "
         "in March it sold its ground.", "en",
         [("August 2021", "2021-08"), ("the winter", "2021-WI"), ("March", "2022-03")]),
        ("The ferry service began on 2 May 2017. That winter storms cancelled dozens of "
         "crossings. In April the operator bought a second boat.", "en",
         [("2 May 2017", "2017-05-02"), ("That winter", "2017-WI"), ("April", "2018-04")]),
        # a month of spring after the winter, beyond what a month's story would carry on to
        ("The mill reopened in October 2015. Over the winter the river flooded twice, and in "
         "May the owners rebuilt the weir.", "en",
         [("October 2015", "2015-10"), ("the winter", "2015-WI"), ("May", "2016-05")]),
        # a season of the story's own year
        ("The club won promotion in autumn 2021. During the winter it ran short of money; in "
         "February it sold its ground.", "en",
         [("autumn 2021", "2021-FA"), ("the winter", "2021-WI"), ("February", "2022-02")]),
        # a story of January is in the winter that began the December before
        ("The ferry service began on 12 January 2017. That winter storms cancelled dozens of "
         "crossings. In April the operator bought a second boat.", "en",
         [("12 January 2017", "2017-01-12"), ("That winter", "2016-WI"), ("April", "2017-04")]),
        # the same in other languages
        ("Im August 2021 stieg der Verein auf. Im Winter ging ihm das Geld aus, und im März "
         "verkaufte er sein Stadion.", "de",
         [("August 2021", "2021-08"), ("Winter", "2021-WI"), ("März", "2022-03")]),
        ("Le club est monté en août 2021. Pendant l'hiver, il a manqué d'argent, et en mars il "
         "a vendu son stade.", "fr",
         [("août 2021", "2021-08"), ("l'hiver", "2021-WI"), ("mars", "2022-03")]),
        ("Клуб вышел в высшую лигу в августе 2021 года. Зимой у него кончились деньги, а в "
         "марте он продал стадион.", "ru",
         [("августе 2021 года", "2021-08"), ("Зимой", "2021-WI"), ("марте", "2022-03")]),
    ],
)  # fmt: skip
def test_a_month_after_the_storys_winter_comes_after_it(text, lang, expected) -> None:
    assert [(t.text, t.value) for t in tag(text, LATER, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season before the story's month, told as a look back: the story's year, and the
        # month after it still counts from the story
        ("The mill reopened in July 1990. That spring the wells had run dry, and in June "
         "the farmers sold their herds.",
         [("July 1990", "1990-07"), ("That spring", "1990-SP"), ("June", "1990-06")]),
        # a month shortly before the winter looks back from it
        ("The quarry closed in October 2015. Its crushers were sold over the winter, and the "
         "pay-offs agreed in November were paid out.",
         [("October 2015", "2015-10"), ("the winter", "2015-WI"), ("November", "2015-11")]),
        # a story known only to its year keeps that year
        ("In 2016 the mill reopened. That spring the river flooded; in June the owners "
         "rebuilt the weir.",
         [("2016", "2016"), ("That spring", "2016-SP"), ("June", "2016-06")]),
    ],
)  # fmt: skip
def test_a_month_near_the_storys_season_keeps_the_storys_year(text, expected) -> None:
    assert [(t.text, t.value) for t in tag(text, LATER, "en")] == expected
