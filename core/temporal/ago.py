"""Resolvers for counted offsets: "two days ago", "three years later", "a week earlier".

"Ago" counts from the publication date; "later" and "earlier" from the last date the text
mentioned, or the time a story told in the past has reached (``core.temporal.story``). The
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
    shift,
    unknown,
)
from core.temporal.narration import tells_past
from core.temporal.relative import Resolved, _cues, grouped_tail
from core.temporal.tense import PAST, QUOTE_MARKS, direction, sentence_bounds

# Roughly how many days a unit and a told period last: a look back shorter than the period
# it counts from stays inside that period ("May 1997. Two days earlier" is May 1997 still).
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Q": 90, "Y": 365}
_PERIOD_DAYS = {"week": 7, "month": 28, "quarter": 90, "season": 90, "half": 180, "year": 365}


def _within(letter: str, count: float, period: str) -> bool:
    """Whether going back ``count`` units of ``letter`` from a period's first day is shorter
    than the period: "a week earlier" than "1997" is (some day in 1997, most likely), "two
    years earlier" than it is not."""
    days = _UNIT_DAYS.get(letter)
    return days is not None and days * count < _PERIOD_DAYS.get(period, 0)


def resolve_ago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    if m["num"] and grouped_tail(m, "num", ctx, start):
        return None  # "10 000 years ago": a figure the tagger split, long before any date
    t = cues.words
    letter, is_time, mult = cues.calendar.unit_of(m["unit"])
    n = cues.calendar.number_value(m["num"])
    way = " ".join(m["dir"].lower().split())  # "after\nthat"
    sign, deictic = t.AGO_WORDS.get(way, (1, False))
    if deictic and sign > 0 and _told_past(ctx.text, start, end, ctx.lang):
        deictic = False  # "Через три дня он вернулся": "in three days" told in the past is later
    if deictic and sign < 0 and story_relative.long_past_perfect(ctx, start, end):
        deictic = False  # "he said Kissinger had tricked him two years ago": the story's now
    if is_time:  # "twelve minutes later": the day the story has reached
        return "DATE", (ctx.dct if deictic else ctx.reference("day").day).isoformat()
    unit = m["unit"].lower()
    if n is not None and n > 1 and not unit.endswith(t.PLURAL_ENDING):
        return None  # "12,000 week ago": a count (of hogs) before "a week ago", not a date
    if n is None:  # "several years ago", "a few days later": some time before or after
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    tail = m.groupdict().get("tail")
    if tail and deictic and sign < 0 and not m["approx"]:
        # "Twenty years ago today": that very day, and the day a story told in the past opens
        today = ctx.dct + timedelta(days=t.DEICTIC_DAYS.get(tail.lower(), 0))
        day = shift(today, letter, sign * round(n * mult))
        ctx.mention(day, "day", end)
        story.written(ctx, day, "day", start, end, framed=True)
        return "DATE", fmt(day, "day")
    from_now = way in t.YEAR_AGO_FROM_NOW
    # ... "a year earlier" in a story told in the past counts from the story, as "two years
    # earlier" does, not from publication
    year_back = letter == "Y" and mult == 1 and n == 1 and sign < 0 and not m["approx"]
    year_back = year_back and way not in t.AGO_FROM_LAST_DATE
    if year_back and not (
        not from_now and ctx.story is not None and story.year(ctx, start, end) is not None
    ):
        sentence_start = sentence_bounds(ctx.text, start, end)[0]
        return "DATE", ctx.year_before(start, sentence_start, deictic=from_now)
    # "a fortnight later" (two weeks) is as fine as a week; ten years a decade
    multiple = "decade" if mult == 10 else "year"
    precision = UNIT_PRECISION[letter] if mult == 1 or letter in "DW" else multiple
    if unit.endswith(t.WEEKEND):
        precision = "week"
    if deictic and story_relative.quoted_then(ctx, start, end):
        return "DATE", unknown(precision)  # "… when we took office 15 months ago," he said
    ref = ctx.reference("year") if not deictic else None
    told = story_relative.reference(ctx, start, end, "year") if ref else None
    if told is not None:
        ref = told  # "… under the 1987 contract. Two years later": the story's, not the thing's
    elif (
        ref is not None
        and sign > 0
        and _later_than_now(ctx, ref, letter, n * mult, start, end)
        and (again := story_relative.resumed(ctx, end)) is not None
    ):
        # "In 1971 he opened a shop. | Today his daughter runs it. | Two years later he …":
        # later than a told time, never the present's; the story resumes
        ref = told = again
    if ref and story_relative.plan_ahead(ctx, ref, start, end):
        ref = ctx.story  # "… by 2011. Protesters burned an effigy where, five years previously …"
    dated_before = ctx.anchor is not None and RANK[ctx.anchor.precision] >= RANK["year"]
    unanchored = told is None and not dated_before  # (``ref`` is publication's day)
    if not deictic and sign > 0 and letter == "Y" and unanchored:
        # "Decades later, he still coaches …", "Three years later the firm moved": later
        # than a time the story has not dated; publication plus three years is no one's date
        # (a few days later may still be the news's own days, as the French TimeBank dates it)
        return "DATE", "FUTURE_REF"
    base, base_precision = (ref.day, ref.precision) if ref else (ctx.dct, "day")
    if ref and sign > 0 and ctx.extra.get("counted_back") == (ref.day, ctx.anchor_end):
        # "… the concession two years before that. Two years later, …": later than the look
        # back, or than the story's time before it? Readers take either: no date, not a guess
        return "DATE", "FUTURE_REF"
    day = shift(base, letter, sign * round(n * mult))
    if ref and sign < 0 and day > ctx.dct and (news := _news_day(ctx, start, end)) is not None:
        base, base_precision = news, "day"  # "… legt ihr Amt zum 31. Januar nieder. Zwei
        day = shift(base, letter, sign * round(n * mult))  # Tage zuvor war … durchgefallen"
    if ref and sign < 0 and _within(letter, n * mult, base_precision):
        day = base  # "won the cup in 1997. A week earlier …": inside 1997 still, not 1996
    if ref and letter == "W" and base_precision == "day" and t.WEEKS_FROM_A_DAY_AS_DAY:
        precision = "day"  # "Am 3. Februar … Zwei Wochen später": 17 February, counted
    precision = coarser(precision, base_precision)
    if precision == "decade":
        precision = "year"
    if ref and sign < 0 and letter in "DW" and ref.precision == "day" and ctx.story is not None:
        # "Three days earlier, the delegation had crossed …", "the reservoir, empty a week
        # earlier, …": a look back from the story's day, as "the day before" is; the story
        # and its last date stay on that day
        return "DATE", fmt(day, precision)
    ctx.mention(day, precision, end)
    if ref and sign < 0:
        ctx.extra["counted_back"] = (day, end)
    if ref and ctx.story is not None and letter in "DWM":  # "six days later", not a flashback
        story.moved(ctx, day, precision, start, end)
    return "DATE", fmt(day, precision)


