"""The recogniser: a language's time-expression rules, compiled, and the spans they match.

Each rule (``core.lang.<code>.timex.RULES``) is a name and a verbose regex with named groups.
A language whose word order needs two patterns for one rule names the second ``rule:variant``
("ago:before" for German "vor zwei Jahren" beside "zwei Jahre später"): it is resolved as
``rule``, so both carry the same group names.
``candidates(text, lang)`` anchors the rules at the tokens ``core.temporal.triggers`` points at
and returns every match, longest first at each position; ``core.temporal.tagger.tag`` keeps the
leftmost-longest ones its resolvers accept. Whether a match is really time ("May" the verb,
"2000 troops") and what it means is decided by the resolvers (``core.temporal.absolute``,
``core.temporal.relative``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.lang import words
from core.temporal.firsts import first_chars
from core.temporal.triggers import anchors


@dataclass(frozen=True, slots=True)
class Grammar:
    """A language's rules compiled: by name, and each name's priority (its place in RULES)."""

    rules: dict[str, re.Pattern[str]]
    priority: dict[str, int]
    firsts: dict[str, frozenset[str] | None]  # what a match may begin with (None: anything)


@cache
def grammar(lang: str) -> Grammar:
    """The compiled rules of language ``lang`` (compiled once)."""
    rules = words(lang, "timex").RULES
    return Grammar(
        {name: re.compile(pattern, re.VERBOSE) for name, pattern in rules},
        {name: i for i, (name, _) in enumerate(rules)},
        {name: first_chars(pattern, re.VERBOSE) for name, pattern in rules},
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text a rule matched, before anyone decided what it means."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def candidates(text: str, lang: str = "en") -> list[Candidate]:
    """All matches of all rules, leftmost-longest first; the caller picks non-overlapping ones.

    >>> [(c.rule, c.match.group(0)) for c in candidates("on February 14")][:2]
    [('mdy', 'February 14'), ('month', 'February')]
    """
    compiled = grammar(lang)
    # Each place once, with every rule some trigger names there (a place is tried for the
    # trigger token itself and again as the prefix of each trigger after it).
    places: dict[int, set[str]] = {}
    for start, rules in anchors(text, lang):
        names = places.get(start)
        if names is None:
            places[start] = set(rules)
        else:
            names.update(rules)
    found: list[Candidate] = []
    patterns, firsts = compiled.rules, compiled.firsts
    for start, names in places.items():
        char = text[start]
        ascii_char = char < "\x80"  # beyond ASCII, case equivalences the sets may not list
        for name in names:
            allowed = firsts[name]
            if ascii_char and allowed is not None and char not in allowed:
                continue  # the rule cannot begin with this character
            m = patterns[name].match(text, start)
            if m is None:
                continue
            end = m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            if end > start and _at_word_edges(text, start, end):
                found.append(Candidate(start, end, name, m))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), compiled.priority[c.rule]))
    return found


def _at_word_edges(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if text[start].isalnum() and before.isalnum():
        return False
    return not (text[end - 1].isalnum() and after.isalnum())
