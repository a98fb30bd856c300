"""Noun phrases in titles: a happening named by a noun with its year and its parties ("the 2016 pact between Chile,
Peru and Bolivia"): one event, titled with all the parties, and no undated copy of it on the
news day. Our own sentence, published Friday 6 June 2025."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    body = f"Story\n\n{text}"
    document = Document("/x.txt", "Story", body, "2025-06-06T12:00", "header", "x", 0)
    return [(e.start, e.title) for e in extract_events(document)]


def test_a_dated_agreement_between_a_list_of_parties_is_one_event_with_its_parties():
    # the noun's title runs on over the list's commas; no undated copy of it on the news day
    text = "Under the 2016 pact between Chile, Peru and Bolivia, Ecuador was left out of the water deal."
    assert _events(text) == [("2016", "Pact between Chile, Peru and Bolivia")]


def test_a_length_before_of_stays_in_the_title():
    # "two days of talks": how long the talks were, part of what was ended
    text = "Latvia and Estonia closed three days of meetings on Wednesday without a deal."
    assert _events(text) == [("2025-06-04", "Latvia and Estonia closed three days of meetings")]