def _news_day(ctx: Context, start: int, end: int) -> date | None:
    """The day the news is about, when a look back told in the past ("two days earlier")
    would count from a date still ahead (a plan's) and land after publication: a past cannot
    lie ahead, so it counts from the news's day; else None."""
    first = ctx.extra.get("first_day")
    if not isinstance(first, date) or first > ctx.dct:
        return None
    return first if _told_past(ctx.text, start, end, ctx.lang) else None


def _later_than_now(
    ctx: Context, ref: Anchor, letter: str, count: float, start: int, end: int
) -> bool:
    """Would "``count`` units later" counted from ``ref`` pass the publication date, in a
    sentence telling the past, not in a quotation ("… open again two years later")? Then
    ``ref`` (the present) cannot be what it counts from."""
    opened = max(0, sentence_bounds(ctx.text, start, end)[0] - 2)  # ('"One would …')
    if sum(ctx.text.count(mark, opened, start) for mark in QUOTE_MARKS) % 2:
        return False
    if shift(ref.day, letter, round(count)) <= ctx.dct:
        return False
    # told as done, not a future seen from the past ("… would reach orbit five days later")
    return _told_past(ctx.text, start, end, ctx.lang) and (
        direction(ctx.text, start, end, ctx.lang) == PAST
    )


def _told_past(text: str, start: int, end: int, lang: str) -> bool:
    """``tense.tells_past`` on the sentence of ``text[start:end]`` alone: one it opens
    ("… прилетел в Минск. Через три дня он посетит Брест") is not read with the one before.

    >>> _told_past("Он прилетел. Через три дня он посетит Брест.", 13, 26, "ru")
    False
    """
    left = sentence_bounds(text, start, end)[0]
    cut = max(text.rfind(mark, left, start) for mark in (". ", "! ", "? "))
    left = cut + 2 if cut >= 0 else left
    return tells_past(text[left:], start - left, end - left, lang)
