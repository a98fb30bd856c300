"""A verb of saying in the passive reports no clause after its day (session 34, TimeBank/
AQUAINT): "Since the merger was announced Wednesday, shares have risen" tells the announcement
on Wednesday; the rise is no clause the announcement reports, and Wednesday is not its day.

Each case under "the rule" is one the code before this rule got wrong (checked against main
1443898a); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: the passive's day is the announcement's, the main clause a span since
        (
            "Since the merger was announced Wednesday, shares of both firms have risen.",
            [("title", "The merger was announced", "2021-03-10"), ("no-title", "risen")],
        ),
        # the rule: "and" after a passive's complement opens a clause of its own, not reported
        (
            "The pier was declared unsafe Tuesday and the ferry will stop at the beach instead.",
            [
                ("title", "The pier was declared unsafe", "2021-03-09"),
                ("title-not", "ferry", "2021-03-09"),
            ],
        ),
        # guard: a passive after "it" still reports the clause after its day
        (
            "It was announced Wednesday the plant would close in May.",
            [("title", "The plant would close", "2021-05")],
        ),
        # guard: the active saying is untouched
        (
            "The mayor said Wednesday the bridge would reopen in May.",
            [("title", "The mayor said the bridge would reopen", "2021-03-10")],
        ),
        (
            "Since the budget cuts were reported Tuesday, the union has called two strikes.",
            [("title", "The budget cuts were reported", "2021-03-09")],
        ),
    ],
)
def test_a_passive_saying_reports_no_clause(text: str, checks: list) -> None:
    check_events(events_of(text, "en", "2021-03-12"), checks)
