"""The time a feature told wholly in the past narrates (session 10, helper enR), in our own
sentences: "on the Tuesday" is a day of the story's week, "that week" the week of the story's
day, "the winter before" the winter before the story's time, and a month after that winter
the next spring's; a bare weekday without the article stays the news's."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

STORY = "The dam cracked on May 8, 1987."


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        # the definite article: the Tuesday of the story's week, even in a quote the
        # witness tells today
        (
            f'{STORY} "We had been warned on the Tuesday that it might go," a farmer, now 80, says.',
            "Tuesday",
            "1987-05-05",
        ),
        # no article: the news's own Tuesday
        (
            f"{STORY} The mayor said on Tuesday that a new wall would be built.",
            "Tuesday",
            "2021-06-01",
        ),
        # "that week" after a clock time and its year: the week of that day, not the year
        (
            "It was just after 4 a.m. on May 8, 1987, and the dam had cracked. Nine people died "
            "that week.",
            "that week",
            "1987-W19",
        ),
        # "the winter before" the story's spring, and the March after that winter
        (
            f"{STORY}\n\nThe winter before had brought heavy snow, and a thaw in late March "
            "filled the reservoir.",
            "The winter before",
            "1986-WI",
        ),
        (
            f"{STORY}\n\nThe winter before had brought heavy snow, and a thaw in late March "
            "filled the reservoir.",
            "late March",
            "1987-03",
        ),
        # "before" that opens a phrase is a preposition, not the season's
        ("The winter before the war was cold.", "The winter", "2020-WI"),
    ],
)
def test_enR_story_time(text: str, said: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, date(2021, 6, 1))}
    assert found[said] == value, found


SHIFT = (
    "The night shift began on 14 March 1985. The strike had ended a week earlier, on 3 March. "
    '"Nobody complained that week," a miner says. At about 9.40pm the roof collapsed. The last '
    "men were brought up the next day."
)


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        # a look back in the past perfect leaves the story on its day; "that week" too
        (SHIFT, "9.40pm", "1985-03-14T21:40"),
        (SHIFT, "the next day", "1985-03-15"),
        # a year told in the past after the story's time is gone by: counted from, not a plan
        (
            "The pit flooded on 14 March 1985. The board closed it in 1987. The gear was "
            "demolished two years later.",
            "two years later",
            "1989",
        ),
        # ... but a year in a sentence that looks ahead is a plan: counted from the story
        (
            "On May 4, 2008, the council approved the pact. The minister has predicted that "
            "after 2011 he would expect troops to stay. Crowds gathered where, five years "
            "previously, a statue had fallen.",
            "five years previously",
            "2003",
        ),
        (
            "In May 2006 the army agreed to withdraw by 2011. Protesters burned an effigy where, "
            "five years previously, the king had stood.",
            "five years previously",
            "2001",
        ),
    ],
)
def test_enR_story_day_kept(text: str, said: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, date(2025, 3, 27))}
    assert found[said] == value, found
