"""Time expressions in news text, normalised against the publication date (TimeML TIMEX3).

>>> [t.value for t in tag("Macron will travel to Moscow on Monday.", date(2022, 2, 4))]
['2022-02-07']

The recogniser (``core.temporal.grammar``) proposes spans; the resolvers
(``core.temporal.absolute`` for calendar forms, ``core.temporal.relative`` for deictic,
anaphoric, durations and sets) decide whether a span is time at all and what it means, walking
the text in order so anaphora ("the following day") count from the last date mentioned.
dateparser normalises the foreign and numeric absolute forms (``core.lang.dateparser``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import cache

from core.lang import words
from core.temporal import (
    absolute,
    ago,
    anaphors,
    clock,
    durations,
    era,
    months,
    periods,
    quarters,
    relative,
    seasons,
    weekdays,
)
from core.temporal.calendar import Context, valid_day
from core.temporal.clock_days import days_written_after
from core.temporal.compound import joined_value, joiner
from core.temporal.grammar import Candidate, candidates
from core.temporal.tense import entry_head

log = logging.getLogger(__name__)


Resolver = Callable[[re.Match[str], Context, int, int], "tuple[str, str] | None"]
_RESOLVERS: dict[str, Resolver] = {
    "time": clock.resolve_time,
    "podof": absolute.resolve_part_of_day,
    "yearday": absolute.resolve_year_day,
    "mdy": absolute.resolve_mdy,
    "dmy": absolute.resolve_mdy,
    "mdyword": absolute.resolve_mdy,
    "foreign": absolute.resolve_parsed,
    "numeric": absolute.resolve_parsed,
    "my": months.resolve_my,
    "month": months.resolve_month,
    "decade": periods.resolve_decade,
    "century": periods.resolve_century,
    "era": era.resolve_era,
    "year": periods.resolve_year,
    "yearword": periods.resolve_yearword,
    "yearend": periods.resolve_yearend,
    "quarter": quarters.resolve_quarter,
    "qref": quarters.resolve_qref,
    "yearago": periods.resolve_yearago,
    "season": seasons.resolve_season,
    "holiday": absolute.resolve_holiday,
    "deictic": relative.resolve_deictic,
    "weekday": weekdays.resolve_weekday,
    "ago": ago.resolve_ago,
    "anaphor": anaphors.resolve_anaphor,
    "weekof": absolute.resolve_weekof,
    "relunit": relative.resolve_relunit,
    "duration": durations.resolve_duration,
    "vague": durations.resolve_vague,
    "ref": durations.resolve_ref,
    "set": durations.resolve_set,
}


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: its span in the text, TIMEX3 type and normalised value."""

    start: int  # char offset into text
    end: int  # char offset (exclusive)
    text: str  # text[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # TIMEX3 value: "2022-02-04", "2014", "2022-W05", "P8Y", "PRESENT_REF", ...


def tag(text: str, dct: date | datetime, lang: str = "en") -> list[Timex]:
    """All time expressions of text, in order, normalised against the publication date dct.

    ``lang`` is the text's language code (a folder of ``core.lang``): its words and patterns
    find and read the expressions.

    >>> [(t.text, t.value) for t in tag("He visits Kyiv on February 14 and Moscow the "
    ...     "following day.", date(2022, 2, 4))]
    [('February 14', '2022-02-14'), ('the following day', '2022-02-15')]
    """
    day = dct.date() if isinstance(dct, datetime) else dct
    # (a publication at midnight is a day with no time: TimeBank's and most feeds')
    at = dct.time() if isinstance(dct, datetime) and dct.time() != time() else None
    ctx = Context(text=text, dct=day, lang=lang, published_at=at)
    found: list[Timex] = []
    taken_until = -1
    for cand in candidates(text, lang):
        if cand.start < taken_until or _INSIDE_NUMBER.search(text, max(0, cand.start - 2),
                                                             cand.start):  # fmt: skip
            continue  # "000 week" of "12,000 week ago" is the tail of a count
        ctx.at = cand.start
        resolved = _resolve(cand, ctx)
        if resolved is None:
            continue
        kind, value = resolved
        value = era.written(value)
        if value.endswith(_NIGHT_PARTS) and not _night_into(lang).search(
            text, cand.start, cand.end
        ):
            ctx.extra["night_end"] = cand.end  # "the night of 3 May": ``clock``'s small hours
            ctx.extra["night_part"] = value[-2:]  # and its morning (``anaphors``)
        elif _LATE_CLOCK.fullmatch(value):  # "called at 11.40pm on Tuesday … put out by 3am":
            ctx.extra["night_end"] = cand.end  # the small hours after it are the next day's
            ctx.extra["night_part"] = "CL"  # (no night word: "that morning" is not read on)
        found.append(Timex(cand.start, cand.end, text[cand.start : cand.end], kind, value))
        taken_until = cand.end
    neighbours = _neighbours(lang)
    found = _era_range_starts(_clipped_ends(found, text, neighbours), text, neighbours)
    found = _shared_years(_halves_of(found, text, neighbours), text, neighbours)
    found = _second_days(found, text, lang)
    found = _season_years(_compound_durations(found, text, lang), text)
    found = days_written_after(found, text, lang)
    found = _order_ranges(found, text, neighbours, ctx.told)
    return _box_order(_one_weekday(found, ctx), text, neighbours, lang)


