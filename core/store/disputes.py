"""Disputed and updated events in the store: while a document's events are written, those
that report a stored happening with another date become its sources (``core.events.disputes``
decides), and the disputed ones are read back with each source's own date.

``settle_disputes`` runs before the events are inserted (it may give a new event a stored
target), ``apply_disputes`` after (it marks the target disputed or gives it the precise date);
``recheck_disputes`` after a document's sources are taken away (re-extraction), before its
events are found again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from core.events import disputes
from core.model import Event, to_seconds
from core.store import buckets
from core.store.entities import StoreEntities
from core.timeval import parse_value

log = logging.getLogger(__name__)

# One outcome: (index of the new event in its document, "update" or "dispute", target id)
Settled = tuple[int, str, int]

_COLUMNS = (
    'e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence, '
    "e.char_start, e.char_end, e.start_ts, e.end_ts"
)
_CANDIDATES = 30


class StoreDisputes(StoreEntities):
    """Disputes and updates (a part of ``core.store.Store``)."""

    def settle_disputes(
        self, doc_id: int, events: Sequence[Event], targets: list[int | None]
    ) -> tuple[list[int | None], list[Settled]]:
        """For each new event: a stored event it updates or disputes, when it has no merge
        target yet; and which merge targets its precise date updates."""
        published = _published_ts(self._published(doc_id))
        settled: list[Settled] = []
        targets = list(targets)
        for n, (event, target) in enumerate(zip(events, targets, strict=True)):
            if target is not None:
                stored = self._stored_event(target)
                if stored is not None and disputes.refines(event, stored):
                    settled.append((n, "update", target))
                continue
            if not disputes.disputable(event):
                continue
            for event_id, stored, their_published in self._dispute_candidates(event, doc_id):
                outcome = disputes.relation(event, stored, published, their_published)
                if outcome in ("update", "dispute"):
                    targets[n] = event_id
                    settled.append((n, outcome, event_id))
                    break
        return targets, settled

    def apply_disputes(self, events: Sequence[Event], settled: list[Settled]) -> None:
        """Mark disputed targets; give updated ones the precise date (their sources keep
        their own)."""
        conn = self.db.conn
        for n, outcome, target in settled:
            if outcome == "dispute":
                conn.execute("UPDATE events SET disputed = 1 WHERE id = ?", [target])
                continue
            event = events[n]
            edited = conn.execute("SELECT edited FROM events WHERE id = ?", [target]).fetchone()
            if edited[0]:
                continue  # the user dated it: a report does not overrule them
            self._redate(target, (event.start, event.end, event.precision, event.start_ts,
                                  event.end_ts))  # fmt: skip

    def recheck_disputes(self, event_ids: Iterable[int]) -> None:
        """After a document's sources were taken away (re-extraction), what its reports made
        of these events: disputed only while the sources left disagree, dated by the finest
        date left when the one it had came from a report taken away. What the user dated or
        settled stays as they left it."""
        conn = self.db.conn
        for event_id in sorted(event_ids):
            row = conn.execute(
                'SELECT start, "end", precision, start_ts, end_ts, disputed, edited FROM events '
                "WHERE id = ?", [event_id],
            ).fetchone()  # fmt: skip
            if row is None or row[6]:
                continue
            dates = conn.execute(
                'SELECT s.start, s."end", s.precision, s.start_ts, s.end_ts FROM event_sources s '
                "JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? "
                "AND s.start IS NOT NULL ORDER BY s.end_ts - s.start_ts, d.published, s.id",
                [event_id],
            ).fetchall()  # fmt: skip
            if not dates:
                continue
            disputed = dates_disagree((d[3], d[4]) for d in dates)
            if disputed != bool(row[5]):
                conn.execute("UPDATE events SET disputed = ? WHERE id = ?", [disputed, event_id])
            if tuple(row[:3]) not in {tuple(d[:3]) for d in dates}:
                self._redate(event_id, dates[0])

    def _redate(self, event_id: int, date: Sequence[Any]) -> None:
        """Give a stored event another date ``(start, end, precision, start_ts, end_ts)``;
        its summary rows follow it."""
        conn = self.db.conn
        old = conn.execute("SELECT start_ts FROM events WHERE id = ?", [event_id]).fetchone()
        conn.execute(
            'UPDATE events SET start = ?, "end" = ?, precision = ?, start_ts = ?, end_ts = ? '
            "WHERE id = ?",
            [*date, event_id],
        )
        buckets.remove(self.db, [(event_id, old[0])])
        row = conn.execute(
            "SELECT id, start_ts, score, title FROM events WHERE id = ?", [event_id]
        ).fetchone()
        buckets.add(self.db, [row])

    def disputed_ids(self) -> list[int]:
        """Every disputed event's id, by date."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT id FROM events WHERE disputed = 1 ORDER BY start_ts, id"
        )]  # fmt: skip

    def dispute_spans(self) -> dict[int, tuple[float, float]]:
        """Each disputed event's candidate dates: from its sources' earliest start to their
        latest end (what the timeline's dispute marker spans)."""
        return {
            r[0]: (r[1], r[2])
            for r in self.db.conn.execute(
                "SELECT e.id, min(s.start_ts), max(s.end_ts) FROM events e "
                "JOIN event_sources s ON s.event_id = e.id WHERE e.disputed = 1 GROUP BY e.id"
            )
        }

    def count_disputed(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM events WHERE disputed = 1").fetchone()[0]

    def dispute(self, event_id: int) -> dict[str, Any] | None:
        """A disputed event's candidate dates: ``{"start_ts", "end_ts"}`` spanning every
        source's date, and ``"sources"``, each with its own date, sentence and publication
        date, by publication date, the latest marked ``latest``. None when not disputed."""
        conn = self.db.conn
        row = conn.execute("SELECT disputed FROM events WHERE id = ?", [event_id]).fetchone()
        if not row or not row[0]:
            return None
        sources = list(self.db.query(
            'SELECT s.id AS source_id, s.document_id, s.title, s.sentence, s.start, s."end", '
            "s.precision, s.start_ts, s.end_ts, d.path, d.title AS document_title, d.published "
            "FROM event_sources s JOIN documents d ON d.id = s.document_id "
            "WHERE s.event_id = ? ORDER BY d.published, s.id",
            [event_id],
        ))  # fmt: skip
        for s in sources:
            s["latest"] = s["published"] == sources[-1]["published"]
        return {
            "start_ts": min(s["start_ts"] for s in sources),
            "end_ts": max(s["end_ts"] for s in sources),
            "dates": sorted({s["start"] for s in sources}),
            "sources": sources,
        }

    def _published(self, doc_id: int) -> str | None:
        row = self.db.conn.execute("SELECT published FROM documents WHERE id = ?", [doc_id])
        found = row.fetchone()
        return found[0] if found else None

    def _stored_event(self, event_id: int) -> Event | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM events e WHERE e.id = ?", [event_id]
        ).fetchone()
        return Event(*row[1:]) if row else None

    def _dispute_candidates(
        self, event: Event, doc_id: int
    ) -> list[tuple[int, Event, float | None]]:
        """Stored events of a kind that agrees (the same, or either "other" or "statement")
        naming one of ``event``'s names within reach of its date, that no source of this
        document gave, nearest first; each with its first source's publication time."""
        reach = max(disputes.DATES_APART, event.end_ts - event.start_ts)
        # a person by their surname too: "Denis Baudouin" finds the "Baudouin" of a report
        # that gave no first name (the other way round would scan every name)
        names = sorted({e.text for e in event.entities} | {
            e.text.split()[-1] for e in event.entities if e.kind == "person" and " " in e.text
        })  # fmt: skip
        neutral = sorted(disputes.NEUTRAL_KINDS)
        kinds = "" if event.kind in neutral else "AND e.kind IN (?, ?, ?) "
        rows = self.db.conn.execute(
            f"SELECT DISTINCT {_COLUMNS}, d.published FROM entities n "
            "JOIN event_entities x ON x.entity_id = n.id JOIN events e ON e.id = x.event_id "
            "JOIN documents d ON d.id = e.document_id "
            f"WHERE n.name IN ({','.join('?' * len(names))}) {kinds}AND e.undated = 0 "
            "AND e.start_ts < ? AND e.end_ts > ? AND NOT EXISTS (SELECT 1 FROM event_sources s "
            "WHERE s.event_id = e.id AND s.document_id = ?) ORDER BY abs(e.start_ts - ?) LIMIT ?",
            [*names, *([event.kind, *neutral] if kinds else []), event.end_ts + reach,
             event.start_ts - reach, doc_id, event.start_ts, _CANDIDATES],
        ).fetchall()  # fmt: skip
        names_of = self._entities_of([r[0] for r in rows])
        return [
            (r[0], Event(*r[1:-1], entities=names_of.get(r[0], ())), _published_ts(r[-1]))
            for r in rows
        ]


@lru_cache(maxsize=4096)  # the same few publication dates, candidate after candidate
def _published_ts(published: str | None) -> float | None:
    """A publication date (ISO / TIMEX3) in seconds, its start; None when unreadable."""
    if not published:
        return None
    value = parse_value(published)
    if value is None:
        return None
    return to_seconds(value.start)


def dates_disagree(spans: Iterable[tuple[float, float]]) -> bool:
    """Whether sources' dates ``(start_ts, end_ts)`` (half-open) disagree: two of them do not
    overlap. The one rule for "still disputed", after a re-extraction and after a split.

    >>> dates_disagree([(0, 10), (5, 15)]), dates_disagree([(0, 10), (10, 20)]), dates_disagree([])
    (False, True, False)
    """
    spans = list(spans)
    return bool(spans) and max(s for s, _ in spans) >= min(e for _, e in spans)
