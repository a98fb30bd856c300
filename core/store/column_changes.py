"""Kept columns brought up to date: the rows that changed since, merged in by id.

``core.store.columns`` reads the events logged as changed since a kept file's generation
(migration m009) and hands them here with the ids it asked for; an id asked for but not read
back was deleted. The strings stay joined buffers: the kept rows between two changed ones
are copied as one slice, so a few changes in a million rows cost a few slices, not a
million strings.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

import numpy as np

Columns = TypeVar("Columns", bound=Any)  # core.store.columns.EventColumnsRead (which imports this)

TEXTS = ("titles", "dates")
WORDS = ("precisions", "kinds")


def merge_changes(
    kept: Columns, fresh: Columns, changed: np.ndarray, separator: int = 0
) -> Columns | None:
    """``kept`` without the rows whose ids are in ``changed``, with ``fresh`` (those rows as
    they are now, by id; an id in ``changed`` missing from them is gone), in id order.
    ``fresh``'s words must extend ``kept``'s (codes kept mean the same word). ``kept``'s
    arrays are spent (changed rows are written over in place: no copy of a million rows
    for an edit). None when a string buffer does not hold one string a row (a separator
    inside a string)."""
    if fresh.precisions[: len(kept.precisions)] != kept.precisions or (
        fresh.kinds[: len(kept.kinds)] != kept.kinds
    ):
        raise ValueError("the fresh rows' words do not extend the kept ones'")
    n = len(kept.ids)
    at = np.searchsorted(kept.ids, fresh.ids)
    same = at < n
    same[same] = kept.ids[at[same]] == fresh.ids[same]
    gone = np.setdiff1d(changed, fresh.ids)
    gone_at = np.searchsorted(kept.ids, gone)
    gone_at = gone_at[gone_at < n]
    gone_at = gone_at[kept.ids[gone_at] == gone[: len(gone_at)]] if len(gone_at) else gone_at
    # each row of the result: where it comes from (0 kept, 1 fresh) and its row there
    columns = {f.name: getattr(kept, f.name) for f in fields(kept)
               if f.name not in TEXTS and f.name not in WORDS}  # fmt: skip
    columns["source"], columns["row"] = np.zeros(n, np.int8), np.arange(n)
    news = {name: getattr(fresh, name) for name in columns if name not in ("source", "row")}
    news["source"] = np.ones(len(fresh.ids), np.int8)
    news["row"] = np.arange(len(fresh.ids))
    for name, column in columns.items():
        column[at[same]] = news[name][same]  # rows edited: in place
    if len(gone_at):
        keep = np.ones(n, bool)
        keep[gone_at] = False
        columns = {name: column[keep] for name, column in columns.items()}
    if not same.all():  # rows added (or back): in their place by id
        where = np.searchsorted(columns["ids"], fresh.ids[~same])
        columns = {name: np.insert(column, where, news[name][~same].astype(column.dtype))
                   for name, column in columns.items()}  # fmt: skip
    source, row = columns.pop("source"), columns.pop("row")
    texts = {}
    for name in TEXTS:
        spans = [_spans(getattr(kept, name), n, separator),
                 _spans(getattr(fresh, name), len(fresh.ids), separator)]  # fmt: skip
        if spans[0] is None or spans[1] is None:
            return None
        buffers = (getattr(kept, name), getattr(fresh, name))
        texts[name] = _joined_runs(buffers, spans, source, row, separator)
    return replace(kept, **columns, **texts, precisions=fresh.precisions, kinds=fresh.kinds)


def _spans(buffer: bytes, n: int, separator: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Where each of the ``n`` strings joined in ``buffer`` begins and ends.

    >>> [a.tolist() for a in _spans(b"ab\\0\\0cde", 3, 0)]
    [[0, 3, 4], [2, 3, 7]]
    """
    cuts = np.flatnonzero(np.frombuffer(buffer, np.uint8) == separator)
    if len(cuts) != max(n - 1, 0) or (n == 0 and buffer):
        return None
    begins = np.concatenate(([0], cuts + 1)).astype(np.int64)[:n]
    ends = np.append(cuts, len(buffer)).astype(np.int64)[:n]
    return begins, ends


def _joined_runs(
    buffers: tuple[bytes, bytes],
    spans: list[tuple[np.ndarray, np.ndarray]],
    source: np.ndarray,
    row: np.ndarray,
    separator: int,
) -> bytes:
    """The strings of rows (``source``, ``row``) joined again: each run of rows that lie
    one after another in one buffer is one slice of it (separators included)."""
    if not len(source):
        return b""
    breaks = np.flatnonzero((np.diff(source) != 0) | (np.diff(row) != 1)) + 1
    firsts = np.concatenate(([0], breaks)).tolist()
    lasts = np.append(breaks - 1, len(source) - 1).tolist()
    views = [memoryview(b) for b in buffers]  # slices of a view copy nothing
    pieces = []
    for a, b in zip(firsts, lasts, strict=True):
        which = int(source[a])
        begins, ends = spans[which]
        pieces.append(views[which][begins[row[a]] : ends[row[b]]])
    return bytes([separator]).join(pieces)
