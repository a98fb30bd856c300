"""Which date an anaphoric or yearless date of a story told in the past counts from: the latest
date the narrative reached, never a look back that only describes a thing, and a yearless month
of a news text's own past its last such month. Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_BOOKSHOP = (
    "Omar Haddad, 52, owns two bookshops in Leith. He bought the first in 2009 from a widow "
    "whose husband had founded it in 1968. {next}"
)
_LIBRARY = (
    "The town library reopened on Saturday after a refit. In 2011 the auditors found that it "
    "still lent books from a catalogue printed in 1987. {next}"
)
_ROWING = (
    "Grace Okafor coaches a rowing crew that won a national title on Saturday. Her own start "
    "came in May 2018, when a club in Chester lent her a boat. {next}"
)
_INQUEST = (
    "A coroner ruled on Wednesday that a cyclist's death was an accident. The lorry's driver "
    "was questioned in July 2019 and charged in March 2020. {next}"
)
_SHOW = (
    "The town theatre opened its season on Friday with a new play. Its idea, the director "
    "said, came from a protest in the spring of 2017 against the felling of a park.\n\n{next}"
)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # "the next spring" after a year that only looks back from the sentence's own
        (_BOOKSHOP.format(next="He opened the second the next spring."),
         "2021-07-19", [("title", "opened the second", "2010-SP"), ("not", "1969-SP")]),
        (_LIBRARY.format(next="Its trustees bought a digital system later that year."),
         "2019-02-21", [("title", "Its trustees bought a digital system", "2011")]),
        # "that year" after a day: "two weeks later" still counts from the day
        ("The drought began in the spring of 2018. On 14 June that year the reservoir fell "
         "below a third of its level. Rationing started two weeks later.",
         "2021-09-30", [("title", "Rationing started", "2018-W26"), ("not", "2018")]),
        # a fronted year, then the day in it: the day dates the happening
        ("The old swing bridge jammed in August 1983. The next year, repairs started on 12 "
         "April.", "2020-01-15",
         [("title", "Repairs started", "1984-04-12"), ("not", "1984")]),
        ("The firm opened a plant near Leeds in 2004. Two years after that, it closed the "
         "plant.", "2016-10-03", [("title", "It closed the plant", "2006")]),
    ],
)  # fmt: skip
def test_an_anaphor_counts_from_the_date_the_story_reached(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # narration moving on and the news's last January name the same month
        (_ROWING.format(next="The club gave her a coaching job in January."),
         "2019-03-27", [("title", "The club gave Okafor a coaching job", "2019-01"),
                        ("not", "2018-01")]),
        # a past perfect of the words reported after the date is no look back
        (_INQUEST.format(next="On 22 November the driver told the inquest that she had "
                              "braked at once."),
         "2020-12-04", [("has", "2020-11-22"), ("not", "2019-11-22")]),
        # a new paragraph goes back to the news's own months
        (_SHOW.format(next="Rehearsals began in March, and in June the company showed a "
                           "scene at a festival."),
         "2018-10-08", [("has", "2018-03"), ("has", "2018-06"), ("not", "2017-03"),
                        ("not", "2017-06")]),
    ],
)  # fmt: skip
def test_a_yearless_month_of_the_news_takes_its_last_such_month(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # a history keeps its years: the story is far older than the news's background
        ("In October 1961 the colliery flooded. The owners closed it in February.",
         "2019-06-15", [("title", "The owners closed it", "1962-02")]),
        # a past perfect looks back from the story's time
        ("The hall was shut in June 2024 after a fire. It had reopened in March.",
         "2025-05-20", [("not", "2025-03")]),
        # a year alone in its sentence is still what "two years later" counts from
        ("Ken Ito left the navy in 2001 and set up a sailing school three years later.",
         "2017-05-09", [("has", "2001")]),
    ],
)  # fmt: skip
def test_the_story_keeps_what_it_told(body, published, checks):
    check_events(events_of(body, "en", published), checks)


def test_a_year_astride_two_sets_no_story():
    """German "Im Geschäftsjahr 2020/21": a fiscal year astride two is no story's year, so a
    later yearless season of the news is the news's own."""
    body = (
        "Die Brauerei Hellwig hat am Dienstag Insolvenz beantragt. Im Geschäftsjahr 2020/21 "
        "sank der Umsatz um zwölf Prozent. Im Frühjahr hatten Gespräche mit einem Investor "
        "begonnen, die im Oktober scheiterten."
    )
    check_events(events_of(body, "de", "2021-11-16"), [("has", "2021-SP"), ("not", "2020-SP")])
