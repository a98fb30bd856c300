"""Where to try the grammar: trigger words and the modifier words that may precede them.

Running every rule's regex over every character costs ~18 ms per article (each position
tries every optional prefix). Instead the text is split into tokens once; a token that can
head a time expression ("February", "years", "yesterday", "1987", "p.m.") names the rules
worth trying, and each of them is anchored (``Pattern.match``) at that token and at the
preceding tokens that could open the same expression ("the past five", "nearly", "early").
The words are the language's (``core.lang.<code>.timex``: TRIGGERS, DIGIT_TRIGGERS,
PREFIX_WORDS).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress, count
from operator import itemgetter

from core.lang import words

_TOKEN = re.compile(r"[\w'’$][\w'’.:/-]*")
_STRIP = ".,;:'’"
_MAX_PREFIX = 6
_ELISION = re.compile(r"\w{1,5}['’]")  # "d'", "l'", "jusqu'" before a word written onto it


@dataclass(frozen=True, slots=True)
class Triggers:
    """A language's trigger table, compiled."""

    by_word: dict[str, tuple[str, ...]]
    by_digits: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    prefix_words: frozenset[str]
    number_token: re.Pattern[str]
    possessive: tuple[str, ...]
    tokens: _Readings = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", _Readings(self))


@cache
def triggers(lang: str) -> Triggers:
    """The trigger table of language ``lang`` (built once)."""
    t = words(lang, "timex")
    by_word: dict[str, tuple[str, ...]] = {}
    for trigger_words, rules in t.TRIGGERS:
        for word in trigger_words:
            by_word[word] = tuple(dict.fromkeys(by_word.get(word, ()) + rules))
    return Triggers(
        by_word,
        tuple((re.compile(pattern), rules) for pattern, rules in t.DIGIT_TRIGGERS),
        t.PREFIX_WORDS,
        re.compile(t.NUMBER_TOKEN),
        t.POSSESSIVE_ENDINGS,
    )


def _rules_for(key: str, table: Triggers) -> tuple[str, ...]:
    rules = table.by_word.get(key, ())
    if "-" in key:
        for part in key.split("-"):
            rules += table.by_word.get(part, ()) + _digit_rules(part, table)
    return rules + _digit_rules(key, table)


def _digit_rules(key: str, table: Triggers) -> tuple[str, ...]:
    if not key or not (key[0].isdigit() or key[0] == "'"):
        return ()
    for pattern, rules in table.by_digits:
        if pattern.match(key):
            return rules
    return ()


def _is_prefix(key: str, table: Triggers) -> bool:
    if key in table.prefix_words or table.number_token.fullmatch(key):
        return True
    return "-" in key and all(
        part in table.prefix_words or table.number_token.fullmatch(part) for part in key.split("-")
    )


def _key(token: str, table: Triggers) -> str:
    key = token.lower().rstrip(_STRIP)
    if key.endswith(table.possessive) and key not in table.by_word:
        key = key[: -len(next(e for e in table.possessive if key.endswith(e)))]
    return key


def anchors(text: str, lang: str = "en") -> Iterator[tuple[int, tuple[str, ...]]]:
    """(start offset, rules worth trying there) for every place an expression may begin.

    >>> [(start, rules[0]) for start, rules in anchors("met last Friday")][:2]
    [(9, 'weekday'), (4, 'weekday')]
    """
    table = triggers(lang)
    # Most tokens are neither triggers nor prefixes: the text is cut at its tokens and each
    # token's reading looked up in one pass at C speed; Python walks only the triggers.
    parts = _TOKEN_SPLIT.split(text)  # separator, token, separator, token, ..., separator
    info = list(map(table.tokens.__getitem__, parts[1::2]))
    found = list(compress(count(), map(_has_rules, info)))
    if not found:
        return
    starts = list(accumulate(map(len, parts)))[::2]  # token i starts where separator i ends
    for i in found:
        key, rules, _, elided = info[i]
        start = starts[i]
        if elided:  # "d'avril", "d'août": the word written onto the elision
            yield start + elided, rules
        yield start, rules
        if "-" in key:  # "post-1959", "pre-war": the expression may start inside the token
            yield start + key.index("-") + 1, rules
        j = i - 1
        while j >= 0 and i - j <= _MAX_PREFIX and info[j][2]:
            yield starts[j], rules
            if "-" in info[j][0]:  # "499-493 BC": the expression may start after the hyphen
                yield starts[j] + info[j][0].rindex("-") + 1, rules
            j -= 1


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_has_rules = itemgetter(1)


class _Readings(dict[str, tuple[str, tuple[str, ...], bool, int]]):
    """A token's reading, worked out once per language and spelling: its key, the rules it
    triggers, whether it may open an expression a trigger after it heads, and where in the
    token the expression starts (after an elision: "d'avril", "d'août")."""

    def __init__(self, table: Triggers) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, token: str) -> tuple[str, tuple[str, ...], bool, int]:
        if len(self) > _MAX_READINGS:  # a long session's numbers and names: start afresh
            self.clear()
        table = self.table
        key = token.lower().rstrip(_STRIP)
        if key.isalpha() and key not in table.by_word and key not in table.prefix_words:
            # a plain word, no trigger: nothing to split, no digits, no possessive ending
            reading = (key, (), bool(table.number_token.fullmatch(key)), 0)
        else:
            key = _key(token, table)
            rules, offset = _rules_for(key, table), 0
            elided = None if rules else _ELISION.match(key)
            if elided and (rules := _rules_for(key[elided.end() :], table)):
                offset = elided.end()
            reading = (key, rules, _is_prefix(key, table), offset)
        self[token] = reading
        return reading


_MAX_READINGS = 200_000
