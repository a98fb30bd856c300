"""Scoring an article's events against a chronology written by hand, as the held-out check
for #16 does: an event counts when its date is the listed one and its title holds the listed
words; an event whose title holds an entry's words under another date is a wrong date.

>>> _dated("1986-04-26TMO", "1986-04-26"), _dated("2024-11-12", "2024-11")
(True, False)
"""

from __future__ import annotations

from pathlib import Path

from core.events.extract import extract_events
from core.reading.readers import read_article

FIXTURES = Path(__file__).parents[2] / "fixtures" / "languages"

# One listed event: (its date as TIMEX3 gives it, words its title must hold, lower case).
Entry = tuple[str, tuple[str, ...]]


def _dated(start: str, date: str) -> bool:
    """A day read with its part of the day ("вранці" → ``TMO``) is still that day."""
    return start == date or start.startswith(date + "T")


def _holds(title: str, words: tuple[str, ...]) -> bool:
    return all(w in title.lower() for w in words)


def score(name: str, language: str, chronology: list[Entry]) -> tuple[list[Entry], list[str]]:
    """The entries found with their date, and the events carrying an entry's words under
    another date ("date | title")."""
    document = read_article(FIXTURES / name)
    assert document.language == language
    events = [(e.start, e.title) for e in extract_events(document)]
    found = [(d, w) for d, w in chronology if any(_dated(s, d) and _holds(t, w) for s, t in events)]
    wrong = [
        f"{s} | {t}"
        for s, t in events
        if any(_holds(t, w) for _, w in chronology)
        and not any(_dated(s, d) and _holds(t, w) for d, w in chronology)
    ]
    return found, wrong
