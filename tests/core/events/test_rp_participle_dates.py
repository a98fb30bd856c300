"""A date after a participle that modifies a noun ("a report released on Monday") is that
participle's happening, gone by: a present in the main clause ("waiting lists are growing")
never carries it to the coming week. A verb after an auxiliary ("will be recorded on
Saturday") still looks ahead."""

from __future__ import annotations

from core.events.extract import extract_events
from tests.core.events.articles import article

PUBLISHED = "2023-05-18T09:00"  # a Thursday


def _starts(body: str) -> dict[str, str]:
    return {e.title: e.start for e in extract_events(article(body, PUBLISHED))}


def test_a_report_released_on_monday_dates_no_happening_in_the_coming_week():
    starts = _starts(
        "Hospital waiting lists are growing again, according to a report released on Monday."
    )
    assert starts, "the report's release is an event"
    assert all(start <= "2023-05-18" for start in starts.values()), starts


def test_a_day_after_an_auxiliary_and_participle_still_looks_ahead():
    starts = _starts("The orchestra will be recorded on Saturday at the old mill.")
    assert starts and all(start == "2023-05-20" for start in starts.values()), starts
