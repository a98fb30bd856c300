"""Articles written in a test: a headline, a body of our own, and a given publication date."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document, Event

HEADLINE = "A headline for the test"


def article(body: str, published: str = "2022-02-04T23:15", language: str = "en") -> Document:
    """A document in ``language`` whose body is ``body``, published at ``published`` (its
    header says so)."""
    text = f"{HEADLINE}\n\n{body}"
    return Document("/t.txt", HEADLINE, text, published, "header", "h",
                    body_start=text.index(body), language=language)  # fmt: skip


def titles_by_start(text: str, language: str, published: str = "2024-05-10") -> dict[str, str]:
    """The title of each event ``text`` gives (its first line a headline), by start date."""
    doc = Document(
        path="x", title="", text=text, published=published, published_source="user",
        content_hash="x", language=language,
    )  # fmt: skip
    return {str(e.start): e.title for e in extract_events(doc)}


def dated_titles(text: str, language: str, published: str) -> list[tuple[str, str]]:
    """The (start, title) of each event ``text`` in ``language`` gives, in order, published
    on ``published`` (a date the user set)."""
    doc = Document(
        path="x", title="", text=text, published=published, published_source="user",
        content_hash=text, language=language,
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


def starts_and_titles(body: str, published: str = "2022-02-04T20:00") -> list[tuple[str, str]]:
    """The (start, title) of each event an English article with ``body`` gives."""
    return [(e.start, e.title) for e in extract_events(article(body, published))]


def events_of(text: str, language: str, published: str) -> list[Event]:
    """The events of ``text`` in ``language`` (no headline), published on ``published``."""
    return extract_events(Document("/t.txt", "", text, published, "header", "h", 0, "", language))


def check_events(events: list[Event], checks: list[tuple[str, ...]]) -> None:
    """Assert each of a table test's ``checks`` on the events one sentence gave. Dates:
    ("has", D) an event starts on D, ("not", D) none does, ("dated", D) every event starts on
    D; titles: ("title", T) an event is titled exactly T, ("title", W, D) one whose title holds W
    starts on D, ("title-not", W, D) none such, ("not-title", T) no event is titled exactly T,
    ("no-title", W) or ("no-title-with", W) no title holds W, ("no-title-ending", W) none ends on
    W, ("none",) no event at all. An unknown check fails, so a typo cannot pass silently."""
    got = [(e.start, e.end, e.undated, e.title) for e in events]
    titles = [e.title for e in events]
    starts = [e.start for e in events if not e.undated]
    for kind, *args in checks:
        if kind == "has":
            assert args[0] in starts, got
        elif kind == "not":
            assert args[0] not in starts, got
        elif kind == "dated":
            assert events and {e.start for e in events} == {args[0]}, got
        elif kind == "title" and len(args) == 2:
            assert [e for e in events if args[0] in e.title and e.start == args[1]], got
        elif kind == "title":
            assert args[0] in titles, got
        elif kind == "title-not":
            assert not [e for e in events if args[0] in e.title and e.start == args[1]], got
        elif kind == "not-title":
            assert args[0] not in titles, got
        elif kind in ("no-title", "no-title-with"):
            assert not [t for t in titles if args[0] in t], got
        elif kind == "no-title-ending":
            assert not [t for t in titles if t.endswith(args[0])], got
        elif kind == "none":
            assert not events, got
        else:
            raise AssertionError(f"unknown check {kind!r}")
