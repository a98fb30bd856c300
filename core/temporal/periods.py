"""Resolvers for periods of a year or longer: years, spelled years, year ends, decades,
centuries, and "year-ago" comparisons. Quarters and halves are ``core.temporal.quarters``,
seasons ``core.temporal.seasons`` (which shares these cues).

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the match is not a time expression after all ("2000 troops", "Section
2019", "prices fall"). The words they read are the document's language's
(``core.lang.<code>.calendar`` and ``.cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType

from core.lang import words
from core.temporal import frames, story
from core.temporal.calendar import Context
from core.temporal.tense import PAST, direction, sentence_bounds

Resolved = tuple[str, str] | None

# Wire copy's desk codes: "(NYFD 2044)", "(MRUA 2019, NYFK 2123)".
_WIRE_CODE = re.compile(r"(?:\(|,\s)\s*[A-Z]{3,5}\s+$")
# A year a century or more from the article's own is taken only after words that say
# "year": in news, "at 1500", "the 1500 listed companies", "a high of 1757" (an index) or
# "(NRKI 1821)" (a wire code) are times, counts, levels and codes.
FAR_YEARS = 100


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's words for periods, and its cues compiled."""

    calendar: ModuleType
    words: ModuleType
    year_prep: re.Pattern[str]
    numbered_thing: re.Pattern[str]
    not_year_after: re.Pattern[str]
    count_unit_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    far_year_cue: re.Pattern[str]
    level_before: re.Pattern[str]
    code_before: re.Pattern[str]
    season_prep: re.Pattern[str]
    season_name_after: re.Pattern[str]
    season_event_after: re.Pattern[str]
    far_year_cue_after: re.Pattern[str]
    season_kind_before: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    return _Cues(
        words(lang, "calendar"),
        t,
        re.compile(t.YEAR_PREP, re.IGNORECASE),
        re.compile(t.NUMBERED_THING),
        re.compile(t.NOT_YEAR_AFTER),
        re.compile(t.COUNT_UNIT_AFTER),
        re.compile(t.CLOCK_AFTER, re.IGNORECASE),
        re.compile(t.FAR_YEAR_CUE, re.IGNORECASE),
        re.compile(t.LEVEL_BEFORE, re.IGNORECASE),
        re.compile(t.CODE_BEFORE),
        re.compile(t.SEASON_PREP),
        re.compile(t.SEASON_NAME_AFTER),
        re.compile(t.SEASON_EVENT_AFTER),
        re.compile(t.FAR_YEAR_CUE_AFTER),
        re.compile(t.SEASON_KIND_BEFORE),
    )


