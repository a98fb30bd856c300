"""A date that is an argument, not an adverbial, in a title (``core.events.date_arguments``):
the object a verb names in a role stays ("had chosen June 9 as their closing day"); a clause
whose subject is the date passing goes with it ("as the year progresses"), and so do the words
that only describe the date ("over the year as a whole"). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "1987-04-10"
CASES = [
    (
        "role-object-kept",
        "The two bakeries at first had chosen June 9 as their closing day for the merger.",
        [
            ("title", "had chosen June 9 as their closing day", "1987-06-09"),
            ("no-title-with", "targeted as"),
        ],
    ),
    (
        "role-object-year",
        "Ferrow Mills marked 1986 as its best year on Monday.",
        [("no-title-with", "marked as")],
    ),
    (
        "subject-clause-goes",
        "Tarnby Mills said it will remain solvent in 1987 and trading should firm as the year progresses.",
        [("title", "Trading should firm", "1987"), ("no-title-with", "as progresses")],
    ),
    (
        "subject-clause-wore-on",
        "The glassworks hired forty workers in March as the month wore on.",
        [("title", "The glassworks hired forty workers", "1987-03"), ("no-title-with", "wore")],
    ),
    # in the past, which year passed the text told before: no date read from it alone
    (
        "subject-clause-past",
        "Margins at Tarnby Mills widened in 1986 and orders grew as the year progressed.",
        [("title-not", "Orders grew", "1987")],
    ),
    (
        "as-a-whole-goes",
        "In the first half of 1986 Pellin Foods earned 2 mln dlrs but booked a loss of 9 mln dlrs during the year as a whole.",
        # (a bare "the year" told in the past in April is a finished year, which one unread:
        # the loss keeps no date, never the current year's)
        [("title-not", "Pellin Foods booked a loss", "1987"), ("no-title-with", "as a whole")],
    ),
    # a part of a date after a preposition goes with it
    (
        "part-of-month",
        "Rye shipments through the latter part of June slipped 6 pct, Tarnby Mills reported.",
        [("title", "Rye shipments slipped 6 pct", "1986-06"), ("no-title-with", "part")],
    ),
    (
        "rest-of-year",
        "Oat sales over the remainder of 1986 climbed 3 pct, Ferrow Mills reported.",
        [("title", "Oat sales climbed 3 pct", "1986"), ("no-title-with", "remainder")],
    ),
    # a figure of orders foreseen is no happening, its date dropped with "as a whole" or not
    (
        "orders-foreseen",
        "Over the year as a whole fresh orders should climb by two billion marks, Kessmer AG said.",
        [("no-title-with", "orders should climb")],
    ),
    # an adverbial date still goes with its preposition; "as" opening a clause stays
    (
        "adverbial-as-clause",
        "Prices of rye fell on Monday as bakers cut their orders.",
        [("has", "1987-04-06"), ("no-title-with", "Monday")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_arguments(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(body, "en", PUBLISHED), checks)
