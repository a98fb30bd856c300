"""A span counted from a thing's date to the clause: "A year after the crash on 3 May 2019, the
airline resumed flights" — the date is the crash's, the resuming a year later; the subject is
the airline, not the crash. A span in words with no count dates nothing. Our own sentences,
published Friday 6 June 2025."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    body = f"Story\n\n{text}"
    document = Document("/x.txt", "Story", body, "2025-06-06T12:00", "header", "x", 0)
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year after the crash on 3 May 2019, the airline resumed flights to the island.",
         [("2020-05", "The airline resumed flights to the island")]),
        ("Two months after the flood in March 2024, the council reopened the bridge.",
         [("2024-05", "The council reopened the bridge")]),
        ("A year after the crash, the airline resumed flights to the island in May 2020.",
         [("2020-05", "The airline resumed flights to the island")]),
        # weeks later, on no day the text gives
        ("Weeks after the election on 4 July, the party chose a new leader.", []),
        # the sentence's own day dates it; the thing's date does not move the story to its week
        ("Nearly 20 years after the flood of March 3, 2005, the town opened a new levee on Tuesday.",
         [("2025-06-03", "The town opened a new levee")]),
        ("Almost three years after the fire, the theatre reopened in March.",
         [("2025-03", "The theatre reopened")]),
    ],
)  # fmt: skip
def test_a_span_counted_from_a_things_date(text, expected):
    assert _events(text) == expected


def test_a_span_after_a_date_counts_to_a_thing_not_back_to_a_clause():
    # "two months after Quinn replaced Doyle" dates the replacing back from November; "a year
    # after the crash" names a thing: the clause is not a year before May 2020
    text = "In May 2020, a year after the crash, the airline resumed flights to the island."
    assert not [start for start, _ in _events(text) if start.startswith("2019")]
    clause = "In November, two months after the club hired him, Quinn was sacked."
    assert ("2024-09", "The club hired him") in _events(clause)


def test_nearly_n_years_after_a_day_gives_no_day_of_its_own():
    # "nearly" two years after a day: no day nor month the text gives (the lead may still be
    # the news of the publication day)
    text = "Nearly two years after the strike on 3 May 2023, the union signed the deal."
    assert not [start for start, _ in _events(text) if start[:7] in ("2023-05", "2025-05")]