def _one_weekday(found: list[Timex], ctx: Context) -> list[Timex]:
    """``found`` with a weekday told in the past six days back moved to the next day when
    the text names that weekday as the next day too (``weekdays.same_weekday_ahead``)."""
    back, ahead, moved = weekdays.same_weekday_ahead(ctx)
    if not moved:
        return found
    return [
        replace(t, value=ahead + t.value[len(back) :])
        if t.start in moved and t.value.startswith(back)
        else t
        for t in found
    ]


# Parts of day a clock time in the small hours after them runs over into the next day
_NIGHT_PARTS = ("TEV", "TNI")
# A clock time late in the evening, with its day: the small hours told after it follow it.
_LATE_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T(?:2[1-3]):\d{2}")


@cache
def _night_into(lang: str) -> re.Pattern[str]:
    """A night named by the day it runs into ("в ночь на 1 января"): its small hours are on
    that day, not the next."""
    return re.compile(words(lang, "cues").NIGHT_INTO)


def _compound_durations(found: list[Timex], text: str, lang: str) -> list[Timex]:
    """ "two years and three months": two lengths "and" joins, the first in the larger unit,
    are one length (``core.temporal.compound``)."""
    out: list[Timex] = []
    for timex in found:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == timex.type == "DURATION"
            and joiner(lang).fullmatch(text, prev.end, timex.start)
        ):
            value = joined_value(prev.value, timex.value)
            if value is not None:
                span = text[prev.start : timex.end]
                out[-1] = Timex(prev.start, timex.end, span, "DURATION", value)
                continue
        out.append(timex)
    return out


_INSIDE_NUMBER = re.compile(r"\d[,.]$")
_CLIPPED_END = re.compile(r"[-–/](\d{2})(?![\d%]|[.,:]\d)")


def _clipped_ends(found: list[Timex], text: str, cues: _Neighbours) -> list[Timex]:
    """ "1958-59", "1995/96": a range of two years, the second clipped to its last two digits;
    each is a time expression (TIMEX3 marks the ends of a range apart), unless the range only
    names a thing ("the 2023-25 cycle")."""
    out: list[Timex] = []
    for timex in found:
        out.append(timex)
        tail = _CLIPPED_END.match(text, timex.end)
        if not (tail and timex.type == "DATE" and timex.value.isdigit() and len(timex.value) == 4):
            continue
        if cues.thing_before.search(text, max(0, timex.start - 8), timex.start):
            continue
        year = int(timex.value[:2] + tail[1])
        if year > int(timex.value):
            out.append(Timex(tail.start(1), tail.end(1), tail[1], "DATE", f"{year:04d}"))
    return out


def _era_range_starts(found: list[Timex], text: str, cues: _Neighbours) -> list[Timex]:
    """ "499-493 BC", "between 480 and 479 BC": the first year of a range takes the era the
    second one writes; each is a time expression of its own."""
    out: list[Timex] = []
    for timex in found:
        bc_year = _BC_YEAR.fullmatch(timex.value)
        head = bc_year and cues.era_range_start.search(text, max(0, timex.start - 16), timex.start)
        if head and int(head[1]) > int(bc_year[1]):
            if out and out[-1].end > head.start(1):
                if not (out[-1].start == head.start(1) and out[-1].value.isdigit()):
                    out.append(timex)
                    continue
                out.pop()  # "1500-1400 BC": not the year 1500
            value = f"BC{int(head[1]):04d}"
            out.append(Timex(head.start(1), head.end(1), head[1], "DATE", value))
        out.append(timex)
    return out


