"""A sentence's tokens and clauses, cut once for every reading of it.

An article's sentence is parsed again for its asides, its undated happening, a date its
tense refused (a quarter of the parses of 2,000 Reuters articles repeat one), and the cut
depends on the sentence's text alone: it is kept for the sentences read last.
"""

from __future__ import annotations

from functools import lru_cache

from core.events.phrases import clauses
from core.events.tokens import Clause, Token, tokenize

_ENDS = (".", "!", "?")


def sentence_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` without its closing marks (a list of the caller's)."""
    return list(_tokens(text, start, end))


def sentence_clauses(text: str, start: int, end: int, language: str) -> list[Clause]:
    """``phrases.clauses`` of ``sentence_tokens(text, start, end)`` (a list of the caller's)."""
    return list(_clauses(text, start, end, language))


def entry_clauses(
    text: str, start: int, end: int, language: str, tokens: list[Token], entry: list[Token]
) -> list[Clause]:
    """The clauses of ``entry``: as cut once when ``dated_entries`` left ``tokens`` whole, else
    cut afresh (a dated entry's tokens depend on its dates, not on the text alone)."""
    if entry is tokens:
        return sentence_clauses(text, start, end, language)
    return clauses(entry, language)


@lru_cache(maxsize=256)  # the text is the whole article: its hash is computed once
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    tokens = tokenize(text, start, end)
    while tokens and tokens[-1].text in _ENDS:
        tokens.pop()
    return tuple(tokens)


@lru_cache(maxsize=256)
def _clauses(text: str, start: int, end: int, language: str) -> tuple[Clause, ...]:
    return tuple(clauses(list(_tokens(text, start, end)), language))
