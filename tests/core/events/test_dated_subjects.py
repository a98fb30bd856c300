"""A happening named by the subject with its own date, the clause only judging it ("The final
against Dorset on May 17 was another thriller"), is that happening on that day, titled by the
clause as written so that its tense places a date written without a year. Not when another
happening comes between the noun and the date ("The inquiry into the crash on May 3"). Our
own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("The quarter-final at Ayr on May 17 was a disappointment, settled by a late goal.",
         [("title", "The quarter-final at Ayr was a disappointment", "2021-05-17")]),
        ("The final against Dorset on January 3 was a thriller.",
         [("title", "The final against Dorset was a thriller", "2022-01-03")]),
        # a date ahead with a past copula: no event rather than a wrong year
        ("The final against Dorset on March 3 was a thriller.", [("none",)]),
        # the date is the crash's
        ("The inquiry into the crash on May 3 was thorough.", [("not", "2021-05-03")]),
        # no happening noun: a figure's month
        ("Sales in May were strong.", [("none",)]),
    ],
)  # fmt: skip
def test_a_dated_happening_in_the_subject(body, checks):
    check_events(events_of(body, "en", "2022-02-04"), checks)
