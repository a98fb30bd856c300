"""The window's events as columns (numpy arrays and shared strings), read in a worker;
and one event as the table shows it. No Qt: ui.loading builds these off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.timelabel import date_label


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the table shows it (``Store.event_rows`` order)."""

    id: int
    start_ts: float
    end_ts: float
    title: str
    precision: str
    undated: bool
    kind: str
    start: str  # as written: ISO / TIMEX3
    end: str | None
    document_id: int
    sources: int

    @property
    def when(self) -> str:
        """The date as people read it ("19 Mar 1987, afternoon"); sort on ``start_ts``."""
        return date_label(self.start, self.end, undated=self.undated)


@dataclass(slots=True)
class EventColumns:
    """Many events as columns (``Store.event_rows`` made into arrays), in any order."""

    ids: np.ndarray
    start_ts: np.ndarray
    end_ts: np.ndarray
    titles: list[str]
    precisions: list[str]
    undated: np.ndarray
    kinds: list[str]
    starts: list[str]
    ends: list[str | None]
    document_ids: np.ndarray
    sources: np.ndarray
    scores: np.ndarray  # salience with its sources (core.store.ranking): what to title first

    @classmethod
    def from_rows(cls, rows: Sequence[tuple]) -> EventColumns:
        """From ``(id, start_ts, end_ts, title, precision, undated, kind, start, end,
        document_id, sources[, score])`` tuples, kept in their order (``date_order`` sorts)."""
        n = len(rows)
        cols = list(zip(*rows, strict=True)) if n else [()] * 12
        if len(cols) == 11:  # no score: every event ranks by its sources alone
            cols.append(cols[10])

        def numbers(i: int, dtype: type) -> np.ndarray:
            return np.fromiter(cols[i], dtype, n)

        def shared(i: int) -> list[Any]:
            # sqlite makes a new string for every row: a million copies of "day" would
            # cost 50 MB a column; one object per distinct value costs next to nothing.
            seen: dict[Any, Any] = {}
            return [seen.setdefault(v, v) for v in cols[i]]

        return cls(
            numbers(0, np.int64), numbers(1, np.float64), numbers(2, np.float64), list(cols[3]),
            shared(4), numbers(5, bool), shared(6), shared(7), shared(8),
            numbers(9, np.int64), numbers(10, np.int64), numbers(11, np.float64),
        )  # fmt: skip

    def date_order(self) -> np.ndarray:
        """Row positions by start, then id."""
        return np.lexsort((self.ids, self.start_ts))

    @classmethod
    def from_batches(cls, batches: Iterable[Sequence[tuple]]) -> EventColumns:
        """``from_rows`` over rows read a batch at a time (a million tuples at once would
        double the memory the window needs)."""
        parts = [cls.from_rows(batch) for batch in batches]
        if not parts:
            return cls.from_rows([])
        if len(parts) == 1:
            return parts[0]
        merged = []
        for name in cls.__slots__:
            values = [getattr(p, name) for p in parts]
            if isinstance(values[0], np.ndarray):
                merged.append(np.concatenate(values))
            else:
                merged.append([v for part in values for v in part])
        return cls(*merged)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> EventRow:
        return EventRow(
            int(self.ids[i]), float(self.start_ts[i]), float(self.end_ts[i]), self.titles[i],
            self.precisions[i], bool(self.undated[i]), self.kinds[i], self.starts[i],
            self.ends[i], int(self.document_ids[i]), int(self.sources[i]),
        )  # fmt: skip
