"""Case-insensitive patterns compiled for speed: each letter spelled in both its cases.

Python's ``re`` tries the branches of an alternation one by one; under ``re.IGNORECASE``
every branch is entered before its first letter is compared, while a branch opening on a
character set (``[wW]ill``) is skipped at a glance. The tense cues are alternations of a
hundred words scanned over every sentence that holds a date, so ``ignorecase`` rewrites such
a source with each letter as the set of its two cases and compiles it case-sensitively: the
same matches, in about two thirds of the time. A source using syntax the rewrite does not
know is compiled with ``re.IGNORECASE`` as it is.

>>> ignorecase(r"\\bwill|[a-z]+ed\\b").pattern
'\\\\b[wW][iI][lL][lL]|[a-zA-Z]+[eE][dD]\\\\b'
>>> [m.group() for m in ignorecase(r"\\b(?P<past>said|was)\\b").finditer("He SAID it Was")]
['SAID', 'Was']
"""

from __future__ import annotations

import re

# Escapes that name no letter, and group openings whose letters are syntax, not text.
_PLAIN_ESCAPES = frozenset("bBsSwWdDAZ")
_GROUP_OPENING = re.compile(r"\(\?(?:P<\w+>|P=\w+\)|<[=!]|[:=!])")
_RANGE_LIMIT = 400  # a range of letters wider than this is left to re.IGNORECASE


def ignorecase(source: str) -> re.Pattern[str]:
    """``re.compile(source, re.IGNORECASE)``, as a pattern that matches the same text."""
    spelled = _both_cases(source)
    if spelled is None:
        return re.compile(source, re.IGNORECASE)
    return re.compile(spelled)


def _cases(char: str) -> str:
    """The character and its other case(s), each one character: "a" -> "aA"."""
    out = char
    for other in (char.lower(), char.upper()):
        if len(other) == 1 and other not in out:
            out += other
    return out


def _both_cases(source: str) -> str | None:
    """``source`` with each letter written as both its cases, or None where it uses syntax
    whose letters could not be told from text (escapes such as ``\\x41``, inline flags,
    conditionals)."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\":
            escaped = source[i + 1 : i + 2]
            if escaped.isalnum() and escaped not in _PLAIN_ESCAPES:
                return None
            out.append(source[i : i + 2])
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            body = _class_cases(source[i + 1 : end]) if end != -1 else None
            if body is None:
                return None
            out.append(f"[{body}]")
            i = end + 1
        elif char == "(" and source.startswith("(?", i):
            opening = _GROUP_OPENING.match(source, i)
            if opening is None:
                return None  # inline flags, conditionals, comments
            out.append(opening.group())
            i = opening.end()
        elif char == "{":
            close = source.find("}", i)
            if close == -1:
                return None
            out.append(source[i : close + 1])
            i = close + 1
        else:
            cases = _cases(char)
            out.append(f"[{cases}]" if len(cases) > 1 else char)
            i += 1
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """The index of the ``]`` closing the set opened at ``source[start]``, or -1."""
    i = start + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
        elif source[i] == "[":
            return -1  # a nested set: not written in the cues
        elif source[i] == "]":
            return i
        else:
            i += 1
    return -1


def _class_cases(body: str) -> str | None:
    """A set's body with the other case of each letter (and of each range's letters) added."""
    extra: list[str] = []
    i = 1 if body.startswith("^") else 0
    while i < len(body):
        if body[i] == "\\":
            escaped = body[i + 1 : i + 2]
            if escaped.isalnum() and escaped not in _PLAIN_ESCAPES:
                return None
            i += 2
        elif i + 2 < len(body) and body[i + 1] == "-":
            low, high = ord(body[i]), ord(body[i + 2])
            if high - low > _RANGE_LIMIT:
                return None
            if any(chr(c).isalpha() for c in (low, high)):
                simple = _shifted_range(body[i], body[i + 2])
                if simple is not None:
                    extra.append(simple)
                else:
                    extra.extend(_cases(chr(c))[1:] for c in range(low, high + 1))
            i += 3
        else:
            extra.append(_cases(body[i])[1:])
            i += 1
    return body + "".join(re.escape(e) if len(e) == 1 else e for e in extra)


def _shifted_range(low: str, high: str) -> str | None:
    """ "a-z" -> "A-Z": the other case of a range whose letters all change case by the same
    step (ASCII, Cyrillic а-я), else None."""
    step = ord(low.swapcase()) - ord(low) if len(low.swapcase()) == 1 else 0
    if step == 0:
        return None
    for c in range(ord(low), ord(high) + 1):
        other = chr(c).swapcase()
        if len(other) != 1 or ord(other) - c != step or chr(c).upper() == chr(c).lower():
            return None
    return f"{chr(ord(low) + step)}-{chr(ord(high) + step)}"
