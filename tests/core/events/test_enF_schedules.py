"""Dated sentences that gave no event at all (session 10, helper enF): a timeline's entries
("- May 4: Council approves the budget"), a schedule told in the plain present after a
plural or modified noun ("The regional finals begin on …", "begins next Monday"), a forecast
with a figure ("Forecasters expect 5 to 8 inches …"), and verbs ending like an adverb
("The new fares apply from …"), told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-10-13"
CASES = [
    # a timeline entry: a date alone, then a colon or a dash, dates the clause after it
    (
        "timeline-colon",
        "- Sept. 3: Harbour board approves the new ferry contract.",
        [("title", "Harbour board approves the new ferry contract", "2021-09-03")],
    ),
    (
        "timeline-dash",
        "- **March 2017** – Parliament approves the northern viaduct",
        [("title", "Parliament approves the northern viaduct", "2017-03")],
    ),
    (
        "timeline-headline-participle",
        "Oct. 5: Second landslide reported near Corran Bridge.",
        [("title", "Second landslide reported near Corran Bridge", "2021-10-05")],
    ),
    # a date that only opens a clause with its own subject stays that clause's
    (
        "date-colon-not-an-entry",
        "On Tuesday the mayor said one thing: the bridge is safe.",
        [("no-title-with", "bridge is safe")],
    ),
    # a schedule in the plain present: the noun phrase may be modified or counted
    (
        "plural-modified-present",
        "The regional finals begin on October 30.",
        [("title", "The regional finals begin", "2021-10-30")],
    ),
    (
        "third-person-next-weekday",
        "A third round of flu clinics begins next Monday.",
        [("title", "A third round of flu clinics begins", "2021-10-18")],
    ),
    (
        "plural-present-figure",
        "Forecasters expect 5 to 8 inches of snow on Saturday.",
        [("title", "Forecasters expect 5 to 8 inches of snow", "2021-10-16")],
    ),
    # a verb ending like an adverb is no adverb: the title is whole
    (
        "verb-ending-ly",
        "The new fares apply from January 1, 2022.",
        [("title", "The new fares apply", "2022-01-01")],
    ),
    # a clock time before a plural noun counts nothing
    (
        "clock-is-no-count",
        "10:15 Officials expect the roads to reopen on Tuesday.",
        [("no-title-with", "15 Officials")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enF_schedules_and_entries(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
