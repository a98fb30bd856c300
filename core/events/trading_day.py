"""A market report's session as the publication day: "Brenmoor stock slid 9% in early trading"
tells that day's trading, though no date is written. The words are the language's
``TRADING_SESSION`` (``anchors`` data); none in a language without.

A sentence with a date of its own that dates a clause keeps it ("rose 3% in early trading on
Monday" has its Monday); a date that only describes ("…, their steepest drop since 2016") is no
such date, and the session still tells the day. Not a session ahead or supposed ("Shares
will fall in early trading if the deal fails": a future, modal or condition in its clause),
nor one written on a weekend, when no market trades.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache

from core import lang
from core.events.quick_patterns import compile_quick
from core.temporal.tagger import Timex


@cache
def _session(language: str) -> re.Pattern[str]:
    return compile_quick(lang.words(language, "anchors").TRADING_SESSION, re.I)


@cache
def _baseline(language: str) -> re.Pattern[str]:
    return compile_quick(lang.words(language, "anchors").SAME_DAY_BASELINE, re.I)


def session_day(
    text: str, start: int, end: int, here: list[Timex], published: datetime, language: str,
    dates_a_clause: Callable[[Timex], bool],
) -> list[Timex]:  # fmt: skip
    """``here``, the time expressions of ``text[start:end]``, with the trading session the
    sentence names read as the publication day when no other of them dates a clause; or a
    move from yesterday's level ("the franc eased to 4.10 from 4.02 yesterday") read so, its
    baseline's day set aside."""
    if published.weekday() >= 5:
        return here
    found = _session(language).search(text, start, end)
    if found is not None:
        if any(dates_a_clause(t) for t in here):
            return here
        if _ahead_or_supposed(text[start : found.start()], language):
            return here
        return _with_day(here, found.start(), found.end(), text, published)
    moved = _baseline(language).search(text, start, end)
    if moved is None:
        return here
    a, b = moved.span("base")
    rest = [t for t in here if not moved.start() <= t.start < b]  # (the move's own words)
    if any(dates_a_clause(t) for t in rest) or _ahead_or_supposed(text[start:a], language):
        return here
    return _with_day(rest, a, b, text, published)


def _with_day(here: list[Timex], a: int, b: int, text: str, published: datetime) -> list[Timex]:
    day = Timex(a, b, text[a:b], "DATE", published.date().isoformat())
    return sorted([*here, day], key=lambda t: t.start)


def _ahead_or_supposed(before: str, language: str) -> bool:
    """Whether the clause ``before`` the session (from its last comma) is a future, a modal's
    or a condition's: "Shares will fall …", "If talks fail, the rand could slide …"."""
    c = lang.words(language, "clauses")
    clause = re.split(r"[,;:]", before)[-1].lower().split()
    return bool(
        set(clause) & (c.FUTURE | c.MODALS)
        or {w.strip("\"'“”‘’(),").lower() for w in before.split()} & c.CONDITION_OPENERS
    )
