"""Turn a document's time expressions into events: one per date a sentence gives."""

from __future__ import annotations

import logging
from datetime import datetime

from core.model import Document, Event, to_seconds
from core.sentences import split_sentences
from core.temporal import Timex, tag
from core.timeval import TimeValue, parse_value

log = logging.getLogger(__name__)

TITLE_WORDS = 12


def publication_moment(document: Document) -> datetime:
    value = parse_value(document.published)
    if value is None:
        raise ValueError(f"{document.path}: publication date {document.published!r} is not a date")
    return value.start


def extract_events(document: Document) -> list[Event]:
    """The dated events of a document, in text order.

    Each sentence after the header gives one event per distinct date it mentions, so
    "would visit Ukraine on February 14 and Russia the following day" gives two.
    """
    text = document.text
    timexes = [t for t in tag(text, publication_moment(document)) if t.start >= document.body_start]
    events: list[Event] = []
    index = 0
    for start, end in split_sentences(text):
        if end <= document.body_start:
            continue
        seen: set[str] = set()
        while index < len(timexes) and timexes[index].start < end:
            timex = timexes[index]
            index += 1
            value = _date_of(timex)
            if value is None or timex.start < start or value.value in seen:
                continue
            seen.add(value.value)
            events.append(_event(text, start, end, value))
    return events


def _date_of(timex: Timex) -> TimeValue | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    return parse_value(timex.value)


def _event(text: str, start: int, end: int, value: TimeValue) -> Event:
    sentence = text[start:end]
    return Event(
        title=make_title(sentence),
        start=value.value,
        end=None,
        precision=value.precision,
        undated=False,
        kind="other",
        sentence=sentence,
        char_start=start,
        char_end=end,
        start_ts=to_seconds(value.start),
        end_ts=to_seconds(value.end),
    )


def make_title(sentence: str, max_words: int = TITLE_WORDS) -> str:
    """The sentence's own first words, cut at ``max_words`` with an ellipsis.

    >>> make_title("Macron will travel to Moscow on Monday.")
    'Macron will travel to Moscow on Monday'
    """
    words = " ".join(sentence.split()).strip("“”\"' ").split(" ")
    title = " ".join(words[:max_words]).rstrip(".,;:")
    return title + ("…" if len(words) > max_words else "")
