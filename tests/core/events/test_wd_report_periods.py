"""Wrong dates (#14): the period a report or figure is for is not when it is published or
given. Sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (
        "Kelmar will publish its sales figures for the second quarter on 14 November 2025.",
        [("has", "2025-11-14"), ("not", "2025-Q2")],
    ),
    (
        "The council will present its budget for next year on Thursday.",
        [("has", "2025-10-23"), ("not", "2026")],
    ),
    # a happening in the quarter is still the quarter's
    ("Sales at Kelmar fell 8% in the third quarter.", [("has", "2025-Q3")]),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_reports_period_is_not_its_publication(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, "2025-10-20T09:00")), checks)


# The earliest time of what only may happen is no happening's date.
POSSIBLE = [
    (
        "The storm could reach the coast as early as Thursday, forecasters said.",
        [("not", "2025-10-23")],
    ),
    ("A ruling might come as soon as next week.", [("not", "2025-W44")]),
    # what will happen on the day keeps it
    ("The storm will reach the coast on Thursday.", [("has", "2025-10-23")]),
]


@pytest.mark.parametrize(("body", "checks"), POSSIBLE)
def test_a_bound_of_what_may_happen_dates_nothing(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, "2025-10-20T09:00")), checks)


# A year naming a document of that year's accounts is the document's, not the clause's.
DOCUMENTS = [
    ("Pay for the directors will be set out in the 2025 annual report.", [("not", "2025")]),
    ("The minister put the cuts in the 2026 budget.", [("not", "2026")]),
    # a year that frames the clause still dates it
    ("The minister cut the budget in 2024.", [("has", "2024")]),
]


@pytest.mark.parametrize(("body", "checks"), DOCUMENTS)
def test_a_documents_year_is_not_the_clauses(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, "2025-10-20T09:00")), checks)