def resolve_decade(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["decade"]:
        decade = int(m["decade"]) // 10
    elif m["short"]:
        decade = 190 + int(m["short"]) // 10
    else:
        if not m["the"]:
            return None
        decade = 190 + _cues(ctx.lang).calendar.DECADE_WORDS[m["word"].lower()]
    ctx.mention(date(decade * 10, 1, 1), "decade", end)
    return "DATE", f"{decade:03d}"


def resolve_century(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    word = m["ord"].lower()
    if word[0].isdigit():
        number = int(re.match(r"\d+", word).group())
    elif word in cues.calendar.ORDINALS and word not in cues.words.ORDINALS_FROM_END:
        number = cues.calendar.ORDINALS[word]
    else:
        return None
    return "DATE", ("BC" if m["era"] else "") + f"{number - 1:02d}"


def resolve_year(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    year = int(m["year"])
    if not (m["mod"] or m["fiscal"]) and cues.clock_after.match(ctx.text, end):
        hour, minute = divmod(year, 100)
        if hour < 24 and minute < 60 and len(m["year"]) == 4:
            return "TIME", f"{ctx.dct.isoformat()}T{hour:02d}:{minute:02d}"
        return None
    if not (m["mod"] or m["fiscal"]) and not _year_context(cues, ctx.text, m.start("year"), end):
        return None
    before = ctx.text[max(0, m.start("year") - 16) : m.start("year")]
    cued = cues.far_year_cue.search(before) or cues.far_year_cue_after.match(ctx.text, end)
    if _far(year, ctx) and not (m["mod"] or cued):
        return None
    if _level_or_code(cues, ctx, m.start("year"), year):
        return None
    at = m.start("year")
    if (
        frames.origin_aside(ctx.text, at, ctx.lang)
        or frames.record_baseline(ctx.text, at, ctx.lang)
        or frames.looked_back(ctx, year, at)
    ):
        return "DATE", f"{year:04d}"  # the age of a thing in passing, a record's baseline, a
        # look back in a sentence already dated later: nothing counts from it
    if frames.is_month_year(ctx, m.start("year")):
        return "DATE", f"{year:04d}"  # "a January night in 2013": January's, told already
    ctx.mention(date(year, 1, 1), "year", end)
    story.written(ctx, date(year, 1, 1), "year", start, end)
    return "DATE", f"{year:04d}"


def _far(year: int, ctx: Context) -> bool:
    """Does ``year`` lie a century or more from both the article's year and the last date
    the text mentioned (a history of the 1860s may name 1863 bare)?"""
    near = [ctx.dct.year] + ([ctx.anchor.day.year] if ctx.anchor else [])
    return all(abs(year - y) > FAR_YEARS for y in near)


def _level_or_code(cues: _Cues, ctx: Context, start: int, year: int) -> bool:
    """Is a number decades from the article's year a market level or a code ("KQ 2061"), or
    any number a model's name, its capitals joined to it by a hyphen ("the HX-2040")?"""
    if _glued_code(cues, ctx, start):
        return True
    if abs(year - ctx.dct.year) < cues.words.CODED_YEARS_AWAY:
        return False
    if cues.level_before.search(ctx.text, max(0, start - 40), start):
        return True
    code = cues.code_before.search(ctx.text, max(0, start - 8), start)
    if not code or code.group().split()[0].rstrip("-") in cues.words.YEAR_CAPITALS:
        return False
    # In a headline set in capitals every word looks like a code; in running text one does.
    return any(c.islower() for c in ctx.text[max(0, start - 40) : code.start()])


def _glued_code(cues: _Cues, ctx: Context, start: int) -> bool:
    """Is the number at ``start`` the end of a model's name in running text ("the SX-2000",
    "will demonstrate the HX-2040"), its capitals joined to it by a hyphen, not a year's
    capitals ("FY-2020") nor a date written in capitals ("15-MAR-1987")?"""
    code = cues.code_before.search(ctx.text, max(0, start - 8), start)
    if code is None or not code.group().endswith("-") or code.group()[-2].isspace():
        return False
    if (
        code.group()[:-1] in cues.words.YEAR_CAPITALS
        or ctx.text[code.start() - 1 : code.start()] == "-"
    ):
        return False
    return any(c.islower() for c in ctx.text[max(0, start - 40) : code.start()])


def _year_context(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Is a bare four-digit number a year rather than a count ("2000 troops")?"""
    if cues.numbered_thing.search(text, max(0, start - 14), start):
        return False
    if _WIRE_CODE.search(text, max(0, start - 8), start) and re.match(r"\s*[),]", text[end:]):
        return False
    if re.search(r"\d[ \t(]*$", text[max(0, start - 3) : start]) or re.match(
        r"[ \t)]*\d{3}", text[end : end + 6]
    ):
        return False  # a row of figures, "2129(1900 2303)": prices, not years
    after = text[end : end + 16]
    if re.match(r"\s*(?:[-–]\s*\d|[:/]\d|\.\d)", after):
        return bool(re.match(r"[-–/]\s*(?:\d{2}|\d{4})\b", after))
    if cues.count_unit_after.match(text, end, end + 16):
        return False  # "up to 1500 tonnes a day": a weight, whatever stands before it
    if cues.not_year_after.match(text, end, end + 16):  # the text before it seen too
        return bool(cues.year_prep.search(text[max(0, start - 16) : start]))
    return True


def resolve_yearword(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """Years spelled out, as in broadcast transcripts: "nineteen ninety-four"."""
    cues = _cues(ctx.lang)
    year = cues.calendar.spelled_year(m["spelled"])
    spelled = m["spelled"].lower()
    maybe_count = (
        spelled.startswith(cues.words.SPELLED_COUNT_STARTS)
        or spelled.endswith(cues.words.SPELLED_COUNT_ENDS)
        or cues.not_year_after.match(ctx.text, end)
    )
    if (
        maybe_count
        and not m["the"]
        and not cues.year_prep.search(ctx.text[max(0, start - 16) : start])
    ):
        return None  # "two thousand people", "eighteen hundred soldiers": counts
    ctx.mention(date(year, 1, 1), "year", end)
    return "DATE", f"{year:04d}"


def resolve_yearend(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    told = story.year(ctx, start, end)
    if told is not None:
        return "DATE", f"{told:04d}"
    year = ctx.dct.year  # after March every tense gives this year's end: no look at the verbs
    if ctx.dct.month <= 3 and direction(ctx.text, start, end, ctx.lang) == PAST:
        year -= 1
    return "DATE", f"{year:04d}"


def resolve_yearago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    return "DATE", ctx.year_before(start, sentence_bounds(ctx.text, start, end)[0])
