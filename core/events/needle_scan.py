"""Every quick pattern's needles found in one pass over a stretch of text asked many times.

``core.events.quick_patterns`` rules a pattern out when the text holds none of the words every
match needs; it looks for each word of each pattern in turn. The words before a date are asked
of some forty patterns in a row (``core.events.anchors``): ``prepare`` finds all the needles
of all the patterns in them at once (a needle of letters alone lies inside one word: what each
word holds is read once and kept), and each pattern then asks only whether one of its own is
among them.

>>> register(frozenset({"until", "til", "stayed"})) > 0
True
>>> text = "Rates stayed high until May"
>>> prepare(text)
>>> sorted(prepared_needles(text) & {"until", "til", "stayed"})
['stayed', 'til', 'until']
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

_LOCK = threading.Lock()
_needles: set[str] = set()  # every needle of every quick pattern made so far
_generation = 0  # raised each time a needle is added: a scan knows the needles it looked for


def register(needles: Iterable[str]) -> int:
    """Add a pattern's needles; the generation from which a scan looks for all of them."""
    global _generation
    with _LOCK:
        new = set(needles) - _needles
        if new:
            _needles.update(new)
            _generation += 1
        return _generation


# The needles as one generation knows them: the longest, those made of letters alone (each
# found inside one word of a text), the others (looked for one by one), and what each word of
# a text holds of the first, read once.
_Known = tuple[int, int, frozenset[str], tuple[str, ...], dict[str, frozenset[str]]]
_known: _Known = (-1, 0, frozenset(), (), {})
_WORD = re.compile(r"[a-z]+")
_MAX_WORDS = 50_000  # words read before their cache starts again


def _known_now() -> _Known:
    global _known
    known = _known
    if known[0] != _generation:
        with _LOCK:
            generation, needles = _generation, frozenset(_needles)
        letters = frozenset(n for n in needles if _WORD.fullmatch(n))
        others = tuple(sorted(needles - letters))
        known = _known = (generation, max(map(len, needles), default=0), letters, others, {})
    return known


def _held(word: str, longest: int, letters: frozenset[str]) -> frozenset[str]:
    """The needles made of letters alone that ``word`` holds."""
    size = len(word)
    parts = {word[i : i + k] for k in range(1, min(longest, size) + 1) for i in range(size - k + 1)}
    return frozenset(parts & letters)


# The text prepared last: (the text, the generation scanned, the needles found in it, its lower
# case with no trailing spaces, its words of letters). One tuple, replaced whole: safe across
# threads.
prepared: tuple[str, int, frozenset[str], str, frozenset[str]] = (
    "", -1, frozenset(), "", frozenset()
)  # fmt: skip


def prepare(text: str) -> None:
    """Find every registered needle in ``text`` (ASCII text only: the needles are compared with
    its lower case, as ``core.events.quick_patterns`` does)."""
    global prepared
    if not text.isascii():
        return
    generation, longest, letters, others, words = _known_now()
    if len(words) > _MAX_WORDS:
        words.clear()
    lowered = text.lower()
    found = {n for n in others if n in lowered}
    read = frozenset(_WORD.findall(lowered))
    for word in read:
        held = words.get(word)
        if held is None:
            held = words[word] = _held(word, longest, letters)
        found |= held
    prepared = (text, generation, frozenset(found), lowered.rstrip(), read)


def prepared_needles(text: str, generation: int = 0) -> frozenset[str] | None:
    """The needles found in ``text`` when it was the text prepared last, scanned for every
    needle registered up to ``generation``; None otherwise."""
    last = prepared
    if last[0] is text and last[1] >= generation:
        return last[2]
    return None
