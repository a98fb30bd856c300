"""A second happening told after a comma with a date counted from the first (session 27):
"…, and two years after that it widened …" (a time phrase, no clause at "after" or "that"),
"…, a measure it dropped the next year" (a relative whose "that" is left out), and a bare
"appeared" with its date ("Her memoir appeared in 2016": it came out, a happening). Each keeps
its own date and a title in the sentence's words, its subject carried over. Every sentence
here is our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events


@pytest.mark.parametrize(
    ("published", "body", "checks"),
    [
        # "two years after that": counted from the year told before, its own happening
        ("2022-02-04", "In 2011 the trust bought the old ferry, and three years after that it restored the engine room.",
         [("title", "The trust bought the old ferry", "2011"), ("title", "The trust restored the engine room", "2014")]),
        ("2022-02-04", "The league admitted women's teams in 1997, and a year after that it created a cup for them.",
         [("has", "1997"), ("title", "created a cup", "1998"), ("not", "2022")]),
        ("2022-02-04", "In 2011 the trust bought the old ferry; two years after that it sold the boat.",
         [("title", "The trust sold the boat", "2013")]),
        # ... "after that vote": "that" a determiner, the cut stays
        ("2022-02-04", "The town held a vote in 2015, and two years after that vote the council merged with its neighbour.",
         [("has", "2015"), ("not", "2017")]),
        # a relative with no "that" after a noun set off by a comma
        ("2022-02-04", "The port authority imposed a toll in 2012, a charge it scrapped the following year.",
         [("title", "The port authority imposed a toll", "2012"), ("title", "The port authority scrapped a charge", "2013")]),
        ("2022-02-04", "The club signed the striker in 2004, a deal it regretted within two years, a director said on Monday.",
         [("has", "2004"), ("not", "2022")]),
        # ... an aside of the subject, before its verb, is no such relative
        ("2022-02-04", "The granary, a building he bought in 1952, burned down on Tuesday.",
         [("title", "The granary burned down", "2022-02-01"), ("no-title", "He burned")]),
        ("2022-02-04", "Her husband, a carpenter whom she married in 1970, died in 2015.",
         [("title", "Her husband died", "2015")]),
        # a bare "appeared" with its date: it came out
        ("2022-02-04", "His first memoir appeared in 2016 and was translated into Greek the following year.",
         [("title", "His first memoir appeared", "2016"), ("title", "His first memoir was translated into Greek", "2017")]),
        ("2022-02-04", "The first cracks appeared on Sunday, engineers said.",
         [("title", "The first cracks appeared", "2022-01-30")]),
        # ... "appeared" before a complement or an infinitive is still a state
        ("2022-02-04", "The minister appeared tired on Wednesday.", [("none",)]),
        ("2022-02-04", "The talks appeared on Thursday to be near collapse.", [("no-title", "appeared")]),
        # baselines and a date that describes stay out
        ("2022-02-04", "Exports rose 6 pct in 2019, up from two years earlier.", [("dated", "2019")]),
    ],
)  # fmt: skip
def test_second_happening_keeps_its_own_date(published: str, body: str, checks: list) -> None:
    check_events(extract_events(article(body, published)), checks)
