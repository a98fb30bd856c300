"""A clock time with no day of its own, told in the past in a paragraph naming no day, is on
the day the news is about when the text opens on a day gone by just before publication
("Bus drivers struck on Monday" in a Tuesday paper), not on the publication's day."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

STRIKE = "FENBY, 10 March —\n\nBus drivers in Fenby held a one-day strike on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the walkout's paragraph goes on about Monday: the queue formed on Monday
        (
            STRIKE + "The walkout hit every route. Long queues formed before 8 a.m.",
            "2026-03-09T08:00",
        ),
        # the small hours after the news's day may be the publication's
        (STRIKE + "The company said services returned to normal at 4 a.m.", "2026-03-10T04:00"),
        # a paragraph naming the publication's day keeps it
        (
            STRIKE + "The union met again today. Pickets gathered at the depot at 6 a.m.",
            "2026-03-10T06:00",
        ),
        # a future: the publication's day, as before
        (STRIKE + "Talks will resume at 10 a.m.", "2026-03-10T10:00"),
        # a text whose first day is the publication's: the news is of that day
        (
            "FENBY, 10 March —\n\nBus drivers held a strike on Tuesday after talks failed on"
            " Monday.\n\nThe walkout hit every route. Long queues formed before 8 a.m.",
            "2026-03-10T08:00",
        ),
        # a first day three days back is no morning-after news
        (
            "Bus drivers in Fenby held a one-day strike on Saturday.\n\nThe walkout hit every"
            " route. Long queues formed before 8 a.m.",
            "2026-03-10T08:00",
        ),
    ],
)
def test_a_clock_time_told_in_the_past_is_on_the_news_s_day(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2026, 3, 10)) if "T" in t.value] == [value]


def test_midnight_is_left_to_the_tense() -> None:
    text = STRIKE + "The drivers said the strike had begun at midnight."
    assert [t.value for t in tag(text, date(2026, 3, 10)) if "T" in t.value] == ["2026-03-10T24:00"]
