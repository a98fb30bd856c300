"""The characters a rule's match can begin with, so a rule is not tried where it cannot match.

``core.temporal.grammar.candidates`` anchors each rule a trigger names at the trigger and at
the words before it; most of those tries fail ("holiday" at "the", "ago" at "fiscal"), and a
failing try of a rule with a long alternation costs several microseconds. ``first_chars``
reads the rule's parsed form and collects every character its first consumed character may
be, in every case; a rule is tried only where the text's character is among them.

The set is a superset, never too small: a lookaround opening a rule is skipped over as if
absent, and anything not read here (``\\w``, ``.``, negated sets, wide ranges) gives None,
"any character". Characters outside ASCII are always tried (``ignorecase`` has equivalences
such as "ſ" for "s" that no case mapping lists), so only ASCII text is filtered.

>>> sorted(first_chars(r"(?:[Tt]he\\s+)?(?P<n>\\d+)\\s+days", 0))[:4]
['0', '1', '2', '3']
>>> "T" in first_chars(r"(?:[Tt]he\\s+)?(?P<n>\\d+)\\s+days", 0)
True
>>> first_chars(r"\\w+", 0) is None
True
"""

from __future__ import annotations

from string import digits, whitespace

try:  # the parser re compiles with; private, so anything unexpected means "no filter"
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

_WIDEST_RANGE = 512
_CATEGORIES = {"CATEGORY_DIGIT": digits, "CATEGORY_SPACE": whitespace}


def first_chars(source: str, flags: int) -> frozenset[str] | None:
    """Every character (in every case) a match of ``source`` may begin with, or None where
    that cannot be told (or the pattern may match the empty string)."""
    if _sre_parse is None:
        return None
    try:
        chars, nullable = _first(_sre_parse.parse(source, flags))
    except Exception:
        return None
    if chars is None or nullable:
        return None
    return frozenset(_with_cases(chars))


def _first(items) -> tuple[set[str] | None, bool]:
    """(first characters, may the sequence match empty) of a parsed sequence."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item consumes the first character
        if name == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if name == "IN":
            found = _set_chars(av)
            if found is None:
                return None, False
            return chars | found, False
        if name == "SUBPATTERN":
            inner, nullable = _first(av[-1])
        elif name == "ATOMIC_GROUP":
            inner, nullable = _first(av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = av
            inner, nullable = _first(body)
            nullable = nullable or low == 0
        elif name == "BRANCH":
            inner, nullable = set(), False
            for branch in av[1]:
                found, empty = _first(branch)
                if found is None:
                    return None, False
                inner |= found
                nullable = nullable or empty
        else:  # ANY, NOT_LITERAL, GROUPREF, conditionals ...: any character
            return None, False
        if inner is None:
            return None, False
        chars |= inner
        if not nullable:
            return chars, False
    return chars, True


def _set_chars(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE":
            low, high = av
            if high - low > _WIDEST_RANGE:
                return None
            out.update(map(chr, range(low, high + 1)))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.update(_CATEGORIES[str(av)])
        else:  # NEGATE, \w, ...
            return None
    return out


def _with_cases(chars: set[str]) -> set[str]:
    out = set(chars)
    for char in chars:
        for other in (char.lower(), char.upper(), char.casefold()):
            out.update(other)
    return out
