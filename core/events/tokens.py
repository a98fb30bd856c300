"""A sentence's tokens and the clause spans the shallow grammar cuts them into.

A token is a word, a figure or a punctuation mark with its character offsets; a clause is a span
of tokens with its opener and its finite verb (``core.events.phrases`` finds them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

_TOKEN = re.compile(
    r"\d[\d,.]*\d|\w+(?:[-'’.]\w+|–(?=[^\W\d_])\w+)*|(?<=\.)['’]s\b|``|''|--|[“”\"]|[,;:–—]|\S"
)  # "Corp.'s": the possessive after an abbreviation's point is one token; "Rennes–Brest",
# a dash between two words with no space, one name (a dash between spaces sets off an aside)
_DASHES = frozenset(("–", "—", ";", "--"))


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``[start, end)`` of a sentence's token list; ``body`` skips opener and adverbial."""

    start: int
    body: int
    end: int
    opener: str  # "" for the first clause, else "saying", "when", "that", "–" ...
    verb: int | None  # index of the finite verb, if any


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def glued_to_that(opener: str, c: ModuleType) -> str:
    """The word an elided "that" is written onto (French "qu'il", "qu'un": "il", "un"), or ""."""
    elided = c.THAT_ELIDED.strip()
    word = opener.replace("’", "'")
    return word[len(elided) :] if elided and word.startswith(elided) else ""
