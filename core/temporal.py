"""Time expressions in news text, normalised against the publication date (TimeML TIMEX3).

>>> [t.value for t in tag("Macron will travel to Moscow on Monday.", date(2022, 2, 4))]
['2022-02-07']

The recogniser (``core.temporal_grammar``) proposes spans; the resolvers
(``core.temporal_absolute`` for calendar forms, ``core.temporal_relative`` for deictic,
anaphoric, durations and sets) decide whether a span is time at all and what it means, walking
the text in order so anaphora ("the following day") count from the last date mentioned.
dateparser normalises the foreign and numeric absolute forms (``core.temporal_dateparser``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from core import temporal_absolute as absolute
from core import temporal_relative as relative
from core.temporal_calendar import Context
from core.temporal_grammar import Candidate, candidates

log = logging.getLogger(__name__)


Resolver = Callable[[re.Match[str], Context, int, int], "tuple[str, str] | None"]
_RESOLVERS: dict[str, Resolver] = {
    "time": absolute.resolve_time,
    "mdy": absolute.resolve_mdy,
    "dmy": absolute.resolve_mdy,
    "foreign": absolute.resolve_parsed,
    "numeric": absolute.resolve_parsed,
    "my": absolute.resolve_my,
    "month": absolute.resolve_month,
    "decade": absolute.resolve_decade,
    "century": absolute.resolve_century,
    "year": absolute.resolve_year,
    "yearword": absolute.resolve_yearword,
    "yearend": absolute.resolve_yearend,
    "quarter": absolute.resolve_quarter,
    "qref": absolute.resolve_qref,
    "yearago": absolute.resolve_yearago,
    "season": absolute.resolve_season,
    "holiday": absolute.resolve_holiday,
    "deictic": relative.resolve_deictic,
    "weekday": relative.resolve_weekday,
    "ago": relative.resolve_ago,
    "anaphor": relative.resolve_anaphor,
    "weekof": absolute.resolve_weekof,
    "relunit": relative.resolve_relunit,
    "duration": relative.resolve_duration,
    "vague": relative.resolve_vague,
    "ref": relative.resolve_ref,
    "set": relative.resolve_set,
}


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: its span in the text, TIMEX3 type and normalised value."""

    start: int  # char offset into text
    end: int  # char offset (exclusive)
    text: str  # text[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # TIMEX3 value: "2022-02-04", "2014", "2022-W05", "P8Y", "PRESENT_REF", ...


def tag(text: str, dct: date | datetime) -> list[Timex]:
    """All time expressions of text, in order, normalised against the publication date dct.

    >>> [(t.text, t.value) for t in tag("He visits Kyiv on February 14 and Moscow the "
    ...     "following day.", date(2022, 2, 4))]
    [('February 14', '2022-02-14'), ('the following day', '2022-02-15')]
    """
    day = dct.date() if isinstance(dct, datetime) else dct
    ctx = Context(text=text, dct=day)
    found: list[Timex] = []
    taken_until = -1
    for cand in candidates(text):
        if cand.start < taken_until:
            continue
        resolved = _resolve(cand, ctx)
        if resolved is None:
            continue
        kind, value = resolved
        found.append(Timex(cand.start, cand.end, text[cand.start : cand.end], kind, value))
        taken_until = cand.end
    return found


def within(timexes: Sequence[Timex], start: int, end: int) -> list[Timex]:
    """The timexes (as ``tag`` returns them, in order) lying inside ``text[start:end]``.

    For the event extractor: the time expressions of one sentence.

    >>> found = tag("Talks ended on Friday. They resume on Monday.", date(2022, 2, 4))
    >>> [t.text for t in within(found, 23, 46)]
    ['Monday']
    """
    inside: list[Timex] = []
    for timex in timexes[bisect_left(timexes, start, key=lambda t: t.start) :]:
        if timex.start >= end:
            break
        if timex.end <= end:
            inside.append(timex)
    return inside


def _resolve(cand: Candidate, ctx: Context) -> tuple[str, str] | None:
    try:
        return _RESOLVERS[cand.rule](cand.match, ctx, cand.start, cand.end)
    except (ValueError, KeyError, OverflowError) as exc:
        # A malformed date ("Feb. 30") is not a time expression; never fail a whole document.
        log.debug("dropped %r (%s): %s", cand.match.group(0), cand.rule, exc)
        return None
