"""A count from a date ("two years later", "the following year") takes the nearest date of
its own sentence that lies ahead of the story, even one that only dates a thing ("a 2008
plan") or opens a sentence whose first verb looks ahead ("In 2001, after a quarrel over who
would pay, …"); a date the story looks back to, and a plan in another sentence, still leave
the count to the story's time. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

NOW = date(2019, 7, 1)


def _value(text: str, words: str) -> str:
    return next(t.value for t in tag(text, NOW) if t.text == words)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a thing dated ahead of the story, in the count's own sentence
        ("In 1997, voters turned down a levy, and a 2008 plan for a rink fell apart when the "
         "builder went bust the following year.", "the following year", "2009"),
        ("In 1985 the firm moved north; a 1992 merger failed the following year.",
         "the following year", "1993"),
        # a year that frames its sentence, though a verb of a plan follows it
        ("The depot shut on May 4, 1990. In 2001, after a quarrel over who would pay for the "
         "cleanup, the county bought the yard, and crews razed the sheds two years later.",
         "two years later", "2003"),
        # the story's time, where the date counted past is a look back or in another sentence
        ("In May 1990, staff struck under the 1987 deal, and two years later they won a raise.",
         "two years later", "1992"),
        ("In May 1990, staff struck over the 1987 deal. Two years later they won a raise.",
         "Two years later", "1992"),
        ("The choir, set up in 1891, sang in Vienna in 1930. The following year it broke up.",
         "The following year", "1931"),
    ],
)  # fmt: skip
def test_a_count_takes_the_date_of_its_own_sentence(text, words, value):
    assert _value(text, words) == value
