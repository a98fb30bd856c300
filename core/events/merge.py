"""Whether two events report the same happening, so several articles give one event.

Two events are the same happening when their dates agree within the coarser precision, their
kinds do not contradict each other, and they share names or wording::

    same_happening(a, b)              -> bool
    happening_score(a, b)             -> float in [0, 1]; 0 when the dates or kinds disagree
    find_merge_target(new, candidates) -> the best candidate to merge into, or None
    candidate_window(event)           -> (lo, hi) seconds: stored events whose [start_ts,
                                         end_ts) overlap it are the only possible matches

All are pure functions of ``core.model.Event`` values; the store picks the candidates (for
instance ``WHERE start_ts < hi AND end_ts > lo``) and records each merged source.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from core.model import Event

DAY = 86400.0
# An undated event is anchored at its article's publication day; it may report something
# from the days before, never after.
UNDATED_LOOKBACK = 7 * DAY
SAME = 0.5  # happening_score at or above which two events are one happening
_NEUTRAL_KINDS = frozenset(("other", "statement"))


def same_happening(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` report one happening.

    >>> from core.model import Entity
    >>> def ev(title, start, names):
    ...     return Event(title, f"2022-02-0{start}", None, "day", False, "meeting", title, 0, 1,
    ...                  start * DAY, (start + 1) * DAY, tuple(Entity(n, "person") for n in names))
    >>> same_happening(ev("Putin and Xi meet in Beijing", 1, ["Putin", "Xi"]),
    ...                ev("Xi hosts Putin for talks", 1, ["Xi", "Putin"]))
    True
    >>> same_happening(ev("Putin and Xi meet", 1, ["Putin", "Xi"]),
    ...                ev("Putin and Xi meet", 2, ["Putin", "Xi"]))
    False
    """
    return happening_score(a, b) >= SAME


def happening_score(a: Event, b: Event) -> float:
    """How surely ``a`` and ``b`` are one happening: 0 when dates or kinds rule it out."""
    if not _dates_agree(a, b) or not _kinds_agree(a, b):
        return 0.0
    names_a, names_b = _names(a), _names(b)
    shared = len(names_a & names_b)
    overlap = shared / min(len(names_a), len(names_b)) if shared else 0.0
    wording = fuzz.token_set_ratio(a.title.lower(), b.title.lower()) / 100
    if a.title.lower() == b.title.lower():
        return 1.0
    if shared >= 2:
        return max(0.5 + 0.25 * overlap + 0.25 * wording, wording)
    if shared == 1:
        return 0.3 * overlap + 0.6 * wording
    return 0.8 * wording if wording >= 0.9 else 0.0


def find_merge_target(new: Event, candidates: Iterable[Event]) -> Event | None:
    """The candidate that ``new`` reports again (the best-scoring one), or None.

    Re-adding the same article finds each of its events again, so it changes nothing.
    """
    best, best_score = None, SAME
    for candidate in candidates:
        score = happening_score(new, candidate)
        if score >= best_score:
            best, best_score = candidate, score
    return best


def candidate_window(event: Event) -> tuple[float, float]:
    """The time range a stored event must overlap to possibly be the same happening.

    Wide enough for undated events on either side (anchored at a publication day, they may
    report the week before it).
    """
    return event.start_ts - UNDATED_LOOKBACK, event.end_ts + UNDATED_LOOKBACK


def _dates_agree(a: Event, b: Event) -> bool:
    if a.undated or b.undated:
        return _undated_agrees(a, b)
    if a.precision == b.precision and a.precision in ("day", "time"):
        return _day(a.start) == _day(b.start)
    return a.start_ts < b.end_ts and b.start_ts < a.end_ts


def _undated_agrees(a: Event, b: Event) -> bool:
    if a.undated and b.undated:
        return abs(a.start_ts - b.start_ts) <= UNDATED_LOOKBACK
    undated, dated = (a, b) if a.undated else (b, a)
    anchor = undated.start_ts
    return anchor - UNDATED_LOOKBACK <= dated.start_ts < anchor + DAY


def _day(value: str) -> str:
    return value[:10]


def _kinds_agree(a: Event, b: Event) -> bool:
    return a.kind == b.kind or a.kind in _NEUTRAL_KINDS or b.kind in _NEUTRAL_KINDS


def _names(event: Event) -> set[str]:
    return {e.text.lower() for e in event.entities}
