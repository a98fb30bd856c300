"""Words a dropped date leaves stranded inside a title: the demonstrative of "that June"
("began serving meals [that April] at the depot" read "began serving meals that at the
depot"), the second year of a season written with a slash ("began [1931]/ 32"). The
demonstratives are the language's (``DATE_DEMONSTRATIVES``); ``widen_drop`` drops them with
their date.
"""

from __future__ import annotations

import re
from types import ModuleType

from core.events.tokens import Token


def stranded_demonstrative(tokens: list[Token], k: int, drop: set[int], c: ModuleType) -> set[int]:
    """``{k - 1}`` when the word before the dropped date at ``k`` is a demonstrative that
    only the date completes: "that [June] on line 12", "that [spring], after the vote"; not
    a "that" opening a clause whose subject the date names ("said that [June] sales rose")."""
    if k == 0 or k - 1 in drop or tokens[k - 1].lower not in c.DATE_DEMONSTRATIVES:
        return set()
    end = next((j for j in range(k, len(tokens)) if j not in drop), len(tokens))
    if end == len(tokens):
        return {k - 1}
    after = tokens[end]
    closes = not after.text[:1].isalnum() or after.lower in c.PREPOSITIONS | c.COORDINATORS
    return {k - 1} if closes else set()


_YEAR = re.compile(r"\d{4}")
_SECOND_YEAR = re.compile(r"\d{2}|\d{4}")


def second_year(tokens: list[Token], k: int) -> set[int]:
    """The slash and the second year after a dropped year at ``k`` that the date left behind:
    "the dispute began [1931]/ 32" (a season written with a space the tagger did not join)."""
    if k + 2 >= len(tokens) or not _YEAR.fullmatch(tokens[k].text):
        return set()
    second = tokens[k + 2].text
    if tokens[k + 1].text != "/" or not _SECOND_YEAR.fullmatch(second):
        return set()
    following = int(tokens[k].text) + 1  # "1931/32", "1931/1932": the next year, no count
    return {k + 1, k + 2} if int(second) == following % 10 ** len(second) else set()
