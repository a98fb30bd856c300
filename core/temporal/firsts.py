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

import re
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


def led(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` with a lookahead for the characters its match may begin with in front, when
    those are known and the pattern opens on no letter or set of its own: the engine tries a
    pattern such as ``\\b(?:postponed|delayed)`` at every place of the text, entering its
    alternation at each word's edge; the lookahead turns away every place whose character
    cannot begin a match before that. The same matches (the set is compiled with the same
    flags), in about half the time for a long alternation searched over a sentence.

    >>> led(re.compile(r"\\b(?:will|said)\\b")).pattern
    '(?=[SWsw])(?:\\\\b(?:will|said)\\\\b)'
    """
    source, flags = compiled.pattern, compiled.flags
    if not isinstance(source, str) or _sre_parse is None or _GLOBAL_FLAGS.match(source):
        return compiled  # (inline flags must stay first)
    try:
        opening = _opening(_sre_parse.parse(source, flags))
    except Exception:
        return compiled
    chars = first_chars(source, flags) if opening in _SLOW_OPENINGS else None
    if not chars:
        return compiled  # (a letter or a set first: the engine skips to it on its own, or
        # fails on it at once; so does a repeated set)
    members = "".join(map(_member, sorted(chars)))
    close = "\n)" if flags & re.VERBOSE else ")"  # (a comment may end a verbose source)
    return re.compile(f"(?=[{members}])(?:{source}{close}", flags)


def _member(char: str) -> str:
    """A character as a member of a set, safe in any mode (a space, "#", "]", a newline)."""
    if char.isascii() and char.isalnum():
        return char
    return f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}"


def _opening(items) -> str:
    """The name of the first item of a parsed pattern, inside the groups it opens with; a
    branch whose every alternative opens on a letter is a set of letters ("IN")."""
    while items:
        op, av = items[0]
        name = str(op)
        if name == "BRANCH" and all(b and _opening(b) == "LITERAL" for b in av[1]):
            return "IN"
        if name != "SUBPATTERN":
            return name
        items = av[-1]
    return ""


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# What a pattern may open on that the engine enters at every place before failing: a word's
# edge ("\\b", true at the end of every word too), a lookbehind, an alternation.
_SLOW_OPENINGS = frozenset(("AT", "ASSERT", "ASSERT_NOT", "BRANCH"))
