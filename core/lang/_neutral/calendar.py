"""Neutral calendar data: each name's value in a language that leaves it out."""

from __future__ import annotations

YEAR_WORDS: tuple[str, ...] = ()
COUNTING_ORDINALS: frozenset[str] = frozenset()
FIRST = ""
YEAR_EDGES: dict[str, tuple[int, int]] = {}
