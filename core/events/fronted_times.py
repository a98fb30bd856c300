"""A time fronted before a clause's subject with no comma: "and a year later the firm sold",
"and last autumn Congress rejected" (``clause_edges``: where the clause's subject starts)."""

from __future__ import annotations

from types import ModuleType

from core.events.time_words import time_word
from core.events.tokens import Token


def after_fronted_time(tokens: list[Token], first: int, c: ModuleType, language: str) -> int:
    """The token after a time fronted with no comma at ``first`` ("and last autumn Congress
    rejected", "and a year later the firm sold"), or ``first`` when none is fronted there (nor
    a preposition's date: "and in May the plant closed" is read as after a comma)."""
    if tokens[first].lower in c.PREPOSITIONS:
        return first
    if span := span_offset(tokens, first, c):
        return first + span
    reach = min(len(tokens), first + 3)
    timed = next((j for j in range(first, reach) if time_word(tokens, j, language)), None)
    if timed is None or any(t.text[:1].isupper() for t in tokens[first:timed]):
        return first
    return timed + 1


def span_offset(tokens: list[Token], k: int, c: ModuleType) -> int:
    """How many tokens from ``k`` on make a span counted from a date ("two years later", "a
    week earlier", "two years after that"): a number or an article, a period noun, an adverb
    or "after that"; 0 for none."""
    if k + 2 >= len(tokens):
        return 0
    count, unit, way = (t.lower for t in tokens[k : k + 3])
    counted = count in c.NUMBER_WORDS or count in c.ARTICLES or count.isdigit()
    if not (counted and unit in c.PERIOD_NOUNS):
        return 0
    if way in c.THAT_TOLD_AFTER and k + 3 < len(tokens) and tokens[k + 3].lower == c.THAT:
        return 4  # "…, and two years after that it grew": counted from the date told last
    return 3 if way in c.ADVERBS else 0
