"""The window's events as columns (numpy arrays and shared strings), read in a worker;
and one event as the table shows it. No Qt: ui.loading builds these off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.store.columns import DATE_SEPARATOR, EventColumnsRead
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
    titles: Sequence[str]  # a list, or a TextColumn read from the store
    precisions: Sequence[str]  # a list, or a CodedColumn read from the store
    undated: np.ndarray
    kinds: Sequence[str]
    starts: Sequence[str]
    ends: Sequence[str | None]
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

    @classmethod
    def from_store(cls, read: EventColumnsRead) -> EventColumns | None:
        """From the columns ``Store.event_columns`` read, without a Python object a row
        (titles and dates stay in their buffers); None when a title holds the separator."""
        n = len(read)
        titles = TextColumn.from_joined(read.titles, n)
        dates = TextColumn.from_joined(read.dates, n)
        if titles is None or dates is None:
            return None
        cut = np.flatnonzero(np.frombuffer(read.dates, np.uint8) == DATE_SEPARATOR)
        if len(cut) != n:
            return None
        starts = TextColumn(read.dates, dates.begins, cut.astype(np.int64))
        ends = OptionalTextColumn(read.dates, cut.astype(np.int64) + 1, dates.ends)
        return cls(
            read.ids, read.start_ts, read.end_ts, titles,
            CodedColumn(read.precisions, read.precision_codes), read.undated,
            CodedColumn(read.kinds, read.kind_codes), starts, ends, read.document_ids,
            read.sources, read.scores,
        )  # fmt: skip

    def date_order(self) -> np.ndarray:
        """Row positions by start, then id."""
        if len(self.ids) > 1 and (np.diff(self.ids) > 0).all():  # by id, as the store reads
            return stable_argsort(self.start_ts)  # a tenth of lexsort's time
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


class TextColumn:
    """Many strings as one UTF-8 buffer and where each lies in it: a million titles cost
    their bytes and 16 bytes each, not a Python string each (~100 MB more), and are read
    from the store in one piece. A string is made when asked for (``column[i]``).

    >>> col = TextColumn.from_strings(["Bridge closed", "", "Ré-ouverture"])
    >>> len(col), col[0], col[1], col[-1], list(col.take(np.array([2, 0])))
    (3, 'Bridge closed', '', 'Ré-ouverture', ['Ré-ouverture', 'Bridge closed'])
    """

    __slots__ = ("begins", "buffer", "ends")

    def __init__(self, buffer: bytes, begins: np.ndarray, ends: np.ndarray) -> None:
        self.buffer, self.begins, self.ends = buffer, begins, ends

    @classmethod
    def from_strings(cls, strings: Iterable[str]) -> TextColumn:
        encoded = [s.encode() for s in strings]
        lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
        ends = np.cumsum(lengths)
        return cls(b"".join(encoded), ends - lengths, ends)

    @classmethod
    def from_joined(cls, buffer: bytes, n: int, separator: int = 0) -> TextColumn | None:
        """From ``n`` strings joined by the byte ``separator``; None when the buffer holds
        another number of them (a separator inside a string)."""
        cuts = np.flatnonzero(np.frombuffer(buffer, np.uint8) == separator)
        if len(cuts) != max(n - 1, 0) or (n == 0 and buffer):
            return None
        ends = np.append(cuts, len(buffer)).astype(np.int64)[:n]
        begins = np.concatenate(([0], cuts + 1)).astype(np.int64)[:n]
        return cls(buffer, begins, ends)

    def __len__(self) -> int:
        return len(self.begins)

    def __getitem__(self, i: int) -> str:
        return self.buffer[self.begins[i] : self.ends[i]].decode("utf-8", "replace")

    def __iter__(self) -> Iterator[str]:
        buffer = self.buffer
        for b, e in zip(self.begins.tolist(), self.ends.tolist(), strict=True):
            yield buffer[b:e].decode("utf-8", "replace")

    def take(self, rows: np.ndarray) -> TextColumn:
        """The strings at these positions, sharing the buffer."""
        return type(self)(self.buffer, self.begins[rows], self.ends[rows])


class OptionalTextColumn(TextColumn):
    """A TextColumn whose empty strings stand for None (an event's end when it has none).

    >>> list(OptionalTextColumn.from_strings(["2022-02-04", ""]))
    ['2022-02-04', None]
    """

    __slots__ = ()

    def __getitem__(self, i: int) -> str | None:  # type: ignore[override]
        return super().__getitem__(i) or None

    def __iter__(self) -> Iterator[str | None]:  # type: ignore[override]
        return (s or None for s in super().__iter__())


class CodedColumn:
    """Words that repeat (a precision, a kind) as a code a row and the words they stand for:
    a million rows of a few words need no list of a million references.

    >>> col = CodedColumn(["day", "year"], np.array([1, 0, 1]))
    >>> len(col), col[0], list(col), col.count("year"), list(col.take(np.array([1])))
    (3, 'year', ['year', 'day', 'year'], 2, ['day'])
    >>> col.sort_keys().tolist()  # the words' alphabetical places
    [1, 0, 1]
    """

    __slots__ = ("codes", "words")

    def __init__(self, words: Sequence[str], codes: np.ndarray) -> None:
        self.words, self.codes = list(words), codes

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, i: int) -> str:
        return self.words[self.codes[i]]

    def __iter__(self) -> Iterator[str]:
        words = self.words
        return (words[c] for c in self.codes.tolist())

    def count(self, word: str) -> int:
        return int(np.count_nonzero(np.isin(self.codes, self.codes_of({word}))))

    def codes_of(self, words: Iterable[str]) -> np.ndarray:
        wanted = set(words)
        return np.array([i for i, w in enumerate(self.words) if w in wanted], np.int64)

    def take(self, rows: np.ndarray) -> CodedColumn:
        return CodedColumn(self.words, self.codes[rows])

    def sort_keys(self) -> np.ndarray:
        """Each row's word's place in alphabetical order (to sort rows by the word)."""
        order = sorted(range(len(self.words)), key=self.words.__getitem__)
        places = np.empty(len(self.words), np.int64)
        places[order] = np.arange(len(self.words))
        return places[self.codes] if len(self.words) else np.zeros(len(self.codes), np.int64)


def stable_argsort(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` (equal values by position), in half the time
    for a million floats: numpy's quicksort uses the processor's vector units, its stable
    sort does not; equal values, if any, are put back in order by a second sort of ints.

    >>> stable_argsort(np.array([3.0, 1.0, 3.0, 2.0, 1.0])).tolist()
    [1, 4, 3, 0, 2]
    """
    order = np.argsort(values)
    ordered = values[order]
    ties = ordered[1:] == ordered[:-1]
    if not ties.any():
        return order
    run = np.concatenate(([0], np.cumsum(~ties)))  # equal values share a run
    return order[np.argsort(run * len(values) + order)]
