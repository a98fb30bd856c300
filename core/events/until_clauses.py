"""The date of a clause that ends a span: "ran the yard until it closed in 1979" says how long
the running lasted (``core.events.anchors`` keeps that date from the main clause), and when
the closing happened. ``core.events.phrases`` cuts the "until" clause off as a clause of its
own; its date dates it."""

from __future__ import annotations

import re

from core import lang
from core.events.phrases import _since_clause
from core.events.tokens import tokenize
from core.temporal.tagger import Timex

_REACH = 80  # characters before the date: "until the new owners of the yard closed it in …"
_CLAUSE_END = re.compile(r"[.;:!?,]")


def dates_until_clause(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether ``timex`` stands in an "until" clause with its own subject and finite verb
    before it ("until she retired in 1997"), not after a bare "until" ("until 1997"), a noun
    ("until the end of 2026", "until a vote on May 5") or a term's end ("until the loan is
    repaid in 2046")."""
    c = lang.words(language, "clauses")
    if not c.CLAUSE_UNTIL:
        return False
    start = max(0, timex.start - _REACH)
    if not any(word in text[start : timex.start].lower() for word in c.CLAUSE_UNTIL):
        return False
    tokens = tokenize(text, start, timex.start)
    opener = next(
        (k for k in range(len(tokens) - 1, -1, -1) if tokens[k].lower in c.CLAUSE_UNTIL), None
    )
    if opener is None or _CLAUSE_END.search(text, tokens[opener].end, timex.start):
        return False
    if any(t.lower in c.UNTIL_TERM_ENDS for t in tokens[opener:]):
        return False  # "until the bonds mature in 2031": the bonds' term, no happening
    return _since_clause(tokens[opener:], 0, c, language)
