"""Years that a story must not push on: a winter written with its year is that year's (a month
after it stays there), a "that <month>" inside the relative aside that names a bare year is
the aside's, "the year after" a bare year counts from it and never from the publication date,
and a month after the story's winter never falls back onto the story's own month. Every
sentence here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the winter of 2012, ice sealed the harbour. In May, a storm sank "
         "the ferry.",
         [("the winter of 2012", "2012-WI"), ("May", "2012-05")]),
        ("The ski lift was closed by gales in the winter of 2012. In April, engineers "
         "repaired its cables.",
         [("the winter of 2012", "2012-WI"), ("April", "2012-04")]),
    ],
)  # fmt: skip
def test_a_month_after_a_written_winter_keeps_its_year(text, expected) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2023, 6, 1), "en")] == expected


def test_a_month_after_the_storys_winter_is_not_the_storys_own_month() -> None:
    """ "The lockout began in November 2018. That winter … in November it settled": the
    November a year on, not the lockout's own."""
    text = (
        "The lockout began in November 2018. That winter the guild ran short of cash, and in "
        "November it settled."
    )
    assert [t.value for t in tag(text, date(2023, 6, 1), "en")] == ["2018-11", "2018-WI", "2019-11"]


def test_that_month_inside_the_aside_is_the_asides_year() -> None:
    """ "The quarry, which opened in 1962 and caved in that December, …": the December of
    the relative's own 1962, not of the story's 2013."""
    text = (
        "The ferry sank on June 4, 2013. The quarry, which opened in 1962 and caved in that "
        "December, was sold in 2015."
    )
    assert [t.value for t in tag(text, date(2023, 6, 1), "en")] == [
        "2013-06-04",
        "1962",
        "1962-12",
        "2015",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare year sets no story in Spanish: the year after counts from it all the same
        ("La fábrica textil cerró en 2011. A principios del año siguiente, sus socios la "
         "vendieron a un grupo belga.", ["2011", "2012"]),
        ("La fábrica textil cerró en marzo de 2011. A principios del año siguiente, sus "
         "socios la vendieron.", ["2011-03", "2012"]),
    ],
)  # fmt: skip
def test_the_following_year_never_steps_from_publication(text, expected) -> None:
    assert [t.value for t in tag(text, date(2022, 2, 4), "es")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year end of a bare year told before, in the past
        ("El embalse se terminó en 1981. A finales de año, la central se inauguró.",
         ["1981", "1981"]),
        # told as a plan: the year end ahead of the publication
        ("El embalse se terminó en 1981. A finales de año, la central abastecerá a cuatro "
         "aldeas.", ["1981", "2022"]),
    ],
)  # fmt: skip
def test_the_year_end_after_a_bare_year(text, expected) -> None:
    assert [t.value for t in tag(text, date(2022, 2, 4), "es")] == expected


def test_the_day_after_a_past_happening_is_not_tomorrow() -> None:
    """ "La tasa se cobró al día siguiente de la apertura del túnel": the day after an
    undated opening, told in the past, is no day after publication."""
    text = "La tasa se cobró al día siguiente de la apertura del túnel."
    assert not [t.value for t in tag(text, date(2022, 2, 4), "es") if t.value == "2022-02-05"]


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [("martes", "2009-10-13"), ("viernes", "2009-10")],  # 13 Oct 2009 was a Tuesday
)
def test_a_weekday_that_fits_no_year_leaves_the_day_unknown(weekday, expected) -> None:
    text = (
        "Cuando el vivero abrió en marzo de 2009, nadie lo visitaba. El jurado entregó el "
        f"premio el {weekday} 13 de octubre."
    )
    assert [t.value for t in tag(text, date(2022, 2, 4), "es")][-1] == expected
