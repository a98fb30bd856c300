"""Figures and backgrounds that tell no happening though a date stands by them: a change over a
year still running, a change told as a yearly pace, the year-earlier baseline of a comparison,
the aim of a plan after "be", a peak at a level, a French background in the imperfect near the
report's day. Changes over a period gone by, on a day, or done by someone stay."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    # a change over the year still running: how it went so far
    ("en", "1993-07-14", "The Brenvik growth fund has lost 4 pct this year.", [("none",)]),
    ("en", "1993-07-14", "Many Quarro city bonds climbed well above par this year.", [("none",)]),
    ("en", "1993-07-14", "Tin prices have risen sharply to 6,200 dlrs this year.", [("none",)]),
    # a period gone by, a day, a deed: kept
    (
        "en",
        "1993-07-14",
        "Operating profit at Hollin Mills fell 6 pct in the first quarter.",
        [("title", "fell 6 pct", "1993-Q1")],
    ),
    (
        "en",
        "1993-07-14",
        "Shares of Dorrit Glass fell 75 cents on Monday.",
        [("title", "fell 75 cents", "1993-07-12")],
    ),
    (
        "en",
        "1993-07-14",
        "The central bank of Veltra cut its lending rate to 5 pct on Monday.",
        [("title", "cut its lending rate", "1993-07-12")],
    ),
    (
        "en",
        "1993-07-14",
        "Ruskel Brewing increased its stake in the maltings this year.",
        [("title", "increased its stake", "1993")],
    ),
    (
        "en",
        "1993-07-14",
        "Exports of Parvan cocoa rose 12 pct last year.",
        [("title", "rose 12 pct", "1992")],
    ),
    # a yearly pace
    (
        "en",
        "1993-07-14",
        "Bank lending in Ostmark grew at an annual rate of 7 pct in May.",
        [("none",)],
    ),
    # the baseline a year before
    ("en", "1993-07-14", "A year earlier the Tovel group earned 8.2 mln dlrs.", [("none",)]),
    (
        "en",
        "1993-07-14",
        "A year ago the Tovel group posted a net loss of 2.6 mln dlrs.",
        [("none",)],
    ),
    (
        "en",
        "1993-07-14",
        "A year ago Tovel cut 300 jobs at its Lerwin plant.",
        [("title", "cut 300 jobs", "1992")],
    ),
    # the aim of a plan: the deadline is the aim's
    (
        "en",
        "1993-07-14",
        "The sale of the Kessing mill is part of a plan to pay off its bank debt by December.",
        [("none",)],
    ),
    (
        "en",
        "1993-07-14",
        "Marta Ilves was the first skater to win the Dorn cup in 1988.",
        [("has", "1988")],
    ),
    # a peak at a level
    (
        "en",
        "1993-07-14",
        "Shares of Pellow Toys peaked at 31 dlrs in the late 1970s.",
        [("none",)],
    ),
    # the hour told by the sky
    (
        "en",
        "1993-07-14",
        "Nine climbers were rescued, the Hobart police said as dawn broke Tuesday.",
        [("no-title", "Dawn")],
    ),
    # French: a background in the imperfect near the report's day; a happening stays
    (
        "fr",
        "2004-03-09",
        "Le patrouilleur Belle-Aude effectuait hier une mission de surveillance au large de "
        "Lorient. Il a chaviré vers midi.",
        [("no-title", "effectuait"), ("title", "chaviré", "2004-03-08T12:00")],
    ),
    (
        "fr",
        "2004-03-09",
        "Le chalutier Belle-Aude a chaviré hier au large de Lorient.",
        [("title", "chaviré", "2004-03-08")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_running_figures(language: str, published: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, published), checks)
