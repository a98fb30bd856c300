"""The records core passes around: a document read from disk, and the events found in it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

EPOCH = datetime(1970, 1, 1)


def to_seconds(moment: datetime) -> float:
    """Seconds since 1970-01-01 (naive, negative before): the numeric axis of the timeline."""
    return (moment.replace(tzinfo=None) - EPOCH).total_seconds()


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    kind: str  # person, organisation, place


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read: its text, title and publication date, with where that date came from,
    and the language it is written in."""

    path: str
    title: str
    text: str
    published: str  # ISO / TIMEX3 value, e.g. "2022-02-04T23:15"
    published_source: str  # header, mtime, ...
    content_hash: str  # sha256 of the file's bytes: the same content is stored once
    body_start: int = 0  # where the article body begins (after title and date header lines)
    locator: str = ""  # which article inside a multi-article file, e.g. "NEWID=17192"
    language: str = "en"  # ISO 639-1 code: which core/lang/<code>/ folder reads the text

    @property
    def label(self) -> str:
        """The file, and the article within it when the file holds several."""
        return f"{self.path}#{self.locator}" if self.locator else self.path


@dataclass(frozen=True, slots=True)
class Event:
    """A dated (or undated) happening, with the sentence it came from as character offsets."""

    title: str
    start: str  # ISO / TIMEX3 value as normalised, e.g. "2022-02-14" or "2014"
    end: str | None  # for spans; None for a point
    precision: str
    undated: bool
    kind: str
    sentence: str
    char_start: int
    char_end: int
    start_ts: float  # numeric bounds for indexing and drawing, half-open
    end_ts: float
    entities: tuple[Entity, ...] = field(default=())
    salience: float = 0.0  # what the article gives it, in [0, 1] (core.events.salience)

    def with_salience(self, salience: float) -> Event:
        return replace(self, salience=salience)
