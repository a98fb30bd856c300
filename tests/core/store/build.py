"""Documents and events to store in the store's tests, built in a line."""

from __future__ import annotations

from core.model import Document, Event

DAY = 86400.0


def article(hash_: str = "h1", path: str = "/a.txt") -> Document:
    return Document(path, "A title", "Text of the article.", "2022-02-04", "header", hash_)


def event_at(title: str, start_ts: float) -> Event:
    return Event(title, "2022-02-04", None, "day", False, "other", "Text of the article.", 0, 20,
                 start_ts, start_ts + 86400)  # fmt: skip


def dated(title: str, day: int, precision: str = "day", entities=(), sentence=None) -> Event:
    start = day * DAY
    span = {"day": DAY, "year": 365 * DAY}[precision]
    return Event(title, f"v{day}", None, precision, False, "other", sentence or title, 0, 5,
                 start, start + span, tuple(entities))  # fmt: skip


def bridge_article(
    hash_: str, path: str, text: str = "On Monday the bridge reopened. Buses followed."
) -> Document:
    return Document(path, f"Title {hash_}", text, "2022-02-04", "header", hash_)


def bridge_event(title: str, start_ts: float, kind: str = "other", precision: str = "day") -> Event:
    sentence = "On Monday the bridge reopened."
    return Event(title, "2022-02-07", None, precision, False, kind, sentence, 0, 30,
                 start_ts, start_ts + 86400)  # fmt: skip


def same_title(event, candidates):
    """A SameHappening: the stored candidate with the same title repeats the event."""
    return next((i for i, c in candidates if c.event.title == event.event.title), None)
