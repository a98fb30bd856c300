"""Dates that belong to another clause than the one a title tells (session 36): a "with"
phrase set off by a comma that has a verb of its own ("…, with the first ships arriving
Tuesday"), and a baseline counted in words ("rose from four cases in 2019 to 31 last year").

Each case under "the rule" is one the code before these rules got wrong (checked against
stage b1d8cc88); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-06-12T10:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: the "with" phrase's own verb takes its date, not the clause before it
        (
            "Nine harbour towns voted for a joint patrol, with the first cutters arriving "
            "Tuesday, officials said.",
            [("not", "2024-06-11")],
        ),
        (
            "The two unions backed the wage pact, with ballots closing on Monday.",
            [("not", "2024-06-10")],
        ),
        (
            "Orchard prices climbed, with growers counting the damage from frost in March.",
            [("title-not", "Orchard prices climbed", "2024-03")],
        ),
        # guard: the clause's own date, before the "with" phrase, stays
        (
            "Nine harbour towns voted for a joint patrol on Monday, with the first cutters "
            "arriving later.",
            [("title", "Nine harbour towns voted for a joint patrol", "2024-06-10")],
        ),
        # guard: "with" and no comma is no clause of its own
        (
            "Tilda Marr met with fishermen living near the dam on Monday.",
            [("has", "2024-06-10")],
        ),
        # the rule: a count in words after "from" is a baseline's figure
        (
            "Complaints against the ferry firm had risen sharply, from four cases in 2019 to "
            "31 last year.",
            [("not", "2019")],
        ),
        (
            "Break-ins at the depot fell from twelve a month in 2021 to two this spring.",
            [("not", "2021")],
        ),
        # guard: a count in figures was a baseline already, and a span from a year stays
        (
            "Visits to the Kell museum fell to 2,000 from 3,500 in 2020.",
            [("not", "2020")],
        ),
        (
            "Arno Pike ran the Kell museum from 2009 to 2015.",
            [("has", "2009")],
        ),
        # guard: a sentence's end stops the "with" phrase before a date that opens the next
        (
            "Ada Sorn scored twice, with Kit Varo setting up both goals. That night the "
            "squad bus took four hours to get home.",
            [("title", "The squad bus took four hours to get home", "2024-06-12TNI")],
        ),
    ],
)
def test_dates_of_another_clause(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)