_BC_YEAR = re.compile(r"BC(\d{4})")


@dataclass(frozen=True, slots=True)
class _Neighbours:
    """A language's cues for expressions read together: halves of, ranges."""

    half: re.Pattern[str]
    half_of: re.Pattern[str]
    range_open: re.Pattern[str]
    range_join: re.Pattern[str]
    year_written: re.Pattern[str]
    thing_before: re.Pattern[str]
    era_range_start: re.Pattern[str]


@cache
def _neighbours(lang: str) -> _Neighbours:
    t = words(lang, "cues")
    return _Neighbours(
        re.compile(t.HALF, re.I),
        re.compile(t.HALF_OF),
        re.compile(t.RANGE_OPEN, re.I),
        re.compile(t.RANGE_JOIN, re.I),
        re.compile(t.YEAR_WRITTEN),
        re.compile(t.THING_BEFORE, re.I),
        re.compile(t.ERA_RANGE_START, re.I),
    )


def _halves_of(found: list[Timex], text: str, cues: _Neighbours) -> list[Timex]:
    """ "the last half of June" is June (its second half), not the second half-year."""
    out: list[Timex] = []
    for timex in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and cues.half.fullmatch(prev.text)
            and cues.half_of.fullmatch(text, prev.end, timex.start)
            and timex.type == "DATE"
            and len(timex.value) in (4, 7)  # a year or a month
        ):
            out[-1] = Timex(
                prev.start, timex.end, text[prev.start : timex.end], "DATE", timex.value
            )
            continue
        out.append(timex)
    return out


def _order_ranges(found: list[Timex], text: str, cues: _Neighbours, told: set[int]) -> list[Timex]:
    """ "between July and September", "from December to March": the end of a range never
    comes before its start, so a yearless end moves on a year (or a yearless start back).
    In a story that placed both, the range ends where the story has got to: its start moves
    back ("in March 1945 ... fought from October to March" began in October 1944)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (
            cues.range_open.search(text, max(0, a.start - 12), a.start)
            and cues.range_join.match(text[a.end : b.start])
            and a.type == b.type == "DATE"
            and len(a.value) == len(b.value) in (7, 10)  # months or days
            and b.value < a.value
        ):
            continue
        if a.start in told and b.start in told:
            out[i] = _moved(a, -1)
        elif not cues.year_written.search(b.text):
            out[i + 1] = _moved(b, +1)
        elif not cues.year_written.search(a.text):
            out[i] = _moved(a, -1)
    return out


def _box_order(found: list[Timex], text: str, cues: _Neighbours, lang: str) -> list[Timex]:
    """A key-dates box lists its dates in order ("May 14: trials\nSeptember 9: opening\n
    October: night runs"): a yearless entry placed before the entry on the line above it
    takes that entry's year, or the next one."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (
            a.type == b.type == "DATE"
            and len(a.value) in (7, 10)
            and len(b.value) in (7, 10)
            and b.value[:7] < a.value[:7]
            and not cues.year_written.search(b.text)
            and text.count("\n", a.end, b.start) == 1
            and entry_head(text, a.start, a.end, lang)
            and entry_head(text, b.start, b.end, lang)
        ):
            continue
        # the year of the line above, or the next ("October: …" under "December 3: …")
        year = int(a.value[:4]) + (b.value[4:7] < a.value[4:7])
        out[i + 1] = _moved(b, year - int(b.value[:4]))
    return out


def _moved(timex: Timex, years: int) -> Timex:
    year = int(timex.value[:4]) + years
    return Timex(timex.start, timex.end, timex.text, timex.type, f"{year:04d}{timex.value[4:]}")


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
        # "ago:before" is a variant of "ago" (another word order: "vor zwei Jahren")
        return _RESOLVERS[cand.rule.split(":")[0]](cand.match, ctx, cand.start, cand.end)
    except (ValueError, KeyError, OverflowError) as exc:
        # A malformed date ("Feb. 30") is not a time expression; never fail a whole document.
        log.debug("dropped %r (%s): %s", cand.match.group(0), cand.rule, exc)
        return None


