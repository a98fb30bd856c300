""" "After" and "before" with a noun phrase and no verb of their own, after a past clause, are
prepositions, not clause openers: the clause goes on and the date at the phrase's end is the
clause's ("The plan came before the board in March"). Not a bound of time ("before the end of
March", "was built after 2000"), not a clause told ahead ("will not reopen before next week"),
not after a date the clause already holds, not a phrase that holds a clause ("after its leader,
Jo Fenn, resigned …"). Our own sentences, published Wednesday 10 January 2018."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2018-01-10T18:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("The zoning plan first came before the county board in March.",
         [("title", "The zoning plan came before the county board", "2017-03")]),
        ("The museum, opened in 1901, renamed its east wing after her in 1998.",
         [("title", "The museum renamed its east wing", "1998")]),
        ("The new stand was named after them in 2011.",
         [("title", "The new stand was named", "2011")]),
        # a past verb's clause opened by "after" is still a clause of its own
        ("Tom Haig resigned after the mayor cut his budget in March.",
         [("title", "The mayor cut his budget", "2017-03"), ("no-title", "Haig resigned")]),
        ("The Green Party slumped after its leader, Jo Fenn, quit over travel claims in May.",
         [("title", "Jo Fenn quit over travel claims", "2017-05")]),
    ],
)  # fmt: skip
def test_a_preposition_phrase_leaves_its_date_to_the_clause(text, checks):
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a bound of time, not the date
        ("Most of the flats on the estate were built after 2003.", [("none",)]),
        ("The tannery shut before the end of March.", [("not", "2017-03")]),
        # a noun that names a happening, or any noun after "after": the noun's date
        ("Police held two men after a raid on a garage on Friday.",
         [("no-title", "Police held two men")]),
        ("Rents climbed after a shortage of flats in May.", [("not", "2017-05")]),
        ("The mayor quit before the vote on Monday.", [("no-title", "The mayor quit")]),
        # a clause told ahead takes the phrase's date as a bound
        ("The second batch of lamps would not reach the camp before next month.", [("none",)]),
        ("The co-op plans to pay a bonus after the annual meeting on June 8.",
         [("no-title", "bonus")]),
        # the clause's own date before the phrase stays the clause's
        ("The ferry service was halted in May 2016 after a row over a refit on May 20.",
         [("title", "The ferry service was halted", "2016-05")]),
        # a figure's date inside the phrase
        ("The record shortfall came after a revised 12.5 billion dlr second quarter gap.",
         [("none",)]),
    ],
)  # fmt: skip
def test_a_bound_or_a_plan_keeps_its_date_from_the_clause(text, checks):
    check_events(events_of(text, "en", PUBLISHED), checks)
