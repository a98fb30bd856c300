"""Dates that only name a thing's term: a holiday that names a trading season, the day a
security or a contract runs out, a part of a fiscal year read as the calendar's, and the
window a change is measured over.

"Pre-Easter buying lifted pork prices" tells that buying before Easter lifted prices now, not
that anything happened at Easter; "the bureau blamed the drop on a long Christmas break" dates
the blaming, not the break. "The bank bought bills maturing through June 24" bought them
today: June 24 is the bills' maturity. "Margins over the first half of fiscal 1989 widened" names
a half of a year that need not start in January: the calendar's first half would be a wrong
date. ``core.events.anchors`` reads each such date as describing the thing. "The index lost
a fifth over the past 12 months" measures a change over a span counted back from now: the
span's first day dates nothing either (``core.events.when_choice``). The holidays are the
language's named days (``HOLIDAYS`` of its ``calendar`` data), the words its
``HOLIDAY_TERM_AFTER``, ``HOLIDAY_PREFIX_BEFORE``, ``HOLIDAY_TIME_BEFORE``,
``RUNS_OUT_BEFORE``, ``FISCAL_WORD``, ``FISCAL_PART_OF_AFTER``, ``FISCAL_PART_ENDED_AFTER``,
``WINDOW_BEFORE`` and ``WINDOW_PERFECT_BEFORE`` (``anchors`` data); a language without them
reads none.
"""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.events.quick_patterns import compile_quick
from core.temporal.tagger import Timex

_REACH = 60  # characters before the date: a participle and a range's first end
_CLAUSE_REACH = 100  # characters of a window's clause: its verb and object ("has taken …")
_CLAUSE_EDGES = ("", ".", ",", ";", ":", "!", "?", "\n", '"')  # what a clause's opener follows
_PART_REACH = 48  # characters after a part's date: " of the coming financial year"
_PART = re.compile(r"^\d{4}-[QH]\d$")  # a calendar quarter or half
_BACK = re.compile(r"^P\d+[YMWD]$")  # "the past 12 months", counted back from now


@cache
def _patterns(language: str) -> tuple[frozenset[str], *tuple[re.Pattern[str], ...]]:
    a = lang.words(language, "anchors")
    return (
        frozenset(
            " ".join(name.lower().split()) for name in lang.words(language, "calendar").HOLIDAYS
        ),
        re.compile(a.HOLIDAY_TERM_AFTER, re.I),
        re.compile(a.HOLIDAY_PREFIX_BEFORE, re.I),
        re.compile(a.HOLIDAY_TIME_BEFORE, re.I),
        compile_quick(a.RUNS_OUT_BEFORE, re.I),
        re.compile(a.FISCAL_WORD, re.I),
        re.compile(a.FISCAL_PART_OF_AFTER, re.I),
        re.compile(a.FISCAL_PART_ENDED_AFTER, re.I),
    )


def names_a_term(text: str, timex: Timex, before: str, after: str, language: str) -> bool:
    """Whether ``timex`` of ``text``, between the texts ``before`` and ``after`` it, only names
    a holiday's trading season ("pre-Christmas | sales", "Easter | bookings"), a thing's
    maturity ("notes maturing in | 2031") or a fiscal year's part ("during the third quarter |
    of its coming financial year")."""
    names, term, prefix, time, runs_out, fiscal, fiscal_of, ended = _patterns(language)
    if _PART.match(timex.value):
        following = text[timex.end : timex.end + _PART_REACH]
        if ended.match(following):
            return False  # "its fiscal first quarter ended Dec. 31": the calendar's, told
        return bool(fiscal.search(timex.text) or fiscal_of.match(following))
    if " ".join(timex.text.lower().split()) in names:
        if time.search(before):
            return False  # "during the Easter holidays, thieves broke in": roughly then
        return bool(prefix.search(before) or term.match(after))
    return bool(runs_out.search(before[-_REACH:]))


def measures_a_window(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` of ``text``, a span counted back from now ("the past 12 months"), is
    the window a change is measured over ("the index lost a fifth in | the past 12 months"):
    its first day dates no happening ("have been on strike for the past three weeks" began
    then). A clause in the present perfect keeps the span ("rents have climbed by a third over
    the past two years": a past linked to now, read from the span's start)."""
    if not _BACK.match(timex.value):
        return False
    window, perfect = _windows(language)
    before = text[max(0, timex.start - _CLAUSE_REACH) : timex.start]
    found = window.search(before)
    if found is None:
        return False
    opener = before[: found.start()].rstrip(" \t")[-1:] in _CLAUSE_EDGES
    # (a window that opens its clause: the verb after it, "Over the past three years, rents have")
    clause = text[timex.end : timex.end + _CLAUSE_REACH] if opener else before
    return not perfect.search(clause)


@cache
def _windows(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    a = lang.words(language, "anchors")
    return re.compile(a.WINDOW_BEFORE, re.I), re.compile(a.WINDOW_PERFECT_BEFORE, re.I)
