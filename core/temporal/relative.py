"""Resolvers for relative expressions: deictic days ("yesterday", "tonight") and relative
units ("last week", "next year", "the month's last days"), and the cues every resolver of a
relative expression reads.

Deictic expressions ("yesterday", "last week") count from the publication date, unless a
story told in the past gives them its time ("early the next year"). Counted offsets ("two
days ago", "a year earlier") are ``core.temporal.ago``, anaphoric units ("the following
day", "that week") ``anaphors``, bare weekdays ``weekdays``, durations and sets
``durations``. The words they read are the document's language's
(``core.lang.<code>.calendar`` and ``.cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import ModuleType

from core.lang import words
from core.temporal import story, story_relative
from core.temporal.calendar import (
    RANK,
    UNIT_PRECISION,
    Context,
    coarser,
    fmt,
    shift,
    unknown,
)
from core.temporal.tense import (
    FUTURE,
    PAST,
    direction,
    sentence_bounds,
)

Resolved = tuple[str, str] | None


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's words for relative expressions, and its cues compiled."""

    calendar: ModuleType
    words: ModuleType
    rate_before: re.Pattern[str]
    verb_before: re.Pattern[str]
    modal_before: re.Pattern[str]
    named_day_before: re.Pattern[str]
    current_as_time: re.Pattern[str]
    year_to_date_after: re.Pattern[str]
    age_after: re.Pattern[str]
    vague_prep: re.Pattern[str]
    range_end_before: re.Pattern[str]
    deictic_term: re.Pattern[str]
    overnight_term: re.Pattern[str]
    award_of_before: re.Pattern[str]
    half_of_before: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    return _Cues(
        words(lang, "calendar"),
        t,
        re.compile(t.RATE_BEFORE, re.IGNORECASE),
        re.compile(t.VERB_BEFORE, re.IGNORECASE),
        re.compile(t.MODAL_BEFORE, re.IGNORECASE),
        re.compile(t.NAMED_DAY_BEFORE),
        re.compile(t.CURRENT_AS_TIME),
        re.compile(t.YEAR_TO_DATE_AFTER),
        re.compile(t.AGE_AFTER),
        re.compile(t.VAGUE_PREP),
        re.compile(t.RANGE_END_BEFORE, re.IGNORECASE),
        re.compile(t.DEICTIC_TERM_AFTER, re.IGNORECASE),
        re.compile(t.OVERNIGHT_TERM_AFTER, re.IGNORECASE),
        re.compile(t.AWARD_OF_BEFORE, re.IGNORECASE),
        re.compile(rf"(?:{t.HALF}){t.HALF_OF}", re.IGNORECASE),
    )


def _tod(pod: str | None, cues: _Cues) -> str:
    return "T" + cues.calendar.PARTS_OF_DAY[pod.lower()] if pod else ""


