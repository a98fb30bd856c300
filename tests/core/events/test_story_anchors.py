"""Which date an anaphoric or yearless date of a story told in the past counts from: the latest
date the narrative reached, never a look back that only describes a thing, and a yearless month
of a news text's own past its last such month. Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_BAKERY = (
    "Ines Moreau, 41, runs three bakeries in the city. She opened the first one in a side "
    "street in 2012, in a quarter whose market hall has been closed since it was sold off in "
    "1979. {next}"
)
_PLANT = (
    "The water board signed a contract for new pumps on Monday. In March 2018 the inspectors "
    "warned that the plant still relied on pumps fitted in 1996. {next}"
)
_FERRY = (
    "Tova Lind runs a small software firm that signed a deal with the city on Tuesday. Her "
    "break came in August 2015, when a ferry operator agreed to test her system on two "
    "crossings. {next}"
)
_TRIAL = (
    "A former treasurer of a rowing club was convicted on Thursday of theft. The losses came to "
    "light in September 2017, and he was arrested in March 2018. {next}"
)
_SHOW = (
    "The town theatre opened its season on Friday with a new play. Its idea, the director "
    "said, came from a protest in the spring of 2017 against the felling of a park.\n\n{next}"
)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # "the following spring" after a year that only looks back from the sentence's own
        (_BAKERY.format(next="Her first wholesale order came the following spring."),
         "2020-05-02", [("title", "first wholesale order came", "2013-SP"),
                        ("not", "1980-SP")]),
        (_PLANT.format(next="The board approved new pumps later that year."),
         "2020-05-04", [("title", "The board approved new pumps", "2018")]),
        # "that year" after a day: "three weeks later" still counts from the day
        ("The fraud came to light in the summer of 2019. Venn was suspended on 2 September "
         "that year. He resigned three weeks later.",
         "2022-06-09", [("title", "Venn resigned", "2019-W39"), ("not", "2019")]),
        # a fronted year, then the day in it: the day dates the happening
        ("The trawler Mary Bell sank off Barra in March 1971. The following year, an inquiry "
         "opened in Oban on 3 February.", "2022-06-08",
         [("title", "An inquiry opened in Oban", "1972-02-03"), ("not", "1972")]),
        ("The firm opened a plant near Leeds in 2004. Two years after that, it closed the "
         "plant.", "2016-10-03", [("title", "It closed the plant", "2006")]),
    ],
)  # fmt: skip
def test_an_anaphor_counts_from_the_date_the_story_reached(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # narration moving on and the news's last April name the same month
        (_FERRY.format(next="The operator rolled it out across its whole fleet in April."),
         "2016-11-12", [("title", "The operator rolled it out across its whole fleet",
                         "2016-04"), ("not", "2015-04")]),
        # a past perfect of the words reported after the date is no look back
        (_TRIAL.format(next="Testifying on February 9, Harlow told the jury he had been "
                            "repaying the money."),
         "2021-02-19", [("has", "2021-02-09"), ("not", "2018-02-09")]),
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
        ("Ruth Amsel retired from the council in 1992 and joined the ferry board two years "
         "later.", "2018-10-03", [("has", "1992")]),
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
