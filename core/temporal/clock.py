"""Resolvers for times of day ("9 a.m.", "noon Tuesday", "22 h"): the clock value and the day
it falls on, from a day written after it, the paragraph's day, or the story's.

Split from ``core.temporal.absolute``, whose date resolvers and cues it shares.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from core.lang import words
from core.temporal import story_relative
from core.temporal.absolute import Resolved, _cues, _placed, _yearless, month_number
from core.temporal.calendar import Context, clock_value, valid_day, weekday_near
from core.temporal.tense import PAST, direction, sentence_bounds
from core.temporal.weekdays import first_after, range_opened


def resolve_time(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    t = _cues(ctx.lang).words
    if m["noon"]:
        hour, minute = t.CLOCK_WORDS[m["noon"].lower()]
    elif m["ampm"]:
        hour, minute = _clock_hour(m["hour"], ctx.lang) % 12, int(m["minute"] or 0)
        hour += 12 if m["ampm"][0].lower() in t.PM else 0  # "p.m."; "de la tarde", "noche"
    elif m.groupdict().get("stamp"):  # a live page's entry time, "16.48 The minister …"
        hour, minute = int(m["stamp"]), int(m["stampm"])
    elif m["mil"]:
        hour, minute = int(m["mil"]), int(m["milm"] or 0)
    else:  # a language may leave the minutes out ("22 h")
        hour, minute = int(m["hh"]), int(m["mm"] or 0)
    if (
        m["noon"]
        and m["noon"].lower() in t.CUED_CLOCK_WORDS
        and not _clock_cued(m, ctx, start, end)
    ):
        return None
    if not m["tail"] and _daily_window(ctx, start, end):
        return None
    day = _time_day(m, ctx, start, end, (hour, minute))
    # A time given in UTC ("13.00 GMT") is marked so where the language's TimeBank does.
    utc = m["tz"] and _cues(ctx.lang).utc_zone.fullmatch(m["tz"])
    if day is None:  # a clock time of a story long past that has reached no day
        unsaid = story_relative.unsaid_day(ctx, start, end) or "XXXX-XX-XX"
        return "TIME", f"{unsaid}T{hour:02d}:{minute:02d}" + ("Z" if utc else "")
    return "TIME", clock_value(day, hour, minute) + ("Z" if utc else "")


def _daily_window(ctx: Context, start: int, end: int) -> bool:
    """Whether the clock time at ``text[start:end]`` opens or closes a range of hours with no
    day, told as a rule or plan, not in the past ("Lorries may enter the square between 7
    and 11 a.m.": a daily window, not the time of an event; "The road was shut from 7 to 9
    a.m." and "between 7 and 11 a.m. on Sunday" are times)."""
    cues = _ranges(ctx.lang)
    text = ctx.text
    ranged = cues[2].search(text, max(0, start - 40), start) or (
        cues[0].search(text, max(0, start - 10), start) and cues[1].match(text, end)
    )
    if not ranged:
        return False
    left, right = sentence_bounds(text, start, end)
    comma = text.find(",", end, right)
    t = _cues(ctx.lang)
    later = t.day_after_zone.match(text, end) or t.day_later.search(text, end, right)
    if later and (comma < 0 or t.day_later.search(text, end, comma)):
        return False  # (a day told after a comma is a relative clause's: "…, which …")
    if _on_day_named(ctx, left):
        return False  # "On Sunday the road will be shut between 7 and 11 a.m."
    clauses = words(ctx.lang, "clauses")
    told = set(text[left:start].lower().split()) & (clauses.FUTURE | clauses.MODALS)
    return bool(told) or direction(text, start, end, ctx.lang) != PAST


@cache
def _ranges(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A language's range of hours: its opening word, its closing one, the opened range."""
    t = words(lang, "cues")
    return (
        re.compile(t.CLOCK_RANGE_OPEN + r"\Z"),
        re.compile(t.CLOCK_RANGE_SHUT),
        re.compile(t.CLOCK_RANGE_BEFORE + r"\Z"),
    )


def _clock_hour(written: str, lang: str) -> int:
    """The hour a clock time writes, in figures or in words ("las seis de la mañana")."""
    if written.isdigit():
        return int(written)
    value = _cues(lang).calendar.number_value(written)
    if value is None:
        raise ValueError(f"no hour in {written!r}")
    return int(value)


def _clock_cued(m: re.Match[str], ctx: Context, start: int, end: int) -> bool:
    """ "at noon", "noon Tuesday" are times; "the noon news" is not."""
    cues = _cues(ctx.lang)
    if m["tail"] or cues.clock_cue_after.match(ctx.text[end:]):
        return True
    before = ctx.text[max(0, start - 7) : start].lower().split()
    return bool(before) and before[-1] in cues.words.CLOCK_CUE_BEFORE


def _time_day(
    m: re.Match[str], ctx: Context, start: int, end: int, clock: tuple[int, int]
) -> date | None:
    cues = _cues(ctx.lang)
    tail = m["tail"]
    if not tail:
        left, right = sentence_bounds(ctx.text, start, end)
        # a live entry's time is when it was posted, not the day its sentence tells of
        entry = _entry_stamp(ctx.text, start, end, ctx.lang)
        later = (
            None
            if entry
            else cues.day_after_zone.match(ctx.text, end)
            or cues.day_later.search(ctx.text, end, right)
        )
        if later:
            tail = later.group(1)
        elif _on_day_named(ctx, left) or _told_that_day(ctx, start, end):
            return _after_night(ctx, start, clock)
        elif told := story_relative.day(ctx, start, end):
            told = _story_small_hours(ctx, start, told, clock)
            ctx.mention(told, "day", end)  # "At 9.40pm, … the next day": the story's next day
            return told
        elif story_relative.unsaid_day(ctx, start, end):
            return None  # "In 1988 … at 00:12 the crew clapped": not the publication's day
        elif news := _news_day(ctx, start, end, clock, entry):
            return news
        else:
            return _night_before(ctx, start, end, clock, entry)
    word = " ".join(tail.lower().split())  # ("last  night" over a line break)
    weekdays, deictic = cues.calendar.WEEKDAYS, cues.words.DEICTIC_DAYS
    opened = range_opened(ctx, start, end) if word in weekdays else None
    if opened:  # "ordered it on Thursday, beginning at 6 a.m. Saturday": after that day
        day = first_after(opened.day, weekdays[word])
    elif word in weekdays:
        day = weekday_near(ctx.dct, weekdays[word], direction(ctx.text, start, end, ctx.lang))
    elif word in deictic:
        day = ctx.dct.fromordinal(ctx.dct.toordinal() + deictic[word])
    else:
        first = re.match(r"(\d+)\w*\s+(?:\w+\s+)?(\w+)", tail)
        if first:  # "9pm on 4 October": the day before its month
            month, dom = month_number(first[2], ctx.lang), int(first[1])
        else:
            parts = re.match(r"(\w+)\.?\s*(\d+)", tail)
            assert parts is not None
            month, dom = month_number(parts[1], ctx.lang), int(parts[2])
        written = _YEAR_AFTER.match(ctx.text, end)  # "5:34 AM local time on March 20, 2003"
        if written and valid_day(int(written[1]), month, dom):
            day = date(int(written[1]), month, dom)
            _placed(ctx, day, "day", start, end, True, False)
            return day
        year = _yearless(ctx, month, dom, start, end)[0]
        day = date(year, month, dom) if valid_day(year, month, dom) else ctx.dct
    ctx.mention(day, "day", end)
    return day


# A clock time this many hours or more past the publication's is the night before's
_NIGHT_BEFORE_HOURS = 12


def _night_before(ctx: Context, start: int, end: int, clock: tuple[int, int], entry: bool) -> date:
    """The day of a clock time with no day of its own: the publication's, or the day before
    when the time is past and that reads it half a day or more after the publication ("Polls
    closed at 10pm" in a report published at 1.30am, "the result came at 11.45pm" in one of
    9am: election night). The half day keeps a time told in another zone than the
    publication's on its day ("the market closed at 3 pm" in Tokyo, published 07:00 GMT)."""
    at = ctx.published_at
    if clock[0] >= 24:  # midnight: the one the tense points to (``core.events.moments``)
        return ctx.dct
    if (
        at is None
        or (clock[0] * 60 + clock[1]) - (at.hour * 60 + at.minute) < _NIGHT_BEFORE_HOURS * 60
    ):
        return ctx.dct
    if not entry and direction(ctx.text, start, end, ctx.lang) != PAST:
        return ctx.dct
    return ctx.dct - timedelta(days=1)


# What follows a live entry's time on its line: nothing, a dash or colon, or a sentence
_AFTER_STAMP = re.compile(r"[ \t]*(?:$|[-–—:|]|[A-Z\"“‘])", re.MULTILINE)


def _entry_stamp(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the clock time at ``text[start:end]`` opens a line as a live entry's time
    ("14:05", "9.40 a.m. — The storm …", "Updated 16:48 The mayor …"): posted by the time
    it tells."""
    line = text.rfind("\n", 0, start) + 1
    opening = text[line:start].strip().lower()
    if opening and opening not in words(lang, "clauses").ENTRY_TIME_LABELS:
        return False
    return bool(_AFTER_STAMP.match(text, end))


# How many days before publication the news's day may lie ("on Monday" in a Tuesday paper)
_NEWS_DAY_BACK = 2
# A clock time before this hour may be the night after the news's day, the publication's
_NIGHT_ENDS = 5
# At most this many characters between an evening and a time written with it (", ", " at ")
_SAME_PHRASE = 4


def _news_day(
    ctx: Context, start: int, end: int, clock: tuple[int, int], entry: bool
) -> date | None:
    """The day the news is about, for a clock time with no day told in the past in a
    paragraph naming no day ("Tram drivers struck on Monday. … | The strike hit every line.
    Commuters queued at the station before 7 a.m." in a Tuesday paper): the first day the
    text names, gone by a day or two before publication; None where the publication's day
    is the clock's (no such day, the small hours, midnight, a live entry, a present or
    future)."""
    first = ctx.extra.get("first_day")
    if not isinstance(first, date) or not 1 <= (ctx.dct - first).days <= _NEWS_DAY_BACK:
        return None
    if not _NIGHT_ENDS <= clock[0] < 24 or entry:
        return None  # (midnight: the one the tense points to, ``core.events.moments``)
    named = ctx.extra.get("day_anchor")
    paragraph = ctx.text.rfind("\n\n", 0, start)
    if isinstance(named, tuple) and named[1] > paragraph:
        return None  # "Services resumed today. … at 6 a.m.": the paragraph's own day
    return first if direction(ctx.text, start, end, ctx.lang) == PAST else None


def _on_day_named(ctx: Context, left: int) -> bool:
    """Has the sentence opening at ``left`` named a day before the clock time ("On Sunday …
    at 9 a.m.")?"""
    return bool(ctx.anchor and ctx.anchor.precision == "day" and ctx.anchor_end > left)


def _after_night(ctx: Context, start: int, clock: tuple[int, int]) -> date:
    """The day of a clock time read on the day just named: that day, or the next one for a
    time in the small hours after an evening or night ("On Friday night the band played on.
    The last guests left at 2.15 a.m.": Saturday). A time written with the evening itself
    ("ce soir, 0 h 10", "tonight at 1 a.m.") is that evening's, as TimeML reads it."""
    day = ctx.anchor.day  # type: ignore[union-attr]
    if _small_hours_after(ctx, start, clock, ctx.anchor_end):
        return day + timedelta(days=1)
    if ctx.story is not None and ctx.story.day == day:
        return _story_small_hours(ctx, start, day, clock)  # "… midnight. At 00:04 …"
    return day


def _story_small_hours(ctx: Context, start: int, day: date, clock: tuple[int, int]) -> date:
    """The day of a clock time in the small hours told after a story's night ("On the night
    of 3 May the storm broke. | At 2 a.m. the dyke gave way": 4 May): the next day, unless
    the time is written with the night itself ("the night of 3 May, at 1 a.m.")."""
    if _small_hours_after(ctx, start, clock, ctx.story_end):
        return day + timedelta(days=1)
    return day


def _small_hours_after(ctx: Context, start: int, clock: tuple[int, int], night_end: int) -> bool:
    """Whether a clock time at ``start`` falls in the small hours after the night whose phrase
    ends at ``night_end`` (the anchor's or the story's), not in that phrase itself."""
    return (
        clock[0] < _NIGHT_ENDS
        and ctx.extra.get("night_end") == night_end
        and start - night_end > _SAME_PHRASE
    )


_YEAR_AFTER = re.compile(r",?[ \t]*(\d{4})\b")


def _told_that_day(ctx: Context, start: int, end: int) -> bool:
    """ "A warehouse burned on Tuesday evening. A neighbour had noticed the fire at 9 p.m.": a
    clock time in the past, in the paragraph of a past day just named, is on that day."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision != "day" or anchor.day >= ctx.dct:
        return False
    if "\n\n" in ctx.text[ctx.anchor_end : start]:
        return False
    return direction(ctx.text, start, end, ctx.lang) == PAST