def resolve_deictic(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    after = ctx.text[end : end + 40]
    if cues.deictic_term.match(after) or (m["over"] and cues.overnight_term.match(after)):
        return None  # "tomorrow-next money", "overnight funds": a money market's terms
    # A part of the day is a TIME whose value is its day plus TIMEX3's MO/AF/EV/NI.
    if m["over"]:
        return "TIME", (ctx.dct - timedelta(days=1)).isoformat() + "TNI"
    if m["mid"]:  # "mid-afternoon (yesterday)": that day's, else the day the sentence is about
        day = _day_in_sentence(ctx, start, end)
        if m["word2"]:
            day = ctx.dct + timedelta(days=t.DEICTIC_DAYS.get(m["word2"], 0))
        elif day == ctx.dct and ctx.story is not None and story.year(ctx, start, end):
            # "Того ж літа вона прийняла пологи — вночі": a night of a story that has not
            # reached its day, not the publication's; nothing counts from it
            return "TIME", "XXXX-XX-XX" + _tod(m["mid"], cues)
        ctx.mention(day, "day", end)
        return "TIME", day.isoformat() + _tod(m["mid"], cues)
    word = (m["word"] or m["this"]).lower()
    offset = t.DEICTIC_DAYS.get(word, t.RELATIVE_STEP.get(word, 0))
    pod = (m["pod"] or m["pod2"] or t.DEICTIC_PART_OF_DAY.get(word, "")).lower()
    if t.RELATIVE_STEP.get(word) == -1 and pod not in t.LAST_PARTS_OF_DAY:
        return None
    if story_relative.quoted_then(ctx, start, end):
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + _tod(pod, cues)
    day = ctx.dct + timedelta(days=offset)
    if not offset and story_relative.aside(ctx, start, end):
        ctx.passed_over = end  # "Il en a 74 aujourd'hui": the story goes on where it was
        return ("TIME" if pod else "DATE"), day.isoformat() + _tod(pod, cues)
    ctx.mention(day, "day", end)
    story.present(ctx, start, end)
    return ("TIME" if pod else "DATE"), day.isoformat() + _tod(pod, cues)


def _day_in_sentence(ctx: Context, start: int, end: int) -> date:
    """The day a date earlier in the same sentence named, else the day a story told in the
    past has reached ("Увечері уряд створив комісію"), else the publication date."""
    left = sentence_bounds(ctx.text, start, end)[0]
    if ctx.anchor and ctx.anchor.precision == "day" and ctx.anchor_end > left:
        return ctx.anchor.day
    return story_relative.day(ctx, start, end) or ctx.dct


# The end of a figure whose thousands are set apart by a space ("10 000", "1 500", with a
# no-break or thin space too): a number the tagger would otherwise start at its last group.
_GROUP_BEFORE = re.compile(r"\d[ \u00a0\u202f]$")
_GROUP = re.compile(r"\d{3}$")


def grouped_tail(m: re.Match[str], group: str, ctx: Context, start: int) -> bool:
    """Whether the number ``m[group]`` is only the last group of a larger figure: "000 years
    ago" of "10 000 years ago" is ten thousand years, not none (nor "500" of "1 500")."""
    begin = start + m.start(group) - m.start()
    return bool(_GROUP.match(m[group]) and _GROUP_BEFORE.search(ctx.text, max(0, begin - 2), begin))


def _week_just_ended(rel: str, unit: str, ctx: Context, start: int, end: int) -> bool:
    """Whether a bare "the week" told in the past on a Monday is the week just ended."""
    t = _cues(ctx.lang).words
    if not (rel == t.VAGUE_THE and unit == t.WEEK_JUST_ENDED and ctx.dct.isoweekday() == 1):
        return False
    return direction(ctx.text, start, end, ctx.lang) == PAST


def _modified_unit(m: re.Match[str], rel: str, t: ModuleType) -> bool:
    """Is the unit after a modifier the one the text is in ("à la fin du mois", "a finales
    de año"), which a story places as "the end of the month"? Not after a demonstrative
    ("à la fin de cette année": publication's)."""
    return bool(m["mod"]) and rel in t.MODIFIED_UNIT_RELS and not m.groupdict().get("dem")


def resolve_relunit(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    rel = " ".join(m["rel"].lower().split())
    unit = " ".join(m["unit"].lower().split()).split()[-1]  # "fiscal year": a year
    letter, mult = t.CALENDAR_UNITS[unit]
    if (
        rel == t.VAGUE_THE
        and unit in t.NOT_AFTER_BARE_THE
        and not (m["pre"] or m["mod"])
        and not cues.half_of_before.search(ctx.text, max(0, start - 30), start)
    ):
        return None  # (but "the first half of the month" is the month's: ``tagger``)
    if rel == t.VAGUE_THE and cues.award_of_before.search(ctx.text, max(0, start - 24), start):
        return None  # "named coach of the year": an award's name
    if (
        rel == t.VAGUE_THE
        and (letter, mult) == ("Y", 1)
        and cues.year_to_date_after.match(ctx.text[end:])
    ):
        return "DURATION", "P1Y"
    precision = {10: "decade", 100: "century"}.get(mult, UNIT_PRECISION[letter])
    step = t.UNIT_STEP.get(rel, 0)
    # "the weekend", German "am Wochenende" (a rule's empty ``tensed`` group): the verb's tense
    tensed = m.groupdict().get("tensed") is not None
    if (rel == t.VAGUE_THE or tensed) and unit == t.WEEKEND:
        step = 0 if direction(ctx.text, start, end, ctx.lang) == FUTURE else -1
        if ctx.dct.isoweekday() >= 6:
            step = 0
    if (rel, unit) in t.UP_TO_NOW:
        # "the past decade", "the worst flood this century": the years up to now, as the
        # TempEval-3 annotations read them.
        return "DURATION", f"P{mult}Y"
    if rel in t.STEP_OF_NAMED and re.match(re.escape(t.PERIOD_OF) + r"\D", ctx.text[end:]):
        return "DATE", unknown(precision)  # "in the last month of World War II"
    base, told = ctx.dct, False
    # "the end of the month", "early the next year": in a story, its month and its next year
    if rel == t.VAGUE_THE or rel in t.ANAPHOR_STEP or _modified_unit(m, rel, t):
        told = ctx.story is not None and story.year(ctx, start, end) is not None
        # "la semaine dernière" after "l'hiver 2024": a word of both kinds ("dernière") that
        # the story cannot place to its unit is the publication's
        if told and rel in t.UNIT_STEP and t.UNIT_STEP[rel] < 0 and ctx.story is not None:
            told = RANK.get(ctx.story.precision, 0) >= RANK.get(precision, 0)
    if rel not in t.UNIT_STEP:  # "au début de l'année suivante": the year after the story's
        step = t.ANAPHOR_STEP.get(rel, step)
    said = None if told else story_relative.said_then(ctx, start, end)
    if said:
        base, precision = said.day, coarser(precision, said.precision)
    elif told and ctx.story:
        base, precision = ctx.story.day, coarser(precision, ctx.story.precision)
    elif story_relative.quoted_then(ctx, start, end):
        return "DATE", unknown(precision)  # "We will leave next year," he said in 1969
    elif (
        step > 0
        and t.NEXT_IN_PAST_FROM_LAST_DATE
        and ctx.anchor is not None
        and rel in t.ANAPHOR_STEP
        and direction(ctx.text, start, end, ctx.lang) == PAST
    ):  # "Проєкт затвердили в 1937 році, а фундамент заклали наступного року": 1938
        base, precision = ctx.anchor.day, coarser(precision, ctx.anchor.precision)
    elif (
        step > 0
        and t.NEXT_IN_PAST_FROM_LAST_DATE
        and rel in t.ANAPHOR_STEP
        and direction(ctx.text, start, end, ctx.lang) == FUTURE
    ):  # "«Наступного року ми почнемо реконструкцію»": a plan told now, the year after this
        story.present(ctx, start, end)
    elif (
        _modified_unit(m, rel, t)
        and ctx.anchor is not None
        and ctx.anchor.day.year < ctx.dct.year
        and direction(ctx.text, start, end, ctx.lang) == PAST
    ):  # "La presa se terminó en 1973. A finales de año, ya daba luz": 1973's year end
        base, precision = ctx.anchor.day, coarser(precision, ctx.anchor.precision)
    elif step != 0 and rel in t.ANAPHOR_STEP and rel not in t.UNIT_STEP:
        # "La fábrica cerró en 2015. A principios del año siguiente …": after the last date
        # named (2016), never a step from the publication date; with no date, unknown
        if ctx.anchor is None:
            return "DATE", unknown(precision)
        base, precision = ctx.anchor.day, coarser(precision, ctx.anchor.precision)
    elif not ctx.text.startswith(t.PERIOD_OF, end):
        story.present(ctx, start, end)
    if base is ctx.dct and _week_just_ended(rel, unit, ctx, start, end):
        step = -1  # "fell to record lows in the week", told on a Monday: the week gone by
    day = shift(base, letter, step * mult)
    if told and (letter in "DWM" or step >= 0):
        story.moved(ctx, day, precision, start, end)
    if unit == t.WEEKEND:
        ctx.mention(day, "week", end)
        return "DATE", fmt(day, "week") + "-WE"
    ctx.mention(day, precision, end)
    return "DATE", fmt(day, precision)
