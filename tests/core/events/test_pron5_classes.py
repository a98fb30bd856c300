"""What a sentence-opening "it" stands for when no name does (session 25, PRON5): the
subject of the sentence before when that is one thing (a singular noun that names no
person) and nothing else there is a thing "it" could be; otherwise no title. Articles of our
own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

THING_CASES = [
    (  # the subject, an aside cut and a measure of time ("a day") no rival
        "The ferry, built in 1962 and refitted twice, carries about 900 cars a day. It was "
        "taken out of service for repairs in June 2011.",
        [("title", "The ferry was taken out of service for repairs", "2011-06")],
    ),
    (  # after a fronted time phrase; "the second quarter" is a time, not a thing
        "The company took delivery of 40 new buses in the second quarter. In March 2021 it "
        "opened a depot in Leith.",
        [("title", "The company opened a depot in Leith", "2021-03")],
    ),
    (  # another thing in the sentence before: the company or the plant?
        "The company bought the plant in 2001. It was closed in June 2011.",
        [("no-title", "The company was closed"), ("no-title", "The plant was closed")],
    ),
    (  # a person's possessive in the sentence: no title made of the thing and "his"
        "The poll was taken in May. It showed that his support had slumped since March 2020.",
        [("no-title", "The poll's")],
    ),
    (  # a person's noun is no "it"
        "The spokesman arrived late. It was announced in June 2011.",
        [("no-title", "The spokesman")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), THING_CASES)
def test_it_stands_for_the_one_thing_the_sentence_before_was_about(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
