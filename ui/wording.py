"""The window's counts and messages in one voice: thousands separated, singular or plural as
the number asks ("1 article", "1,759 events"). No Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the timeline's model counts too, and must not pull in the engine
    from core.ingest import IngestReport, Progress


def count(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "0 articles", "27,742 events"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def timeline_counts(events: int, articles: int) -> str:
    """What the timeline holds: "1,759 events from 1,023 articles"."""
    return f"{count(events, 'event')} from {count(articles, 'article')}" if articles else ""


def shown_counts(shown: int, total: int, hidden_articles: int) -> str:
    """The filter bar's count: "9 of 27,742 events shown, 1 article hidden"."""
    text = f"{shown:,} of {count(total, 'event')} shown"
    return text + (f", {count(hidden_articles, 'article')} hidden" if hidden_articles else "")


def search_matches(shown: int, query: str) -> str:
    """ "1 event matches “bus”", "11 events match “Senate”"."""
    verb = "matches" if shown == 1 else "match"
    return f"{count(shown, 'event')} {verb} “{query}”"


def ingest_summary(
    report: IngestReport, events: int | None = None, articles: int = 0, before: int = 0
) -> str:
    """What adding did, then what the timeline holds now (``events`` from ``articles``; it
    held ``before``): fewer events may be new than were found, repeats of one happening
    being merged: "1,000 articles added, 1,870 events found, 1,759 new after merging
    repeats; the timeline has 1,759 events from 1,023 articles"."""
    parts = [f"{count(len(report.added), 'article')} added"]
    if report.present:
        parts.append(f"{len(report.present):,} already there")
    noted = []  # each named under Problems: said once, after the last
    if report.failed:
        noted.append(count(len(report.failed), "problem"))
    if report.skipped:  # found in a folder, not articles
        noted.append(f"{len(report.skipped):,} skipped as not articles")
    if report.unread:  # stored, but in a language not read yet
        noted.append(f"{len(report.unread):,} in a language not read yet")
    if noted:
        parts.extend([*noted[:-1], f"{noted[-1]} (see Problems)"])
    parts.append(f"{count(report.events, 'event')} found")
    if events is not None and 0 <= events - before < report.events:
        parts.append(f"{events - before:,} new after merging repeats")
    text = ", ".join(parts) + (" — cancelled" if report.cancelled else "")
    if events is None:
        return text
    return f"{text}; the timeline has {timeline_counts(events, articles)}"


def status_counts(events: int, articles: int, search: tuple[str, int] | None) -> str:
    """The status bar at rest: the search's matches (query, events shown), else all."""
    return search_matches(search[1], search[0]) if search else timeline_counts(events, articles)


def progress_format(p: Progress) -> str:
    """The progress bar's text (a ``QProgressBar`` format: ``%p`` is its percentage), in
    what the user dropped: files, or the articles of one archive file read in shares."""
    if p.total == 1 and p.steps_total > 1:
        return f"{Path(p.current).name}: %p% of its articles"
    return f"{min(p.done, p.total):,} of {count(p.total, 'file')}"


def progress_status(p: Progress) -> str:
    """ "Adding reut2-000.sgm — 1,234 events so far"."""
    return f"Adding {Path(p.current).name} — {count(p.events, 'event')} so far"
