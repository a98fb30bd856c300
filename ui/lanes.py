"""Lanes: the timeline split into rows by source article, by kind or by name. No widgets.

A lane is a key, a label and the positions (rows) of its events among those shown. An event
reported by two articles, or naming two people, shows in the lane of each. Beyond
``MAX_LANES`` the smallest groups share one lane ("N other articles"), so that a folder of
ten thousand articles still gives lanes one can read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import numpy as np

from core.reading.published import has_own_date

MODES = {
    "none": "One timeline",
    "article": "By article",
    "kind": "By kind",
    "entity": "By name",
}
MAX_LANES = 40
ENTITY_KINDS = ("person", "place")  # "one lane per person or country"


@dataclass(frozen=True, slots=True)
class LaneSpec:
    key: str  # stable across reloads: what the user's order and folding remember
    label: str
    rows: np.ndarray  # sorted positions, among the events shown, of this lane's events


def group_lanes(
    rows: np.ndarray,
    codes: np.ndarray,
    keys: Sequence[str],
    labels: Sequence[str],
    n_rows: int,
    rank: np.ndarray | None = None,
    other: str = "other",
    nothing: str | None = None,
    max_lanes: int = MAX_LANES,
) -> list[LaneSpec]:
    """Lanes from (row, code) pairs: ``code`` indexes ``keys`` and ``labels``; a row may
    come with several codes. Lanes go in ``rank`` order (lowest first; default: most events
    first); past ``max_lanes`` the smallest groups go into one lane labelled "N ``other``";
    rows with no code at all go into a last lane labelled ``nothing``, when given."""
    rows = np.asarray(rows, np.int64)
    codes = np.asarray(codes, np.int64)
    pair_order = np.lexsort((rows, codes))
    rows, codes = rows[pair_order], codes[pair_order]
    counts = np.bincount(codes, minlength=len(keys)) if len(codes) else np.zeros(len(keys), int)
    present = np.flatnonzero(counts)
    extra = (nothing is not None) + 1  # room kept for "other" (and "nothing")
    by_size = present[np.argsort(-counts[present], kind="stable")]
    kept = by_size if len(by_size) <= max_lanes - extra + 1 else by_size[: max_lanes - extra]
    if rank is not None:
        kept = kept[np.argsort(np.asarray(rank)[kept], kind="stable")]
    starts = np.searchsorted(codes, kept)
    ends = np.searchsorted(codes, kept, side="right")
    lanes = [
        LaneSpec(keys[code], labels[code], np.unique(rows[s:e]))
        for code, s, e in zip(kept.tolist(), starts.tolist(), ends.tolist(), strict=True)
    ]
    in_kept = np.isin(codes, kept)
    if len(kept) < len(present):
        rest = np.setdiff1d(np.unique(rows[~in_kept]), np.unique(rows[in_kept]))
        n_groups = len(present) - len(kept)
        if len(rest):
            lanes.append(LaneSpec(f"other:{other}", f"{n_groups:,} {other}", rest))
    if nothing is not None:
        none = np.setdiff1d(np.arange(n_rows, dtype=np.int64), rows)
        if len(none):
            lanes.append(LaneSpec("nothing", nothing, none))
    return lanes


def positions_of(shown_ids: np.ndarray, event_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``event_ids`` sits in ``shown_ids`` (the events shown), and which of
    them are shown at all: ``(positions, found)``, positions meaningful where found."""
    if not len(shown_ids):
        return np.zeros(len(event_ids), np.int64), np.zeros(len(event_ids), bool)
    order = np.argsort(shown_ids, kind="stable")
    ordered = shown_ids[order]
    at = np.searchsorted(ordered, event_ids)
    found = at < len(ordered)
    found[found] = ordered[at[found]] == event_ids[found]
    return order[np.minimum(at, len(order) - 1)], found


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


K = TypeVar("K", bound=_Keyed)


