"""Whether two events report the same happening, so several articles give one event.

Two events are the same happening when their dates agree within the coarser precision, their
kinds do not contradict each other, and they share names or wording. On the same day, titles
that say the same in other words merge too ("Buses to return to the bridge" / "Bus routes over
the bridge resume"): most of their content words share a lemma, no number differs, and their
names, if both have any, overlap ("Ruiz resigns" / "Vidal resigns" stay two)::

    same_happening(a, b)              -> bool
    happening_score(a, b)             -> float in [0, 1]; 0 when the dates or kinds disagree
    find_merge_target(new, candidates) -> the best candidate to merge into, or None
    candidate_window(event)           -> (lo, hi) seconds: stored events whose [start_ts,
                                         end_ts) overlap it are the only possible matches

All are pure functions of ``core.model.Event`` values; the store picks the candidates (for
instance ``WHERE start_ts < hi AND end_ts > lo``) and records each merged source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType

from rapidfuzz import fuzz

from core import lang
from core.model import Event

DAY = 86400.0
# An undated event is anchored at its article's publication day; it may report something
# from the days before, never after.
UNDATED_LOOKBACK = 7 * DAY
SAME = 0.5  # happening_score at or above which two events are one happening
_NEUTRAL_KINDS = frozenset(("other", "statement"))
# Near-paraphrases: at least this many content lemmas shared, and this share of the shorter
# title's content lemmas.
PARAPHRASE_SHARED = 2
PARAPHRASE_OVERLAP = 0.6
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W_]+(?:[-.'][^\W_]+)*")


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
    if _figures(a.title) != _figures(b.title):
        return 0.0  # "profit rises 5 pct" / "profit rises 7 pct"
    if _paraphrases(a, b):
        return max(SAME, wording)
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


def _paraphrases(a: Event, b: Event, language: str = "en") -> bool:
    """Same day, the same content in other words, no actor that tells them apart."""
    if a.undated or b.undated or _day(a.start) != _day(b.start) or len(a.start) < 10:
        return False
    names_a, names_b = _names(a), _names(b)
    if names_a and names_b and not names_a & names_b:
        return False  # "Ruiz resigns" / "Vidal resigns": two happenings
    words_a, words_b = content_lemmas(a.title, language), content_lemmas(b.title, language)
    shared = len(words_a & words_b)
    shorter = min(len(words_a), len(words_b))
    return shared >= PARAPHRASE_SHARED and shared / shorter >= PARAPHRASE_OVERLAP


def _figures(title: str) -> set[str]:
    return set(_FIGURE.findall(title))


@lru_cache(maxsize=65536)
def content_lemmas(title: str, language: str = "en") -> frozenset[str]:
    """The lemmas of a title's content words: "Bus routes over the bridge resume" →
    {"bus", "route", "bridge", "resume"}."""
    c = lang.words(language, "clauses")
    skip = c.FUNCTION_WORDS | c.PREPOSITIONS | c.AUX | c.ADVERBS | c.DETERMINERS | {c.TO}
    return frozenset(
        _lemma(w, c) for w in _WORD.findall(title.lower()) if w not in skip and len(w) > 1
    )


def _lemma(word: str, c: ModuleType) -> str:
    """One lemma a word's forms share: a verb's when the word is inflected ("rose" → "rise"),
    else a noun's ("buses" → "bus")."""
    forms = c.lemmas(word)
    verb = forms.get("VERB", ())
    if verb and verb[0] != word:
        return verb[0]
    return (forms.get("NOUN") or verb or next(iter(forms.values()), (word,)))[0]
