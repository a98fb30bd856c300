"""Compiled patterns that first look for a word every match must contain.

A pattern searched for at the end of a stretch of text ("…postponed until the end of $") is
tried at every position of it: tens of microseconds for 80 characters, asked for each date of
each article. Most such patterns cannot match without one of a few words ("until", "till",
"postponed" …), found in the pattern itself; when none of them is in the text, the answer is
known without running it. Only for ASCII text: there, the words of the pattern match letters
of the text case by case, as the regular expression engine compares them.

>>> quick = compile_quick(r"\\b(?:stayed|remained)\\b[^.]*\\buntil\\s+$", re.I)
>>> sorted(quick.needles)
['remained', 'stayed']
>>> quick.search("prices rose in") is None, quick.search("rates Stayed high until ").end()
(True, 24)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, cast

from core.events import needle_scan
from core.events.pattern_tails import tails_of
from core.events.whole_needles import whole_needles
from core.temporal.firsts import led

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
Needles = frozenset[str]
Ways = tuple[tuple[tuple[str, ...], ...], ...]
MIN_NEEDLE = 2


class QuickPattern:
    """``re.Pattern`` whose ``search`` and ``finditer`` answer without the engine when the
    text is ASCII and holds none of ``needles`` (any match holds one of them); every other
    method and attribute is the pattern's own (a ``match`` fails fast on its own)."""

    __slots__ = (
        "compiled", "fullmatch", "generation", "match", "needles", "sets", "tails", "ways", "whole"
    )  # fmt: skip

    def __init__(
        self, compiled: re.Pattern[str], needles: Needles, ways: Ways | None = None,
        tails: frozenset[str] | None = None, wholes: frozenset[str] = frozenset(),
    ):  # fmt: skip
        self.compiled = compiled
        # what ``search`` finds ends the text on one of these words ("…until the end of$")
        self.tails = tuple(sorted(tails)) if tails else None
        # the needles it holds only as words of their own ("he", not the "he" of "the"),
        # apart from the others: (the others, the words)
        wholes = wholes & needles
        self.whole = (frozenset(needles - wholes), wholes) if wholes else None
        self.needles = tuple(sorted(needles, key=len))  # the commoner, shorter ones first
        self.match, self.fullmatch = compiled.match, compiled.fullmatch
        self.ways = ways
        # the same as sets, for a text whose needles were found at once (``needle_scan``)
        way_sets = tuple(tuple(map(frozenset, way)) for way in ways or ())
        self.sets = (frozenset(needles), way_sets)
        words = {n for way in way_sets for s in way for n in s}
        self.generation = needle_scan.register(words | needles)

    def _none_in(self, found: frozenset[str]) -> bool:
        """Whether ``found``, the needles a text holds, lacks every needle of this pattern, or
        one of each way's (``_no_way``)."""
        needles, ways = self.sets
        if needles.isdisjoint(found):
            return True
        for way in ways:
            if all(not s.isdisjoint(found) for s in way):
                return False
        return bool(ways)

    def _cannot(self, text: str) -> bool:
        found = needle_scan.prepared_needles(text, self.generation)
        if found is not None:
            return self._none_in(found)
        lowered = _lowered(text)
        return lowered is not None and (
            not any(map(lowered.__contains__, self.needles)) or self._no_way(lowered)
        )

    def _no_way(self, lowered: str) -> bool:
        """Whether each way of matching (``ways``) lacks a word it needs in ``lowered``."""
        ways = self.ways
        if ways is None:
            return False
        for way in ways:
            for needles in way:
                if not any(map(lowered.__contains__, needles)):
                    break
            else:
                return False  # this way has all it needs: the engine must look
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # ``_cannot`` written out: asked 30 times for each date's role (anchors), two Python
        # calls fewer each time the text is the one asked last
        if pos or endpos < len(text):
            return self._search_in(text, pos, endpos)
        prepared = needle_scan.prepared  # (``prepared_needles`` written out, as below)
        if prepared[0] is text and prepared[1] >= self.generation:
            needles, ways = self.sets
            if needles.isdisjoint(prepared[2]) or (ways and self._none_in(prepared[2])):
                return None
            if self.tails and not prepared[3].endswith(self.tails):
                return None
            whole = self.whole
            if whole and whole[0].isdisjoint(prepared[2]) and whole[1].isdisjoint(prepared[4]):
                return None  # "he" only inside "the"
            return self.compiled.search(text)
        last = _last
        lowered = last[1] if last[0] is text else _lowered(text)
        if lowered is not None and (
            not any(map(lowered.__contains__, self.needles))
            or self._no_way(lowered)
            or (self.tails and not lowered.rstrip().endswith(self.tails))
            or (self.whole and self._no_whole(lowered, _words(text, lowered)))
        ):
            return None
        return self.compiled.search(text, pos, endpos)

    def _no_whole(self, lowered: str, words: frozenset[str]) -> bool:
        """Whether ``lowered`` (its ``words``) holds none of the needles as the pattern needs
        them: the others anywhere, the whole ones as words."""
        parts, wholes = self.whole or ((), frozenset())
        return not any(map(lowered.__contains__, parts)) and wholes.isdisjoint(words)

    def _search_in(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``search`` within ``text[pos:endpos]`` (a sentence, the words before a date, of a
        whole article): every match lies inside that stretch, its needle with it."""
        window = text[max(pos, 0) : max(endpos, 0)]  # (as the engine reads them)
        if window.isascii():
            lowered = window.lower()
            if not any(map(lowered.__contains__, self.needles)) or self._no_way(lowered):
                return None
            if self.tails and not lowered.rstrip().endswith(self.tails):
                return None
            if self.whole and self._no_whole(lowered, frozenset(_LETTERS.findall(lowered))):
                return None
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return iter(()) if self._cannot(text) else self.compiled.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


# The text asked last and its lower case (None when it is not ASCII): a date's stretch of
# text is asked of one pattern after another. One tuple, replaced whole: safe across threads.
_last: tuple[str, str | None] = ("", "")


# The words of letters of the text asked last of a pattern with whole needles.
_last_words: tuple[str, frozenset[str]] = ("", frozenset())
_LETTERS = needle_scan._WORD  # (the words ``needle_scan.prepare`` reads)


def _words(text: str, lowered: str) -> frozenset[str]:
    global _last_words
    last = _last_words
    if last[0] is not text:
        last = _last_words = (text, frozenset(_LETTERS.findall(lowered)))
    return last[1]


def _lowered(text: str) -> str | None:
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, text.lower() if text.isascii() else None)
    return last[1]


def compile_quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, checked for its needles first when it has some."""
    return quick(re.compile(pattern, flags))


def quick(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled``, or a ``QuickPattern`` in its place (typed as the pattern it answers for:
    it answers every call the same) when it has needles worth the check."""
    parsed = sre_parse.parse(compiled.pattern, compiled.flags)  # (read once for every question)
    needles = needles_of(compiled.pattern, compiled.flags, parsed)
    # (the engine asked through ``led``: a place that cannot open a match turned away first)
    if not needles or min(map(len, needles)) < MIN_NEEDLE:
        return led(compiled)  # a letter alone is in nearly every text: the check would cost
    ways = ways_of(compiled.pattern, compiled.flags, parsed)
    tails = tails_of(compiled.pattern, compiled.flags, parsed)
    wholes = whole_needles(compiled.pattern, compiled.flags, parsed)
    return cast(re.Pattern[str], QuickPattern(led(compiled), needles, ways, tails, wholes))


def needles_of(pattern: str, flags: int = 0, parsed: Any = None) -> Needles | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains, or None
    when the pattern has no such word it cannot do without (``parsed``: the pattern as
    ``re._parser`` reads it, when the caller has it)."""
    return _sequence(sre_parse.parse(pattern, flags) if parsed is None else parsed)


def ways_of(pattern: str, flags: int = 0, parsed: Any = None) -> Ways | None:
    """The ways a match of ``pattern`` may go (its alternatives, those of its groups too), each
    with the sets of words it needs one word of each, the shorter first; None when that says
    no more than ``needles_of`` (no way needs two words) or some way needs no word.

    >>> ways_of(r"\\b(?:moved|delayed)\\b.*\\bfrom\\s+$|\\bextended\\b.*\\bto\\s+$")
    ((('moved', 'delayed'), ('from',)), (('extended',), ('to',)))
    """
    ways = _ways(sre_parse.parse(pattern, flags) if parsed is None else parsed)
    if ways is None or len(ways) > _MAX_WAYS:
        return None
    kept = []
    for way in ways:
        # (a set with a one-letter word is met by nearly every text: no use asking it)
        needed = [n for n in way if min(map(len, n)) >= MIN_NEEDLE]
        if not needed:
            return None  # this way needs no word: nothing can be ruled out
        kept.append(tuple(tuple(sorted(n, key=len)) for n in _unique(needed)))
    if all(len(way) < 2 for way in kept):
        return None
    return tuple(kept)


_MAX_WAYS = 8  # (the alternatives of alternatives multiply: past this, no ways)


def _unique(items: list[Needles]) -> list[Needles]:
    return list(dict.fromkeys(items))


def _ways(items: Any, top: bool = True) -> list[list[Needles]] | None:
    """For each way through ``items`` (one per alternative of a branch at its top, or in a
    group at its top; a branch inside a way is one set of words), the needle sets it needs
    each one of; None past ``_MAX_WAYS`` ways."""
    ways: list[list[Needles]] = [[]]
    for op, av in _parts(items):
        inner: list[list[Needles]] | None
        if op is sre.SUBPATTERN:
            inner = _ways(av[-1], top)
        elif op is sre.BRANCH and top:
            inner = _branch_ways(av[1])
        else:
            needed = _needed(op, av)
            if not needed:
                continue
            inner = [[needed]]
        if inner is None or len(ways) * len(inner) > _MAX_WAYS:
            return None
        ways = [[*way, *more] for way in ways for more in inner]
    return ways


def _branch_ways(alternatives: list[Any]) -> list[list[Needles]] | None:
    found: list[list[Needles]] = []
    for alternative in alternatives:
        ways = _ways(alternative, top=False)
        if ways is None:
            return None
        found.extend(ways)
    return found


def _sequence(items: Any) -> Needles | None:
    best: Needles | None = None
    for op, av in _parts(items):
        best = _better(best, _needed(op, av))
    return best


_RUN = "run"  # the op of a run of literals that ``_parts`` joins into one word


def _parts(items: Any) -> Iterator[tuple[Any, Any]]:
    """The items of a parsed sequence, each run of ASCII literals joined into one
    ``(_RUN, word)`` in lower case; "\\b", "^", "$" take no character: the run goes on over
    them, and they are left out."""
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
        elif op is not sre.AT:
            if run:
                yield _RUN, "".join(run)
                run = []
            yield op, av
    if run:
        yield _RUN, "".join(run)


def _needed(op: Any, av: Any) -> Needles | None:
    """The words one of which a part of a sequence (``_parts``) cannot match without."""
    if op is _RUN:
        return frozenset({av})
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    return None


def _branch(alternatives: list[Any]) -> Needles | None:
    found: set[str] = set()
    for alternative in alternatives:
        needles = _sequence(alternative)
        if not needles:
            return None  # this way needs no word: nothing can be ruled out
        found |= needles
    return frozenset(found)


def _better(a: Needles | None, b: Needles | None) -> Needles | None:
    """The rarer of two needle sets: longer shortest needle, then fewer needles."""
    if not a or not b:
        return a or b
    rank_a, rank_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if rank_a >= rank_b else b