def arrange(lanes: list[K], order: Sequence[str]) -> list[K]:
    """The lanes in the user's order (keys they moved); the others after, as they come."""
    place = {key: i for i, key in enumerate(order)}
    known = sorted((lane for lane in lanes if lane.key in place), key=lambda ln: place[ln.key])
    return known + [lane for lane in lanes if lane.key not in place]


def article_lanes(
    shown_ids: np.ndarray,
    first_documents: np.ndarray,
    merged: np.ndarray,
    documents: Sequence[dict],
) -> list[LaneSpec]:
    """A lane per source article, by publication date: ``first_documents`` is each shown
    event's first source, ``merged`` the (event id, document id) of every source of the
    events several articles reported."""
    doc_ids = [int(d["id"]) for d in documents]
    code_of = {d: i for i, d in enumerate(doc_ids)}
    pairs_rows = [np.arange(len(shown_ids), dtype=np.int64)]
    pairs_docs = [np.asarray(first_documents, np.int64)]
    if len(merged):
        at, found = positions_of(shown_ids, merged[:, 0])
        pairs_rows.append(at[found])
        pairs_docs.append(merged[found, 1])
    rows, docs = np.concatenate(pairs_rows), np.concatenate(pairs_docs)
    known = np.isin(docs, doc_ids)
    codes = np.fromiter((code_of[d] for d in docs[known].tolist()), np.int64, int(known.sum()))
    labels = [_article_label(d) for d in documents]
    published = [str(d.get("published") or "") for d in documents]
    rank = np.argsort(np.argsort(np.array(published, dtype=object), kind="stable"))
    return group_lanes(rows[known], codes, [f"article:{d}" for d in doc_ids], labels,
                       len(shown_ids), rank=rank, other="other articles")  # fmt: skip


def _article_label(document: dict) -> str:
    title = (document.get("title") or "").strip()
    if not title:
        title = str(document.get("path") or "").replace("\\", "/").rsplit("/", 1)[-1]
    published = str(document.get("published") or "")[:10]
    if published and not has_own_date(str(document.get("published_source") or "")):
        published += " ⚠ date from file time"  # not the article's own: say so on its lane
    return f"{title} ({published})" if published else title


def kind_lanes(kind_codes: np.ndarray, kind_names: Sequence[str]) -> list[LaneSpec]:
    """A lane per kind of event (meeting, visit, …), the commonest first."""
    rows = np.arange(len(kind_codes), dtype=np.int64)
    labels = [name.capitalize() for name in kind_names]
    rank = -np.bincount(kind_codes, minlength=len(kind_names)).astype(np.float64)
    if "other" in kind_names:  # events of no particular kind come last
        rank[list(kind_names).index("other")] = np.inf
    return group_lanes(rows, kind_codes, [f"kind:{k}" for k in kind_names], labels, len(rows),
                       rank=rank, other="other kinds")  # fmt: skip


def entity_lanes(
    shown_ids: np.ndarray, pairs: np.ndarray, entities: Sequence[tuple[int, str, str]]
) -> list[LaneSpec]:
    """A lane per person or place, those in most events first; ``pairs`` are (event id,
    entity id), ``entities`` (id, name, kind). Events naming nobody get a lane of their own."""
    code_of = {entity_id: i for i, (entity_id, _, _) in enumerate(entities)}
    pairs = np.asarray(pairs, np.int64).reshape(-1, 2)
    at, found = positions_of(shown_ids, pairs[:, 0])
    pairs, rows = pairs[found], at[found]
    known = np.isin(pairs[:, 1], list(code_of))
    codes = np.fromiter((code_of[e] for e in pairs[known, 1].tolist()), np.int64,
                        int(known.sum()))  # fmt: skip
    keys = [f"entity:{kind}:{name}" for _, name, kind in entities]
    labels = [name for _, name, _ in entities]
    return group_lanes(rows[known], codes, keys, labels, len(shown_ids), other="other names",
                       nothing="No person or place named")  # fmt: skip
