"""The words a pattern anchored at the end of its text ("…postponed until the end of $") must
find there, read from the pattern itself.

A pattern searched for at the end of the words before a date is tried at every position of
them; most such patterns end on a few words and spaces ("(?:in|on|during)\\s+(?:the\\s+)?$"):
unless the text, its trailing spaces dropped, ends with one of them ("in", "on", "during",
"the"), nothing can match, and ``core.events.quick_patterns`` answers without the engine.

>>> sorted(tails_of(r"\\b(?:in|on|during)\\s+(?:the\\s+)?$", re.I))
['during', 'in', 'on', 'the']
>>> tails_of(r"\\bsince\\s+\\w+$") is None
True
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Tails = frozenset[str]
_OPEN: Tails = frozenset({""})  # the stretch read so far can end the text with spaces alone
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_MAX_TAILS = 64


def tails_of(pattern: str, flags: int = 0, parsed: Any = None) -> Tails | None:
    """Lower-case ASCII words one of which ends every text ``pattern`` matches (the text's
    trailing spaces dropped), or None when the pattern does not end the text with a word."""
    if flags & re.MULTILINE:
        return None  # ("$" then ends every line)
    tails = _ending(list(sre_parse.parse(pattern, flags) if parsed is None else parsed))
    if not tails or "" in tails or len(tails) > _MAX_TAILS:
        return None
    return tails


def _ending(items: list[Any]) -> Tails | None:
    """The tails of a sequence that ends with "$" (or with a branch or group whose every way
    does)."""
    if not items:
        return None
    op, av = items[-1]
    if op is sre.AT and av is sre.AT_END:
        return _before_end(items[:-1])
    if op is sre.BRANCH:
        return _union([_ending(list(way)) for way in av[1]])
    if op is sre.SUBPATTERN:
        return _ending(list(av[-1]))
    return None


def _before_end(items: list[Any]) -> Tails | None:
    """The words one of which the text matched by ``items`` ends with, spaces aside; ``_OPEN``
    when ``items`` may match spaces alone (or nothing)."""
    for k in range(len(items) - 1, -1, -1):
        op, av = items[k]
        if op in _ZERO_WIDTH or spaces_only(op, av):
            continue
        if op is sre.LITERAL:
            return _run(items[: k + 1])
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            inner = _before_end(list(av[-1] if op is sre.SUBPATTERN else av))
        elif op is sre.BRANCH:
            inner = _union([_before_end(list(way)) for way in av[1]], open_ok=True)
        elif op in _REPEATS:
            inner = _before_end(list(av[2]))
            if inner is not None and av[0] == 0:
                inner = inner | _OPEN  # (an optional part: the words before it may end it)
        else:
            return None
        if inner is None:
            return None
        if "" not in inner:
            return inner
        rest = _before_end(items[:k])
        return None if rest is None else (inner - _OPEN) | rest
    return _OPEN


def _run(items: list[Any]) -> Tails | None:
    """The run of ASCII letters and signs (no space) that ends ``items``."""
    chars: list[str] = []
    for op, av in reversed(items):
        if op is not sre.LITERAL or av >= 128 or chr(av).isspace():
            break
        chars.append(chr(av).lower())
    if not chars or items[-1][1] >= 128:
        return None
    return frozenset({"".join(reversed(chars))})


def spaces_only(op: Any, av: Any) -> bool:
    """Whether a part matches nothing but white space (as ``str.isspace`` reads it)."""
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(_space_item(o, a) for o, a in av)
    if op in _REPEATS:
        return all(spaces_only(o, a) for o, a in av[2])
    return False


def _space_item(op: Any, av: Any) -> bool:
    """Whether an item of a character set (``[\\s\\t]``) is white space alone."""
    if op is sre.CATEGORY:
        return av is sre.CATEGORY_SPACE
    return op is sre.LITERAL and chr(av).isspace()


def _union(found: list[Tails | None], open_ok: bool = False) -> Tails | None:
    if any(f is None for f in found):
        return None
    tails = frozenset().union(*found)  # type: ignore[arg-type]
    return tails if open_ok or "" not in tails else None
