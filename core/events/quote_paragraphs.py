"""A quotation that runs over several sentences of a paragraph, its speaker named once.

“Nobody warned the street,” said Ann Roe. “In May I moved the kiln to my sister's yard.” —
the second quote has no attribution of its own: the paragraph's speaker said it. “We halved
the rents of our tenants in 2017. It cost us little,” said Ann Roe. — the first sentence
opens a quotation that closes in the next one, where Ann Roe is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from core import lang
from core.events.entities import Mention


@cache
def _marks(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The language's opening and closing quotation marks, and a pattern finding either."""
    c = lang.words(language, "clauses")
    every = sorted(c.OPEN_QUOTES | c.CLOSE_QUOTES, key=len, reverse=True)
    return (
        frozenset(c.OPEN_QUOTES),
        frozenset(c.CLOSE_QUOTES),
        re.compile("|".join(re.escape(m) for m in every)),
    )


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The line a sentence stands on (a paragraph of plain text)."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _quoted_flags(text: str, a: int, b: int, language: str) -> list[tuple[int, int, bool]]:
    """The stretches of ``text[a:b]``, each with whether it stands inside a quotation (a
    straight mark opens and closes in turn; a curly one says which it does)."""
    opens, closes, either = _marks(language)
    parts, inside, last = [], False, a
    for mark in either.finditer(text, a, b):
        ch = mark.group()
        toggles = ch in opens and ch in closes
        if toggles or (ch in opens and not inside) or (ch in closes and inside):
            parts.append((last, mark.start(), inside))
            inside, last = not inside, mark.end()
    parts.append((last, b, inside))
    return parts


def continued_quote(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The stretch of the sentence ``text[start:end]`` that a quotation holds when the
    quotation does not close within it: it opens there and runs on ("“We halved … in 2017. |
    It cost …,” said …"), or opened a sentence before and goes on; None
    for a sentence outside any quotation, or one that closes it (``quotes`` reads those)."""
    a, _ = _paragraph(text, start, end)
    parts = _quoted_flags(text, a, end, language)
    # (a stop after the closing mark is no word outside it: "… after June.”")
    mine = [(x, y, q) for x, y, q in parts if y > start and (q or text[x:y].strip(" .,!?"))]
    if not mine or not all(q for _, _, q in mine):
        return None  # (a mark closes the quotation inside the sentence, or none opens it)
    return max(start, mine[0][0]), mine[-1][1]


def paragraph_speaker(
    text: str, start: int, end: int, mentions: list[Mention], language: str,
    attributed: Callable[[int, int], Mention | None],
) -> Mention | None:  # fmt: skip
    """The one speaker the attributions outside the quotations of the sentence's paragraph
    name (``attributed(a, b)`` reads one stretch); None for none, or two people."""
    a, b = _paragraph(text, start, end)
    found = {
        person.name: person
        for x, y, quoted in _quoted_flags(text, a, b, language)
        if not quoted and y > x
        for person in [attributed(x, y)]
        if person is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None
