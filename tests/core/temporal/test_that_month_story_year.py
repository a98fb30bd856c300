"""A month named with "that" takes the story's year, not a bare year a relative clause tells in
passing. Our own sentences."""

from __future__ import annotations

from datetime import date

from core.temporal.tagger import tag


def test_that_month_after_a_relatives_year_is_the_storys():
    """ "The quarry, which opened in 1962, shut, and its owner failed that October" after a
    sentence dated in 2011: the relative tells the quarry in passing, the October is 2011's."""
    text = (
        "The collapse happened on May 4, 2011, in the east pit. The quarry, which opened in "
        "1962, never reopened, and its owner failed that October."
    )
    assert [t.value for t in tag(text, date(2013, 2, 1))] == ["2011-05-04", "1962", "2011-10"]


def test_that_month_after_a_framing_year_keeps_it():
    """ "The flood of 1950 … That April": the year named last is the story's."""
    text = "The flood of 1950 ruined the town. That April, the mill, which opened in 1921, closed."
    assert [t.value for t in tag(text, date(2016, 9, 22))][:2] == ["1950", "1950-04"]
