"""Resolvers for anaphoric units: "the following day", "that week", "the night before", "the
same day", "the day after tomorrow".

They count from the last date the text mentioned (or one given less precisely just before
it), or from the time a story told in the past has reached (``core.temporal.story``). The
words they read are the document's language's (``core.lang.<code>.calendar`` and ``.cues``;
compiled in ``core.temporal.relative``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.temporal import story, story_relative
from core.temporal.calendar import (
    RANK,
    UNIT_PRECISION,
    Anchor,
    Context,
    coarser,
    fmt,
    is_bc,
    shift,
)
from core.temporal.narration import tells_past
from core.temporal.relative import Resolved, _cues, _tod
from core.temporal.tense import FUTURE, PAST, direction, sentence_bounds


def _month_anchor(ctx: Context, start: int) -> Anchor | None:
    """The last month (or day) named, when the last date named is only a year and the month
    was named shortly before it; else None."""
    found = ctx.extra.get("month_anchor")
    if ctx.anchor is None or RANK[ctx.anchor.precision] >= RANK["month"] or not found:
        return None
    return found[0] if start - found[1] < _MONTH_ANCHOR_REACH else None


# How far back a month named may still be what "the following month" counts from.
_MONTH_ANCHOR_REACH = 400


def resolve_anaphor(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    unit = (m["unit"] or m["unit2"]).lower()
    if m["deixis"]:  # "the day before yesterday", "the day after tomorrow"
        if t.CALENDAR_UNITS.get(unit) != ("D", 1):
            return None
        day = ctx.dct + timedelta(days=t.DAY_BEYOND[m["deixis"].lower()])
        ctx.mention(day, "day", end)
        return "DATE", day.isoformat()
    rel = " ".join((m["rel"] or m["dir"] or "").lower().split())
    if unit in cues.calendar.PARTS_OF_DAY:
        letter, precision = "D", "day"
    else:
        letter = t.CALENDAR_UNITS[unit][0]
        precision = UNIT_PRECISION[letter]
    # Count from the last date mentioned. One given less precisely, just before ("In May 2019
    # ... that week"), keeps its own precision: somewhere in May 2019, not the publication week.
    told = story_relative.reference(ctx, start, end, precision)
    ref = told or ctx.reference(precision)
    near = ctx.anchor and not told and ref is not ctx.anchor and start - ctx.anchor_end < 300
    if near and _year_of_story_day(ctx):
        near = False  # "at 2 a.m. on April 19, 1996 … that week": the day's week, not 1996
    # ... but "that afternoon" after "in May": an afternoon is of a day, not of a month
    day_anchor = ctx.extra.get("day_anchor")
    if (
        near
        and letter == "D"
        and t.ANAPHOR_STEP.get(rel, 0)
        and day_anchor
        and start - day_anchor[1] < 600
    ):
        # "mis au jour mardi … Les fouilles avaient commencé début avril. … le lendemain":
        # the day after the last day named, not somewhere in the month told in passing
        ref = day_anchor[0]
    elif near and letter == "M" and t.ANAPHOR_STEP.get(rel, 0) and _month_anchor(ctx, start):
        # "convicted in June 1994 of thefts between 1930 and 1936. He was jailed the following
        # month": the month after the last month named, not a month of the year in passing
        ref = _month_anchor(ctx, start)
    elif near and unit not in cues.calendar.PARTS_OF_DAY:
        ref = ctx.anchor
        precision = coarser(precision, ref.precision)
    elif not told and ref is not ctx.anchor and story_relative.reached_month(ctx, start, end):
        # "June 479 BC … won at Mycale that same day": a day of the story's month, not of
        # the publication's
        ref = ctx.story
        precision = coarser(precision, ref.precision)
    fallback = not told and ref is not ctx.anchor and ref.day == ctx.dct  # publication's
    if fallback and unit in cues.calendar.PARTS_OF_DAY:
        unsaid = story_relative.unsaid_day(ctx, start, end)
        if unsaid is not None:  # "In 1989 the pit closed. The last shift came up that
            return "TIME", unsaid + _tod(unit, cues)  # evening": not the publication's
    step = t.ANAPHOR_STEP.get(rel, 0)
    back = ctx.extra.get("looked_back")
    in_sentence = back and back[1] > sentence_bounds(ctx.text, start, end)[0]
    if step == 0 and unit in cues.calendar.PARTS_OF_DAY and in_sentence:
        # "Am Vortag …, doch erst am Abend": that day's evening, and the story stays put
        return "TIME", fmt(back[0], "day") + _tod(unit, cues)
    opened = ctx.extra.get("range_opened")
    if step < 0 and ref is ctx.anchor and opened and opened[1] == ctx.anchor_end:
        ref = opened[0]  # "runs from Thursday until Sunday. The day before, …": Wednesday
    ahead = ref.day > ctx.dct and not is_bc(ref.day.year)  # BC years are counted high
    if step == 0 and ahead and tells_past(ctx.text, start, end, ctx.lang):
        # "From January 1, 2024 every heating must … Habeck presented the plans in the
        # afternoon": a sentence told in the past is on no day still ahead; the news day's
        ref = Anchor(ctx.dct, "day")
        precision = "day" if letter == "D" else UNIT_PRECISION[letter]
    day = shift(ref.day, letter, step)
    if step == 0 and _morning_after_night(ctx, ref, unit):
        day = shift(day, "D", 1)  # "On the night of 3 May … That morning": 4 May's
    if step > 0 and _after_a_happening(ctx, day, start, end):
        return None  # "el peaje se cobrará al día siguiente de la inauguración": undated
    if (
        step > 0
        and fallback
        and day > ctx.dct
        and not t.NEXT_IN_PAST_FROM_LAST_DATE
        and _told_past(ctx, start, end)
    ):
        # "Police held the driver. The next day he was freed": after a day no date gives,
        # never after publication (where the word is "next" as well, Russian "на следующий
        # день", with no date before it is the publication's next day)
        return None
    if step < 0 and letter == "D" and ref.precision == "day":
        # "The day before, rioters had looted …": a look back from the story's day; the story
        # stays on that day ("The next day, the king …" is the day after it, not the same day)
        ctx.extra["looked_back"] = (day, end)  # … though "that evening" in this sentence is its
        value = fmt(day, precision)
        if unit in cues.calendar.PARTS_OF_DAY and precision == "day":
            return "TIME", value + _tod(unit, cues)
        return "DATE", value
    if unit in cues.calendar.PARTS_OF_DAY and step != 0 and precision == "day":
        # "Thousands protested on Monday. The night before, tractors moved in. In the morning
        # …": a look at the night before leaves the story on its day
        return "TIME", fmt(day, precision) + _tod(unit, cues)
    if not (step == 0 and ref is ctx.anchor and RANK[ref.precision] > RANK[precision]):
        # ("dismissed on 9 March that year. She appealed two weeks later": "that year"
        # names the day's year; the day is still the last date the text reached)
        ctx.mention(day, precision, end)
    coarser_same = step == 0 and ctx.story and RANK[ctx.story.precision] > RANK[precision]
    if ctx.story is not None and (letter in "DWM" or step > 0) and not coarser_same:
        story.moved(ctx, day, precision, start, end)  # not "the previous year", nor "that
        # week" of the story's day, which stays on its day
    value = fmt(day, precision)
    if unit in cues.calendar.PARTS_OF_DAY and precision == "day":
        return "TIME", value + _tod(unit, cues)
    if letter == "D" and unit != t.WEEKEND and precision in _DAY_UNSAID:
        # "In June 1943 ... that same day": a day of that month, which the text does not give
        return "DATE", value + _DAY_UNSAID[precision]
    return "DATE", value + ("-WE" if unit == t.WEEKEND and precision == "week" else "")


_DAY_UNSAID = {"month": "-XX", "year": "-XX-XX"}


def _after_a_happening(ctx: Context, day: date, start: int, end: int) -> bool:
    """Is the anaphor at ``text[start:end]`` the day after a happening it names ("el peaje se
    cobrará al día siguiente de la inauguración del puente", "le lendemain de sa parution"),
    where ``day`` lies on the wrong side of publication for its verb: a day already past for
    one still ahead, or one still ahead for a verb in the past ("se cobró al día siguiente de
    la inauguración")? Its day is that happening's, which no date told gives."""
    t = _cues(ctx.lang).words
    if not ctx.text.startswith(t.PERIOD_OF, end):
        return False
    way = direction(ctx.text, start, end, ctx.lang)
    return (way == FUTURE and day <= ctx.dct) or (way == PAST and day > ctx.dct)


def _told_past(ctx: Context, start: int, end: int) -> bool:
    """Does the sentence of the anaphor at ``text[start:end]`` tell a happening gone by ("The
    next day the ferry sank"), not a plan or a future seen from the past ("said the ferry
    would sail the next day")?"""
    return direction(ctx.text, start, end, ctx.lang) == PAST and tells_past(
        ctx.text, start, end, ctx.lang
    )


def _morning_after_night(ctx: Context, ref: Anchor, unit: str) -> bool:
    """Is "that morning" (``unit``) counted from ``ref``, a night the text named last ("On
    the night of 3 May a storm broke. | That morning the dyke gave way")? The morning that
    night runs into is the next day's."""
    if _cues(ctx.lang).calendar.PARTS_OF_DAY.get(unit) != "MO" or ref.precision != "day":
        return False
    if ctx.extra.get("night_part") != "NI":
        return False  # "am Abend des 14. Oktober … am selben Vormittag": not the evening's
    night = ctx.extra.get("night_end")
    return (ref is ctx.anchor and night == ctx.anchor_end) or (
        ref is ctx.story and night == ctx.story_end
    )


def _year_of_story_day(ctx: Context) -> bool:
    """Is the last date mentioned only the year written after the story's day ("at 2 a.m. on
    April 19, 1996", the clock time reading the year, the year tagged again)?"""
    said, told = ctx.anchor, ctx.story
    if said is None or told is None or said.precision != "year" or told.precision != "day":
        return False
    return said.day.year == told.day.year and 0 <= ctx.anchor_end - ctx.story_end <= 8
