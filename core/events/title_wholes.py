"""Checks that keep a title a sentence a reader can parse: no cut between a preposition and
the reciprocal it takes ("300 miles | from each other").

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> reciprocal_edge("occurred 300 miles from each other but".split(), 3, c)
False
>>> reciprocal_edge("occurred 300 miles from each other but".split(), 6, c)
True
"""

from __future__ import annotations

from types import ModuleType


def _lower(word: str) -> str:
    return word.lower().strip(",.;:!?\"'“”")


def reciprocal_edge(words: list[str], k: int, c: ModuleType) -> bool | None:
    """Whether a long title may be cut before ``words[k]``, as a reciprocal reads: False
    before the preposition that takes one ("occurred 300 miles | from each other": the pair
    completes the figure or verb before it), True right after the pair ("… from each other |
    but …": it closes its phrase), None elsewhere (other rules decide)."""
    if (
        _lower(words[k]) in c.PREPOSITIONS
        and tuple(map(_lower, words[k + 1 : k + 3])) in c.RECIPROCALS
    ):
        return False
    if k >= 2 and tuple(map(_lower, words[k - 2 : k])) in c.RECIPROCALS:
        return True
    return None
