"""Wrong dates (#14): the period a report or figure is for is not when it is published or
given. Sentences of our own."""

from __future__ import annotations

from dataclasses import replace

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


# A "since" phrase with no verb of its own says when a running span began: no date of the
# clause ("depuis la saison 2004-2005" is one season, not a range from 2004).
SINCE = [
    ("en", "Ticket sales have dropped by a third since peaking in 2011.", [("not", "2011")]),
    ("en", "The bakery has lost money since its opening in 2019.", [("not", "2019")]),
    (
        "fr",
        "Le club n'avait plus remporté la coupe depuis la saison 2004-2005.",
        [("not", "2004")],
    ),
    # a "since" clause with its own verb tells its own happening
    ("en", "Rents have doubled since the mill closed in 2009.", [("has", "2009")]),
    # a state the phrase's happening began is dated by it
    ("en", "The bridge has been shut since the crash on 4 March 2025.", [("has", "2025-03-04")]),
]


@pytest.mark.parametrize(("language", "body", "checks"), SINCE)
def test_a_since_phrase_dates_no_clause(language: str, body: str, checks: list) -> None:
    document = replace(article(body, "2025-10-20T09:00"), language=language)
    check_events(extract_events(document), checks)


# A superlative after a possessive has its baseline in a "since" clause as after "the".
def test_a_possessive_superlatives_since_clause_dates_nothing() -> None:
    body = "Some coastal towns could see their wettest week since records started in 1911."
    check_events(extract_events(article(body, "2025-10-20T09:00")), [("not", "1911")])


# "later on Monday" says when in the day, not that the day lies ahead: a past verb looks back.
LATER = [
    ("The van was found abandoned later on Sunday night.", [("has", "2025-10-19TNI"), ("not", "2025-10-26TNI")]),
    ("The mayor will speak later on Thursday.", [("has", "2025-10-23")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), LATER)
def test_later_on_a_weekday_keeps_the_clauses_direction(body: str, checks: list) -> None:
    check_events(extract_events(article(body, "2025-10-21T09:00")), checks)


# A quarter joined into an adjective after the verb is its noun's: the day dates the report.
QUARTER_ADJECTIVES = [
    (
        "Kelmar posted a sharp rise in third-quarter profit on Tuesday.",
        [("has", "2025-10-21"), ("not", "2025-Q3")],
    ),
    # the subject's own quarter dates what it did
    ("Kelmar's third-quarter profit rose 8 percent.", [("has", "2025-Q3")]),
]


@pytest.mark.parametrize(("body", "checks"), QUARTER_ADJECTIVES)
def test_a_quarter_adjective_dates_its_noun(body: str, checks: list) -> None:
    check_events(extract_events(article(body, "2025-10-22T09:00")), checks)
