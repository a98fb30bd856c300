"""Which needles of a pattern it only matches as whole words ("he" in "\\s+(?:he|she)\\s+").

``core.events.quick_patterns`` rules a pattern out when its text holds none of the words
every match needs; "he" is inside "the" and "it" inside "with", so a pattern needing a pronoun
would be tried on nearly every text. Where the pattern sets a needle between word edges or
white space on both sides, the text must hold it as a word of its own: its words, read once,
tell.

>>> sorted(whole_needles(r"\\s+(?:he|she|it)\\s+(?P<verb>[a-z]+ed)\\b", re.I))
['he', 'it', 'she']
>>> sorted(whole_needles(r"\\b[a-z]+ed\\s+(?:in|on)\\s", re.I))
['in', 'on']
>>> whole_needles(r"\\b[a-z]+ed\\s+(?:in|on)", re.I)  # ("into" would do)
frozenset()
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from core.events.pattern_tails import _REPEATS, spaces_only

_SKIPPED = {sre.ASSERT, sre.ASSERT_NOT}  # (they take no character: look past them)
_LEFT_EDGES = {sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING}
_RIGHT_EDGES = {sre.AT_BOUNDARY, sre.AT_END, sre.AT_END_STRING}
_LETTERS = re.compile(r"[a-z]+")


def whole_needles(pattern: str, flags: int = 0, parsed: Any = None) -> frozenset[str]:
    """The words of letters alone (lower case) that ``pattern`` holds only as runs of
    literals with a word edge, white space or the text's end on both sides."""
    runs: dict[str, bool] = {}
    _walk(list(sre_parse.parse(pattern, flags) if parsed is None else parsed), False, False, runs)
    return frozenset(w for w, whole in runs.items() if whole and _LETTERS.fullmatch(w))


def _walk(items: list[Any], left: bool, right: bool, runs: dict[str, bool]) -> None:
    """Note each run of ``items`` (and of their groups) and whether both its sides are edges;
    ``left`` and ``right``: whether the sequence itself stands between edges."""
    k = 0
    while k < len(items):
        op, av = items[k]
        if _letter_like(items[k]):
            end = k
            while end < len(items) and _letter_like(items[end]):
                end += 1
            run = "".join(chr(a).lower() for _, a in items[k:end])
            whole = _edge_before(items, k, left) and _edge_after(items, end, right)
            runs[run] = runs.get(run, True) and whole
            k = end
            continue
        inner_left, inner_right = _edge_before(items, k, left), _edge_after(items, k + 1, right)
        if op is sre.SUBPATTERN:
            _walk(list(av[-1]), inner_left, inner_right, runs)
        elif op is sre.ATOMIC_GROUP:
            _walk(list(av), inner_left, inner_right, runs)
        elif op is sre.BRANCH:
            for way in av[1]:
                _walk(list(way), inner_left, inner_right, runs)
        elif op in _REPEATS:
            once = av[1] == 1  # (a part repeated follows itself: no edge known)
            _walk(list(av[2]), inner_left and once, inner_right and once, runs)
        elif op not in _SKIPPED:
            _unknown_runs(op, av, runs)
        k += 1


def _letter_like(item: tuple[Any, Any]) -> bool:
    op, av = item
    return op is sre.LITERAL and av < 128 and not chr(av).isspace()


def _edge_before(items: list[Any], k: int, left: bool) -> bool:
    """Whether what stands before ``items[k]`` ends a word: a word edge, white space, the
    text's start, or the sequence's own start when that is one (``left``)."""
    for op, av in reversed(items[:k]):
        if op in _SKIPPED:
            continue
        if op is sre.AT:
            return av in _LEFT_EDGES
        return spaces_only(op, av)
    return left


def _edge_after(items: list[Any], k: int, right: bool) -> bool:
    for op, av in items[k:]:
        if op in _SKIPPED:
            continue
        if op is sre.AT:
            return av in _RIGHT_EDGES
        return spaces_only(op, av)
    return right


def _unknown_runs(op: Any, av: Any, runs: dict[str, bool]) -> None:
    """Runs inside a part this walk does not read (a conditional group): none is whole."""
    if isinstance(av, (list, tuple)):
        for part in av:
            if isinstance(part, sre_parse.SubPattern):
                inner: dict[str, bool] = {}
                _walk(list(part), False, False, inner)
                runs.update(dict.fromkeys(inner, False))
