"""Resolvers for calendar dates: days, named days, parts of days, foreign and numeric dates,
and the placing of a yearless date that month names share (``core.temporal.months``). Years
and decades are ``core.temporal.periods``, quarters ``quarters``, seasons ``seasons``.

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the match is not a time expression after all ("May" the verb). The words
they read are the document's language's (``core.lang.<code>.calendar`` and ``.cues``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType

from core.lang import dateparser, words
from core.temporal import frames, story
from core.temporal.calendar import (
    Context,
    day_needs_tense,
    fmt,
    holiday_date,
    month_needs_tense,
    valid_day,
    year_for_day,
    year_for_month,
)
from core.temporal.postponed import target_year
from core.temporal.resumed_past import resumed_year
from core.temporal.tense import FUTURE, PAST, UNKNOWN, direction, reported_future, says_ahead

Resolved = tuple[str, str] | None


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's words for dates, and its cues compiled."""

    calendar: ModuleType
    words: ModuleType
    month_prep: re.Pattern[str]
    month_determiner: re.Pattern[str]
    not_month_noun: re.Pattern[str]
    day_later: re.Pattern[str]
    day_after_zone: re.Pattern[str]
    clock_cue_after: re.Pattern[str]
    holiday_in_name: re.Pattern[str]
    utc_zone: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    return _Cues(
        words(lang, "calendar"),
        t,
        re.compile(t.MONTH_PREP, re.IGNORECASE),
        re.compile(t.MONTH_DETERMINER, re.IGNORECASE),
        re.compile(t.NOT_MONTH_NOUN),
        re.compile(t.DAY_LATER),
        re.compile(t.DAY_AFTER_ZONE),
        re.compile(t.CLOCK_CUE_AFTER),
        re.compile(t.HOLIDAY_IN_NAME_BEFORE),
        re.compile(t.UTC_ZONE),
    )


def month_number(word: str, lang: str) -> int:
    """1 to 12 for a month name or abbreviation of language ``lang`` ("Feb." -> 2)."""
    return _cues(lang).calendar.MONTHS[word.lower().rstrip(".")]


def day_number(word: str, lang: str = "en") -> int:
    """The day of the month a day token gives: "14th" -> 14, "eight" -> 8 (a language's
    number word, as wire copy writes a day: "on June eight")."""
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else int(words(lang, "calendar").number_value(word))


