"""A day and month with "last year", "this year" or "next year" after them name one day of
that year: "on 4 March last year" is not this year's 4 March and last year besides."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill closed on 4 March last year after a fire.", "2018-03-04"),
        ("The games open on July 24 next year.", "2020-07-24"),
        ("Police arrested the driver on the 12th of June last year.", "2018-06-12"),
        ("The vote was held on Monday, March 4 last year.", "2018-03-04"),
        ("The fair opens on 2 October this year.", "2019-10-02"),
    ],
)
def test_a_day_with_its_year_word_is_that_years_day(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2019, 8, 25))] == [value]


def test_a_year_word_after_a_comma_is_its_own_expression() -> None:
    found = tag("It was signed on 4 March, last year was different.", date(2019, 8, 25))
    assert [t.value for t in found] == ["2019-03-04", "2018"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the next holder of a post is no timetable: the election is gone by
        ("Ana Ruiz was elected the town's next mayor on Tuesday.", "2016-11-08"),
        ("The club named its next coach on Monday.", "2016-11-07"),
        # the next of a happening still is: the meeting lies ahead
        ("The board's next meeting, on Friday, will decide.", "2016-11-11"),
    ],
)
def test_the_next_holder_of_a_post_is_not_the_next_of_a_happening(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2016, 11, 9))] == [value]
