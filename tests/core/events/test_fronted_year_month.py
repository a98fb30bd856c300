"""A fronted year set off by a comma frames a month the main clause names later, as it frames
a day: "In 2019, the last ferry of the season was cancelled in mid-October" is October 2019.
A phrase inside the subject ("of the season") makes the month no other noun's; one after the
verb still does ("thanked the crews for the rescue in March"). Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("In 2019, the last ferry of the season was cancelled in mid-October.",
         [("title", "The last ferry of the season was cancelled", "2019-10"), ("not", "2019")]),
        ("In 2018, the rowing club moved its boathouse in April.",
         [("title", "The rowing club moved its boathouse", "2018-04")]),
        ("In 2016, the head of the trust resigned on 4 May.",
         [("title", "The head of the trust resigned", "2016-05-04")]),
        # the month after a preposition's noun in the predicate is the rescue's
        ("In 2012, the mayor thanked the crews for the rescue in March.",
         [("has", "2012"), ("not", "2012-03")]),
        # a month in a relative clause is the retirement's
        ("In 2015, the school honoured a teacher who retired in July.",
         [("has", "2015"), ("title-not", "The school honoured", "2015-07")]),
        # a quarter stays the figure's period
        ("In 2018, sales rose in the fourth quarter.", [("not", "2018-10")]),
    ],
)  # fmt: skip
def test_a_fronted_year_frames_the_month_of_its_main_clause(body, checks):
    check_events(events_of(body, "en", "2021-06-10"), checks)
