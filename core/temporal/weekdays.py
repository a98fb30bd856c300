"""Resolvers for weekdays: "on Tuesday", "next Friday", "the previous Monday", "am Dienstag
vergangener Woche"; a bare weekday takes its direction from the tense around it, or is the day
the story or the text named before. The words they read are the document's language's
(``core.lang.<code>.calendar`` and ``.cues``; compiled in ``core.temporal.relative``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.temporal import story, story_relative
from core.temporal.calendar import Anchor, Context, clock_value, weekday_near
from core.temporal.narration import future_in_past
from core.temporal.relative import _cues, _tod
from core.temporal.tense import FUTURE, PAST, direction, sentence_bounds

Resolved = tuple[str, str] | None


def resolve_weekday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    weekday = cues.calendar.WEEKDAYS[m["weekday"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if not rel and cues.named_day_before.search(ctx.text, max(0, start - 8), start):
        return None  # "Super Tuesday", "Cyber Monday": a name, not a date
    if m["plural"] or m["pods"] or rel in t.SET_QUANTIFIERS:
        return "SET", f"XXXX-WXX-{weekday}{_tod(m['pod'], cues)}"
    week = (m.groupdict().get("week") or "").lower().split()
    step = next((t.UNIT_STEP[word] for word in week if word in t.UNIT_STEP), None)
    if step is not None:  # German "am Dienstag vergangener Woche", "el lunes de la semana pasada"
        day = ctx.dct + timedelta(days=weekday - ctx.dct.isoweekday() + 7 * step)
        ctx.mention(day, "day", end)
        story.present(ctx)
        return "DATE", day.isoformat() + _tod(m["pod"], cues)
    if m.groupdict().get("weekon") and not rel:  # "on Saturday week": a week after the coming one
        day = ctx.dct + timedelta(days=((weekday - ctx.dct.isoweekday()) % 7 or 7) + 7)
        ctx.mention(day, "day", end)
        story.present(ctx)
        return "DATE", day.isoformat() + _tod(m["pod"], cues)
    ctx_opened = None if rel else range_opened(ctx, start, end)
    ended = first_after(ctx_opened.day, weekday) if ctx_opened else None
    told = story_relative.weekday(ctx, weekday, start, end) if not rel and not ended else None
    day = ended or told or (None if rel else _named_again(ctx, weekday, start, end))
    day = day or _weekday_date(ctx, weekday, rel, start, end)
    if rel not in t.WEEKDAY_ANAPHORA and not _week_before_today(ctx, weekday, rel):
        # ("the previous Friday" names no Friday of the news)
        ctx.extra.setdefault("weekdays", {})[weekday] = (day, end)  # type: ignore[index]
    ctx.mention(day, "day", end)
    if ended:  # "the day before" a range counts from its first day, not its last
        ctx.extra["range_opened"] = (ctx_opened, end)
    if told:
        story.moved(ctx, day, "day", start, end)
    elif not rel and not ended and story_relative.hook(ctx, start, end):
        ctx.passed_over = end  # the news of "on Friday" in passing: the story goes on
    elif rel not in t.WEEKDAY_ANAPHORA and not ended:
        story.present(ctx)
    if rel in t.CLOCK_WORDS:  # "midnight Sunday", "noon Tuesday"
        return "TIME", clock_value(day, *t.CLOCK_WORDS[rel])
    return "DATE", day.isoformat() + _tod(m["pod"], cues)


def _week_before_today(ctx: Context, weekday: int, rel: str) -> bool:
    """Is the weekday "last Friday" in a Friday article: the publication day's weekday a
    week back? A bare "on Friday" later in the text is still the publication day ("Pickers
    began the grape harvest on Friday. The first frost came last Friday. … Growers covered
    the vines on Friday evening"), so the week-old one is not remembered for it."""
    return weekday == ctx.dct.isoweekday() and _cues(ctx.lang).words.RELATIVE_STEP.get(rel) == -1


def range_opened(ctx: Context, start: int, end: int) -> Anchor | None:
    """The day a date earlier in the sentence named, when the weekday at ``start`` ends a
    range from it ("öffnet am Donnerstag und dauert bis Sonntag"), else None."""
    if not _cues(ctx.lang).range_end_before.search(ctx.text, max(0, start - 30), start):
        return None
    left = sentence_bounds(ctx.text, start, end)[0]
    if not (ctx.anchor and ctx.anchor.precision == "day" and ctx.anchor_end > left):
        return None
    return ctx.anchor


def first_after(day: date, weekday: int) -> date:
    """The first ``weekday`` after ``day``: a range ends after it opens."""
    return day + timedelta(days=(weekday - day.isoweekday()) % 7 or 7)


def _weekday_date(ctx: Context, weekday: int, rel: str, start: int, end: int) -> date:
    t = _cues(ctx.lang).words
    dct = ctx.dct
    diff = weekday - dct.isoweekday()
    step = t.RELATIVE_STEP.get(rel)
    if step == -1:
        return dct - timedelta(days=(-diff) % 7 or 7)
    if step == 1:
        return dct + timedelta(days=diff % 7 or 7)
    if step == 0:  # the weekday of the publication week, on the side its tense says
        return _this_weekday(ctx, dct + timedelta(days=diff), weekday, start, end)
    if rel in t.WEEKDAY_ANAPHORA:  # from the last date mentioned
        ref = ctx.reference("day").day
        diff = weekday - ref.isoweekday()
        step = t.WEEKDAY_ANAPHORA[rel]
        if step < 0:
            return ref - timedelta(days=(-diff) % 7 or 7)
        if step == 0:
            return ref
        return ref + timedelta(days=diff % 7 or 7)
    tense = direction(ctx.text, start, end, ctx.lang)
    said = _said_on(ctx, start, end) if tense == FUTURE else None
    if said:
        return first_after(said, weekday)
    day = weekday_near(dct, weekday, tense)
    if not rel:  # a bare weekday its tense alone put on a side (``same_weekday_ahead``)
        ctx.extra.setdefault("tensed_weekdays", []).append((start, day))  # type: ignore[union-attr]
    return day


def same_weekday_ahead(ctx: Context) -> tuple[str, str, set[int]]:
    """The day six days back, the next day (ISO) and the starts of the bare weekdays whose
    past tense alone put them on that day gone by, when the text names the same weekday bare
    again as the next day ("Ministers flew Tuesday to Oslo, … their first talks Tuesday
    morning are scheduled …" in a Monday article: the story is told for the next day, one
    Tuesday throughout, not last week's); no starts when it does not."""
    tensed: list[tuple[int, date]] = ctx.extra.get("tensed_weekdays") or []  # type: ignore[assignment]
    back, ahead = ctx.dct - timedelta(days=6), ctx.dct + timedelta(days=1)
    if not any(day == ahead for _, day in tensed):
        return back.isoformat(), ahead.isoformat(), set()
    return back.isoformat(), ahead.isoformat(), {start for start, day in tensed if day == back}


def _this_weekday(ctx: Context, day: date, weekday: int, start: int, end: int) -> date:
    """``day``, the weekday of the publication week, unless the tense says the other side of
    publication ("Le parti a élu ce dimanche …" on a Wednesday: the Sunday gone by, not the
    coming one; "will meet this Monday" on a Friday: the coming Monday)."""
    if day == ctx.dct:
        return day
    tense = direction(ctx.text, start, end, ctx.lang)
    if (tense == PAST and day > ctx.dct) or (tense == FUTURE and day < ctx.dct):
        return weekday_near(ctx.dct, weekday, tense)
    return day


def _said_on(ctx: Context, start: int, end: int) -> date | None:
    """The day gone by that the sentence says a plan was told on, when the weekday at
    ``start`` is that plan's, seen from then ("said on Tuesday the vote would be held on
    Thursday": the Thursday after that Tuesday, not after publication); else None."""
    told = ctx.anchor
    if told is None or told.precision != "day" or told.day >= ctx.dct:
        return None
    if ctx.anchor_end <= sentence_bounds(ctx.text, start, end)[0]:
        return None
    ahead = future_in_past(ctx.text, start, end, ctx.lang, said_after=ctx.anchor_end)
    return told.day if ahead else None


# A weekday named again without a word of its own, this many characters on, is the day named
# before ("prevista para el próximo martes … La votación del martes queda suspendida").
_SAME_WEEKDAY_SPAN = 1500


def _named_again(ctx: Context, weekday: int, start: int, end: int) -> date | None:
    """The day a bare weekday named before in the text was, when the sentence's tense does
    not put it on the other side of publication; else None."""
    named = ctx.extra.get("weekdays", {}).get(weekday)  # type: ignore[union-attr]
    if named is None or start - named[1] > _SAME_WEEKDAY_SPAN:
        return None
    day = named[0]
    tense = direction(ctx.text, start, end, ctx.lang)
    if (tense == PAST and day > ctx.dct) or (tense == FUTURE and day < ctx.dct):
        return None
    return day