def resolve_mdy(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["month"] is None:
        return _day_of_month(ctx, day_number(m["day"]), start, end)
    month, day = month_number(m["month"], ctx.lang), day_number(m["day"], ctx.lang)
    if m["year"] or m.groupdict().get("yana"):
        year, told = written_year(m["year"], ctx) if m["year"] else _anaphoric_year(m, ctx), False
    elif m.groupdict().get("yrel"):  # "2 серпня минулого року": from publication; no story
        year, told = (
            ctx.dct.year + _cues(ctx.lang).words.RELATIVE_STEP.get(m["yrel"].lower(), 0),
            False,
        )
        story.present(ctx)
    elif m.groupdict().get("drel"):  # "le 1er janvier prochain": the word says which side
        ahead = _cues(ctx.lang).words.RELATIVE_STEP.get(m["drel"].lower(), 0) > 0
        this_year = (month, day) > (ctx.dct.month, ctx.dct.day)  # still ahead this year
        year, told = ctx.dct.year + (ahead and not this_year) - (not ahead and this_year), False
        story.present(ctx)
    else:
        year, told = _yearless(ctx, month, day, start, end)
        if told:
            year, told, belied = _weekday_year(m, ctx, (month, day), year, (start, end))
            if belied:  # neither the story's year nor publication's fits the weekday
                ctx.mention(date(year, month, 1), "month", end)
                return "DATE", f"{year:04d}-{month:02d}"
        if (month, day) == (2, 29) and not calendar.isleap(year):  # the leap year nearest
            back = direction(ctx.text, start, end, ctx.lang) != FUTURE
            year = next(y for y in range(year, year + (-8 if back else 8), -1 if back else 1)
                        if calendar.isleap(y))  # fmt: skip
    if not valid_day(year, month, day):
        return None
    _placed(ctx, date(year, month, day), "day", start, end, bool(m["year"]), told)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def _day_of_month(ctx: Context, day: int, start: int, end: int) -> Resolved:
    """A day of the month alone, as languages that name days by their number write it ("el
    día 12", "le 12"): in the month of the last date mentioned, else the publication date's.

    English's rules never leave the month out, so this is only reached in other languages.
    """
    ref = ctx.reference("month").day
    if not valid_day(ref.year, ref.month, day):
        return None
    found = date(ref.year, ref.month, day)
    ctx.mention(found, "day", end)
    return "DATE", found.isoformat()


def _weekday_year(
    m: re.Match[str], ctx: Context, month_day: tuple[int, int], year: int, span: tuple[int, int]
) -> tuple[int, bool, bool]:
    """The year of a yearless date the story placed, unless the weekday it names belies it
    and fits the year publication gives: "el jueves 13 de octubre", after a story of 2009,
    is 2016's (13 October 2009 was a Tuesday); whether the story gave it; and whether the
    weekday fits neither year ("el viernes 13 de octubre" then: its day is unknown)."""
    name = m.groupdict().get("weekday")
    weekday = _cues(ctx.lang).calendar.WEEKDAYS.get(name.lower()) if name else None
    month, day = month_day
    if weekday is None or not valid_day(year, month, day):
        return year, True, False
    if date(year, month, day).isoweekday() == weekday:
        return year, True, False
    near = year_for_day(month, day, ctx.dct, _tense(ctx, *span))
    if not valid_day(near, month, day) or date(near, month, day).isoweekday() != weekday:
        return year, True, True
    story.present(ctx, *span)
    return near, False, False


def resolve_part_of_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """ "the night of May 13": a part of that day, TIMEX3's ``1958-05-13TNI``."""
    month = month_number(m["month"] or m["month2"], ctx.lang)
    day = day_number(m["day"] or m["day2"])
    if m["year"]:
        year, told = int(m["year"]), False
    else:
        year, told = _yearless(ctx, month, day, start, end)
    if not valid_day(year, month, day):
        return None
    _placed(ctx, date(year, month, day), "day", start, end, bool(m["year"]), told)
    part = _cues(ctx.lang).calendar.PARTS_OF_DAY[m["pod"].lower()]
    return "TIME", f"{year:04d}-{month:02d}-{day:02d}T{part}"


def resolve_year_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """ "the last night of 1999", "the first day of 2000": the day at that year's edge, a
    written date the story may go on from (``1999-12-31TNI``)."""
    calendar = _cues(ctx.lang).calendar
    month, dom = calendar.YEAR_EDGES[m["edge"].lower()]
    day = date(int(m["year"]), month, dom)
    _placed(ctx, day, "day", start, end, True, False)
    part = calendar.PARTS_OF_DAY.get(m["pod"].lower())
    return ("TIME", f"{day.isoformat()}T{part}") if part else ("DATE", day.isoformat())


def written_year(text: str, ctx: Context) -> int:
    """The year a date writes: four digits as they are; two ("octobre 98", which a language's
    rules may allow after a month) in the century that puts it nearest the publication date.

    >>> at = Context("", date(1999, 5, 20))
    >>> written_year("98", at), written_year("03", at), written_year("1987", at)
    (1998, 2003, 1987)
    """
    year = int(text.lstrip("'’"))
    if len(text.lstrip("'’")) != 2:
        return year
    candidates = [ctx.dct.year // 100 * 100 + year + 100 * k for k in (-1, 0, 1)]
    return min(candidates, key=lambda y: abs(y - ctx.dct.year))


def _anaphoric_year(m: re.Match[str], ctx: Context) -> int:
    """ "of that year", "of the following year": from the last date mentioned."""
    step = _cues(ctx.lang).words.ANAPHOR_STEP.get(" ".join(m["yana"].lower().split()), 0)
    return ctx.reference("year").day.year + step


def _yearless(ctx: Context, month: int, day: int | None, start: int, end: int) -> tuple[int, bool]:
    """The year of "February 14" (or of "February"): the story's, else the one nearest
    publication on the side the tense says; and whether the story gave it."""
    if day is not None:
        again = ctx.extra.get("written_days", {}).get((month, day))
        if (
            again
            and start - again[1] < _SAME_DATE_SPAN
            and not says_ahead(ctx.text, start, end, ctx.lang)
        ):  # "(July 1 to July 3, 1863) … Pickett's Charge on July 3"; not an anniversary ahead
            return again[0], False
    moved = target_year(ctx, month, day, start, end)
    if moved is not None:  # "due in March 2019, was put off until September": 2019's
        return moved, False
    season = frames.season_year(ctx, month, start)
    if season is not None:
        return season, True
    ended = frames.year_ended(ctx, month, day, start)
    if ended is not None:
        return ended, False
    framed = frames.frame_year(ctx, start)
    if framed is not None:
        return framed, False
    told = story.year(ctx, start, end, month)
    if told is not None:
        return told, True
    # the sentence's verbs are read only when the tense could move the date to another year
    # (most dates of the news lie within a few months of publication)
    if day is None:
        moved = month_needs_tense(month, ctx.dct)
        tense = _tense(ctx, start, end) if moved else UNKNOWN
        near = year_for_month(month, ctx.dct, tense)
    else:
        moved = day_needs_tense(month, day, ctx.dct)
        tense = _tense(ctx, start, end) if moved else UNKNOWN
        near = year_for_day(month, day, ctx.dct, tense)
    resumed = resumed_year(ctx, month, day, near, start, end)
    return (near, False) if resumed is None else (resumed, True)


def _tense(ctx: Context, start: int, end: int) -> int:
    """The direction of a yearless date from its sentence's verbs; inside the subject of a
    future reported in the past ("said the talks in June would decide it"), ahead."""
    tense = direction(ctx.text, start, end, ctx.lang)
    if tense == PAST and reported_future(ctx.text, start, end, ctx.lang):
        return FUTURE
    return tense


# A day written with its year and named again without it, this many characters on, is the
# same day whatever the tense of the sentence naming it again, unless it lies ahead.
_SAME_DATE_SPAN = 1000


def _placed(
    ctx: Context, day: date, precision: str, start: int, end: int, written: bool, told: bool
) -> None:
    """A calendar date resolved: the last date mentioned, and the story's time."""
    if written and (
        frames.origin_aside(ctx.text, start, ctx.lang)
        or frames.record_baseline(ctx.text, start, ctx.lang)
    ):
        return  # "a mill, built in March 1888,", "the lowest since March 1988": the thing's
        # date, the record's baseline; nothing counts from it
    ctx.mention(day, precision, end)
    if written:
        term = re.search(
            _cues(ctx.lang).words.TERM_BEFORE_DATE, ctx.text[max(0, start - 24) : start], re.I
        )
        if precision == "day" and not term:  # "a bond due April 21, 1992": its term
            ctx.extra.setdefault("written_days", {})[(day.month, day.day)] = (day.year, end)
        story.written(ctx, day, precision, start, end)
    elif told:
        ctx.told.add(start)
        story.moved(ctx, day, precision, start, end)


def resolve_weekof(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """ "the week of March 6": the week holding that day."""
    resolved = resolve_mdy(m, ctx, start, end)
    if resolved is None:
        return None
    day = date.fromisoformat(resolved[1])
    ctx.mention(day, "week", end)
    return "DATE", fmt(day, "week")


def resolve_holiday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    rule = cues.calendar.HOLIDAYS[" ".join(m["hol"].split())]
    step = cues.words.RELATIVE_STEP.get((m["rel"] or "").lower())
    if not m["rel"] and cues.holiday_in_name.search(ctx.text, max(0, start - 24), start):
        return None  # "the song "White Christmas"": a title
    # a holiday the story reaches is the next one after the story's month, as a month is
    # ("ran a test in September 1999 … on New Year's morning": 1 January 2000)
    month = holiday_date(rule, ctx.dct.year).month
    told = None if m["year"] or step is not None else story.year(ctx, start, end, month)
    if m["year"]:
        years = [int(m["year"])]
    elif told is not None:
        years = [told]
    elif step == -1:
        years = [ctx.dct.year - 1, ctx.dct.year]
    elif step == 1:
        years = [ctx.dct.year, ctx.dct.year + 1]
    else:
        day = holiday_date(rule, ctx.dct.year)
        tense = direction(ctx.text, start, end, ctx.lang)
        years = [year_for_day(day.month, day.day, ctx.dct, tense)]
    days = [holiday_date(rule, y) for y in years]
    if step == -1:
        day = max(d for d in days if d < ctx.dct) if any(d < ctx.dct for d in days) else days[0]
    elif step == 1:
        day = min(d for d in days if d > ctx.dct) if any(d > ctx.dct for d in days) else days[-1]
    else:
        day = days[0]
    _placed(ctx, day, "day", start, end, bool(m["year"]), told is not None)
    return "DATE", day.isoformat()


def resolve_parsed(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """Foreign-language and numeric dates, normalised by dateparser (cached)."""
    order = _cues(ctx.lang).calendar.NUMERIC_DATE_ORDER  # "3.5.2003": 3 May in German
    parsed = dateparser.parse_date_expression(m.group(0).strip(), order)
    if parsed is None:
        return None
    year, month, day = parsed
    written, told = year is not None, False
    if year is None:
        year, told = _yearless(ctx, month, day, start, end)
    if day is None:
        _placed(ctx, date(year, month, 1), "month", start, end, written, told)
        return "DATE", f"{year:04d}-{month:02d}"
    if not valid_day(year, month, day):
        return None
    _placed(ctx, date(year, month, day), "day", start, end, written, told)
    return "DATE", fmt(date(year, month, day), "day")
