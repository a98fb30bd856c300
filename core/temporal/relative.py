"""Resolvers for relative expressions: deictic, weekdays, anaphora, durations, sets, references.

Deictic expressions ("yesterday", "last week", "two days ago") count from the publication
date; anaphoric ones ("the following day", "a year earlier", "that week") from the last date
the text mentioned; bare weekdays take their direction from the tense around them. The words
they read are the document's language's (``core.lang.<code>.calendar`` and ``.cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import ModuleType

from core.lang import words
from core.temporal import story
from core.temporal.calendar import (
    RANK,
    UNIT_PRECISION,
    Anchor,
    Context,
    coarser,
    fmt,
    is_bc,
    shift,
    unknown,
)
from core.temporal.tense import (
    FUTURE,
    PAST,
    QUOTE_MARKS,
    direction,
    sentence_bounds,
    tells_past,
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
    if story.quoted_then(ctx, start, end):
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + _tod(pod, cues)
    day = ctx.dct + timedelta(days=offset)
    if not offset and story.aside(ctx, start, end):
        ctx.passed_over = end  # "Elle en a 69 aujourd'hui": the story goes on where it was
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
    return story.day(ctx, start, end) or ctx.dct


# The end of a figure whose thousands are set apart by a space ("10 000", "1 500", with a
# no-break or thin space too): a number the tagger would otherwise start at its last group.
_GROUP_BEFORE = re.compile(r"\d[ \u00a0\u202f]$")
_GROUP = re.compile(r"\d{3}$")


def grouped_tail(m: re.Match[str], group: str, ctx: Context, start: int) -> bool:
    """Whether the number ``m[group]`` is only the last group of a larger figure: "000 years
    ago" of "10 000 years ago" is ten thousand years, not none (nor "500" of "1 500")."""
    begin = start + m.start(group) - m.start()
    return bool(_GROUP.match(m[group]) and _GROUP_BEFORE.search(ctx.text, max(0, begin - 2), begin))


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
    if deictic and sign < 0 and story.long_past_perfect(ctx, start, end):
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
    if deictic and story.quoted_then(ctx, start, end):
        return "DATE", unknown(precision)  # "… when we took office 15 months ago," he said
    ref = ctx.reference("year") if not deictic else None
    told = story.reference(ctx, start, end, "year") if ref else None
    if told is not None:
        ref = told  # "… under the 1987 contract. Two years later": the story's, not the thing's
    elif (
        ref is not None
        and sign > 0
        and _later_than_now(ctx, ref, letter, n * mult, start, end)
        and (again := story.resumed(ctx, end)) is not None
    ):
        # "In 1971 he opened a shop. | Today his daughter runs it. | Two years later he …":
        # later than a told time, never the present's; the story resumes
        ref = told = again
    if ref and story.plan_ahead(ctx, ref, start, end):
        ref = ctx.story  # "… by 2011. Protesters burned an effigy where, five years previously …"
    dated_before = ctx.anchor is not None and RANK[ctx.anchor.precision] >= RANK["year"]
    unanchored = told is None and not dated_before  # (``ref`` is publication's day)
    if not deictic and sign > 0 and letter == "Y" and unanchored:
        # "More than two decades later, she runs …", "Three years later the firm moved": later
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
    if ref and sign < 0 and letter == "D" and ref.precision == "day" and ctx.story is not None:
        # "Three days earlier, the delegation had crossed …": a look back from the story's
        # day, as "the day before" is; the story and its last date stay on that day
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


def _month_anchor(ctx: Context, start: int) -> Anchor | None:
    """The last month (or day) named, when the last date named is only a year and the month
    was named shortly before it; else None."""
    found = ctx.extra.get("month_anchor")
    if ctx.anchor is None or RANK[ctx.anchor.precision] >= RANK["month"] or not found:
        return None
    return found[0] if start - found[1] < _MONTH_ANCHOR_REACH else None


# How far back a month named may still be what "the following month" counts from.
_MONTH_ANCHOR_REACH = 400


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
    told = story.reference(ctx, start, end, precision)
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
    elif not told and ref is not ctx.anchor and story.reached_month(ctx, start, end):
        # "June 479 BC … won at Mycale that same day": a day of the story's month, not of
        # the publication's
        ref = ctx.story
        precision = coarser(precision, ref.precision)
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
    if step > 0 and _after_a_happening(ctx, day, start, end):
        return None  # "el peaje se cobrará al día siguiente de la inauguración": undated
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
        # ("suspended on 2 September that year. He resigned three weeks later": "that year"
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


def _year_of_story_day(ctx: Context) -> bool:
    """Is the last date mentioned only the year written after the story's day ("at 2 a.m. on
    April 19, 1996", the clock time reading the year, the year tagged again)?"""
    said, told = ctx.anchor, ctx.story
    if said is None or told is None or said.precision != "year" or told.precision != "day":
        return False
    return said.day.year == told.day.year and 0 <= ctx.anchor_end - ctx.story_end <= 8


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
    if rel == t.VAGUE_THE and unit in t.NOT_AFTER_BARE_THE and not (m["pre"] or m["mod"]):
        return None
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
    said = None if told else story.said_then(ctx, start, end)
    if said:
        base, precision = said.day, coarser(precision, said.precision)
    elif told and ctx.story:
        base, precision = ctx.story.day, coarser(precision, ctx.story.precision)
    elif story.quoted_then(ctx, start, end):
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