def _shared_years(found: list[Timex], text: str, cues: _Neighbours) -> list[Timex]:
    """ "the spring and early summer of 1943", "from June to August 1998": of two dates
    joined as one span, the first takes the year the second writes when it writes none
    (a year earlier where it would otherwise end after the second: "December and January
    1942")."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (
            a.type == b.type == "DATE"
            and len(a.value) == len(b.value) in (7, 10)  # months or seasons, or days
            and a.value[:4].isdigit()
            and b.value[:4].isdigit()
            and a.value[:4] != b.value[:4]
            and cues.range_join.match(text[a.end : b.start])
            and cues.year_written.search(b.text)
            and not cues.year_written.search(a.text)
        ):
            continue
        if len(a.value) == 10 and not any(c.isdigit() for c in a.text):
            continue  # "Monday and March 5, 2019": a weekday is placed by its week
        first, last = _place_in_year(a.value), _place_in_year(b.value)
        if first is None or last is None:
            continue
        year = int(b.value[:4]) - (first > last)
        value = f"{year:04d}{a.value[4:]}"
        if len(value) == 10 and not valid_day(year, first[0], first[1]):
            continue
        out[i] = Timex(a.start, a.end, a.text, a.type, value)
    return out


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _place_in_year(value: str) -> tuple[int, int] | None:
    """(month, day) a month, season or day value starts at within its year; None for other
    values ("1943-Q2", "1998-W05")."""
    part = value[5:7]
    month = int(part) if part.isdigit() else _SEASON_MONTH.get(part)
    if month is None:
        return None
    return month, int(value[8:10]) if len(value) == 10 else 1


@cache
def _second_day_after(lang: str) -> re.Pattern[str]:
    return re.compile(words(lang, "cues").SECOND_DAY_AFTER)


_DAY_VALUE = re.compile(r"((?:BC)?\d{4}-\d{2}-)(\d{2})")


def _second_days(found: list[Timex], text: str, lang: str) -> list[Timex]:
    """ "Arriving on June 8 and 9 were …": the bare second day is a date of the same
    month, a time expression of its own (as TIMEX3 marks it), later than the first."""
    after = _second_day_after(lang)
    out: list[Timex] = []
    for i, timex in enumerate(found):
        out.append(timex)
        if not timex.text[-1:].isdigit():
            continue  # most dates do not end in their day
        day = _DAY_VALUE.fullmatch(timex.value)
        tail = after.match(text, timex.end) if day else None
        if tail is None or (i + 1 < len(found) and found[i + 1].start < tail.end()):
            continue
        if tail.groupdict().get("range") and not _range_opened(text, timex, lang):
            continue  # "rose from 10 on June 4 to 12": a figure, not a range's last day
        second, month = int(tail["day"]), int(day[1][-3:-1])
        if second <= int(day[2]) or not valid_day(2000, month, second):
            continue
        head = day[1]
        if tail["year"] and not head.startswith("BC"):
            head = f"{tail['year']}-{month:02d}-"
            out[-1] = Timex(timex.start, timex.end, timex.text, "DATE", head + day[2])
        end = tail.end()
        out.append(Timex(tail.start("day"), end, text[tail.start("day") : end], "DATE",
                         f"{head}{second:02d}"))  # fmt: skip
    return out


def _range_opened(text: str, timex: Timex, lang: str) -> bool:
    """Whether a range's opener ("from", "between") stands right before ``timex``."""
    return bool(_neighbours(lang).range_open.search(text, max(0, timex.start - 12), timex.start))


_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12,)}
_YEAR_IN_TEXT = re.compile(r"\d{4}|'\d\d")
_SENTENCE_END = re.compile(r"[.!?][\"”)]*\s")


def _season_years(found: list[Timex], text: str) -> list[Timex]:
    """ "the main summer offensive against the south in June 1942": a yearless season whose
    sentence goes on to write a date of its months with the year is that year's."""
    out = list(found)
    for i, timex in enumerate(out):
        season = _SEASON_VALUE.fullmatch(timex.value)
        if not season or _YEAR_IN_TEXT.search(timex.text):
            continue
        for later in out[i + 1 :]:
            if _SENTENCE_END.search(text, timex.end, later.start):
                break
            month = later.value[5:7]
            if not (
                _YEAR_IN_TEXT.search(later.text) and later.value[:4].isdigit() and month.isdigit()
            ):
                continue
            if int(month) in _SEASON_MONTHS[season[2]] and later.value[:4] != season[1]:
                value = f"{later.value[:4]}-{season[2]}"
                out[i] = Timex(timex.start, timex.end, timex.text, timex.type, value)
            break
    return out
