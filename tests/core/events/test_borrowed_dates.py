"""Dates a happening must not borrow: the day of a relative clause or of another noun after a
fronted year, the news's month where a new paragraph carries the story on, a later date
still ahead taken for the sentence's own time, and a span's length after the last date
taken for a point. Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # the day of a relative clause is the retirement's, not the honouring's
        ("In 2014, the school honoured a teacher who retired on 8 July.", "2021-06-10",
         [("title", "The school honoured a teacher", "2014"), ("not", "2014-07-08")]),
        # the day after a preposition's noun is the rescue's
        ("In 2012, the mayor thanked the crews for the rescue on 2 March.", "2021-06-10",
         [("has", "2012"), ("not", "2012-03-02")]),
        # the main clause's own day in a fronted year still dates it
        ("In 2019, the rail firm opened its new depot on 14 October.", "2021-06-10",
         [("title", "The rail firm opened its new depot", "2019-10-14")]),
        ("A gale wrecked the old jetty in 2017.\n\nA year later, the new ferry sailed to Arran "
         "on 9 May.", "2021-06-10",
         [("title", "The new ferry sailed to Arran", "2018-05-09"), ("not", "2018")]),
    ],
)  # fmt: skip
def test_a_fronted_year_lends_only_the_main_clause_its_day(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # the paragraph goes on with the story: 2020's October, not the news's last one
        ("The parish council bought the chapel on Tuesday.\n\nThe roof first leaked in July "
         "2020, when a storm tore off the slates.\n\nA survey followed in October, and repairs "
         "were put off until the next summer.", "2023-03-02",
         [("title", "A survey followed", "2020-10"), ("not", "2022-10")]),
        ("A choir from Lyon sang in the cathedral on Sunday.\n\nIt first toured abroad in "
         "August 2021, with a new conductor.\n\nIts first record came out in September.",
         "2023-03-02", [("title", "Its first record came out", "2021-09"), ("not", "2022-09")]),
        # a month of the last few before publication is still the news's own
        ("The council reopened the coast road on Thursday.\n\nA landslide had blocked it in "
         "December 2021.\n\nEngineers began work in September.", "2022-11-20",
         [("title", "Engineers began work", "2022-09")]),
    ],
)  # fmt: skip
def test_a_new_paragraph_may_carry_the_story_on(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # a plan still ahead is no time the sentence has reached: "the next year" counts from
        # the opening
        ("The pier, due to be rebuilt in 2027, opened in 1955. The next year a storm damaged "
         "it.", "2022-03-10", [("title", "A storm damaged it", "1956"), ("not", "2028")]),
        ("The museum, which will move to a new site in 2026, was founded in 1971. It bought "
         "its first painting the following year.", "2023-09-14",
         [("has", "1972"), ("not", "2027")]),
    ],
)  # fmt: skip
def test_a_date_ahead_is_no_look_back_point(body, published, checks):
    check_events(events_of(body, "en", published), checks)


@pytest.mark.parametrize(
    ("body", "published", "checks"),
    [
        # how long, counted from the last date: no point two or four years on
        ("The ferry service began in 2003. Ana Ruiz captained the boat for four years after "
         "that, her son said.", "2022-03-10", [("not", "2007")]),
        ("The bridge reopened in May 2011. It had been closed for three months before that.",
         "2022-03-10", [("not", "2011-02")]),
        ("The depot was built in 1998. The army rented it for nearly two years after that.",
         "2022-03-10", [("not", "2000")]),
        # an offset alone is still a point
        ("The depot was built in 1998. Two years after that, the city sold it.", "2022-03-10",
         [("title", "The city sold it", "2000")]),
    ],
)  # fmt: skip
def test_a_span_after_the_last_date_is_no_point(body, published, checks):
    check_events(events_of(body, "en", published), checks)
