"""Resolvers for periods longer than a month: years, decades, centuries, quarters, halves,
seasons, and "year-ago" comparisons.

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
from core.temporal.absolute import day_number, month_number
from core.temporal.calendar import Context, add_months, add_quarters, year_for_day
from core.temporal.tense import FUTURE, PAST, direction, reported_ahead, sentence_bounds

Resolved = tuple[str, str] | None

# Wire copy's desk codes: "(NYFD 2044)", "(MRUA 2019, NYFK 2123)".
_WIRE_CODE = re.compile(r"(?:\(|,\s)\s*[A-Z]{3,5}\s+$")
_HALF = {1: "H1", 2: "H2", 4: "H2"}
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
    clock_after: re.Pattern[str]
    far_year_cue: re.Pattern[str]
    level_before: re.Pattern[str]
    code_before: re.Pattern[str]
    quarter_ended_year_ago: re.Pattern[str]
    quarter_ended_after: re.Pattern[str]
    fiscal_year_end: re.Pattern[str]
    ordinal_quarter_ended: re.Pattern[str]
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
        re.compile(t.CLOCK_AFTER, re.IGNORECASE),
        re.compile(t.FAR_YEAR_CUE, re.IGNORECASE),
        re.compile(t.LEVEL_BEFORE, re.IGNORECASE),
        re.compile(t.CODE_BEFORE),
        re.compile(t.QUARTER_ENDED_YEAR_AGO),
        re.compile(t.QUARTER_ENDED_AFTER),
        re.compile(t.FISCAL_YEAR_END),
        re.compile(t.ORDINAL_QUARTER + t.QUARTER_ENDED_AFTER),
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


def resolve_quarter(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    word = m["qord"].lower()
    order = cues.calendar.ORDINALS[word]
    unit = m["qunit"].lower()
    if cues.calendar.UNITS.get(unit) == ("M", False, 6):
        unit = "half"  # a half year in the language's own word ("semestre")
    elif cues.calendar.UNITS.get(unit, ("",))[0] == "Q":
        unit = "quarter"  # "Quartal", "trimestre": a quarter, not half a year's count
    if unit == "period" or (unit == "half" and word not in cues.words.HALF_ORDINALS):
        return None
    if unit == "quarter":
        fiscal = _fiscal_quarter(m, ctx, order, end)
        if fiscal:
            return fiscal
        if _latest_quarter(m, ctx, word, start, end):
            # "set aside £30 million last quarter" in November: the quarter gone by, not the
            # fourth ("the last quarter of 1986" is)
            current = (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
            year, latest = add_quarters(*current, -1)
            ctx.mention(date(year, 3 * latest - 2, 1), "quarter", end)
            return "DATE", f"{year:04d}-Q{latest}"
    year = _quarter_year(m, ctx, start, end, order if unit.startswith("quarter") else 2 * order)
    if unit == "half":
        half = _HALF.get(order, "H2")
        ctx.mention(date(year, 1 if half == "H1" else 7, 1), "year", end)
        return "DATE", f"{year:04d}-{half}"
    if unit == "quarters":
        return "SET", f"XXXX-Q{order}"
    ctx.mention(date(year, 3 * order - 2, 1), "quarter", end)
    return "DATE", f"{year:04d}-Q{order}"


def _latest_quarter(m: re.Match[str], ctx: Context, word: str, start: int, end: int) -> bool:
    """Whether "last quarter" is the latest quarter, not the year's fourth: the word for
    "last" with no year given ("of 1986", "this year's") and no article before it, or "the"
    with a verb that does not look ahead ("sales fell in the last quarter"; "should pick up in
    the last quarter" is the fourth)."""
    t = _cues(ctx.lang).words
    if word != t.PERIOD_LAST:
        return False
    given = ("qyear", "qyear2", "qyear3", "qyear4", "yref", "qrel")
    if any(m.groupdict().get(group) for group in given):
        return False
    det = (m["det"] or "").lower()
    if not det:
        return True
    return det == t.VAGUE_THE and direction(ctx.text, start, end, ctx.lang) != FUTURE


def _fiscal_quarter(m: re.Match[str], ctx: Context, order: int, end: int) -> Resolved:
    """A quarter the text places itself ("the fourth quarter ended June 30"), or a fiscal one
    ("its fiscal first quarter"): as the calendar months it covers when the text says where it
    (or the fiscal year) ends, else as a fiscal label (``FY1989-Q1``) that claims no months."""
    cues = _cues(ctx.lang)
    ended = cues.quarter_ended_after.match(ctx.text, end)
    month = _month_or_none(ended["month"], ctx.lang) if ended else None
    if month and ended:
        day = int(ended["day"])
        ctx.extra["fiscal_year_end"] = (month + 3 * (4 - order) - 1) % 12 + 1
        year = _ended_year(ended) or year_for_day(month, day, ctx.dct, PAST)
        return _quarter_ending(ctx, year, month, end)
    if cues.words.FISCAL not in m.group(0).lower():
        return None
    year_end = _fiscal_year_end(cues, ctx)
    if year_end is None:
        year = _quarter_year(m, ctx, m.start(), end, order)
        return "DATE", f"FY{year:04d}-Q{order}"
    month = (year_end + 3 * order - 1) % 12 + 1
    tense = direction(ctx.text, m.start(), end, ctx.lang)
    return _quarter_ending(ctx, year_for_day(month, 1, ctx.dct, tense), month, end)


def _ended_year(ended: re.Match[str]) -> int | None:
    """The year the text gives the quarter's last day ("ended March 29, 1986"), if any."""
    year = ended.groupdict().get("year")
    return int(year) if year else None


def _fiscal_year_end(cues: _Cues, ctx: Context) -> int | None:
    """The month the document's fiscal years end in, if it says ("fiscal year ends June 30")."""
    if "fiscal_year_end" not in ctx.extra:
        ctx.extra["fiscal_year_end"] = _year_end_said(cues, ctx)
    known = ctx.extra["fiscal_year_end"]
    return known if isinstance(known, int) else None


def _year_end_said(cues: _Cues, ctx: Context) -> int | None:
    said = cues.fiscal_year_end.search(ctx.text)
    if said:
        return _month_or_none(said["month"], ctx.lang)
    for ended in cues.ordinal_quarter_ended.finditer(ctx.text):
        month = _month_or_none(ended["month"], ctx.lang)
        if month:
            order = cues.calendar.ORDINALS[ended["ord"].lower()]
            return (month + 3 * (4 - order) - 1) % 12 + 1
    return None


def _month_or_none(word: str, lang: str) -> int | None:
    try:
        return month_number(word, lang)
    except KeyError:
        return None


def _quarter_ending(ctx: Context, year: int, month: int, end: int) -> Resolved:
    """The three months ending with ``month``: the calendar quarter of the middle one holds
    most of them ("the quarter ended July 31" is May-July, mostly the second quarter)."""
    middle = add_months(date(year, month, 1), -1)
    ctx.mention(date(middle.year, middle.month - (middle.month - 1) % 3, 1), "quarter", end)
    return "DATE", f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


def _quarter_year(m: re.Match[str], ctx: Context, start: int, end: int, quarter: int) -> int:
    t = _cues(ctx.lang).words
    for group in ("qyear", "qyear2", "qyear3", "qyear4"):
        if m.groupdict().get(group):
            return int(m[group])
    yref = (m["yref"] or m["qrel"] or "").lower()
    if yref.startswith(t.QUARTER_YEAR_BACK):
        return ctx.dct.year - 1
    if yref.startswith(t.QUARTER_YEAR_AHEAD):
        return ctx.dct.year + 1
    if any(word in yref for word in t.YEAR_AGO_WORDS):
        return ctx.last_quarter()[0] - 1
    if yref.startswith(t.QUARTER_YEAR_THIS):
        return ctx.dct.year
    current = (ctx.dct.month - 1) // 3 + 1
    if current - 1 <= quarter <= current:
        return ctx.dct.year  # this quarter or the last: every tense gives this year's
    tense = direction(ctx.text, start, end, ctx.lang)
    ahead = tense == FUTURE or reported_ahead(ctx.text, start, end, ctx.lang)
    if quarter > current and not ahead:
        return ctx.dct.year - 1
    if quarter < current - 1 and tense == FUTURE:
        return ctx.dct.year + 1
    return ctx.dct.year


def resolve_qref(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    quals = m["qual"] or m["pyear"] or ""
    text = m.group(0).lower()
    unit = m["qunit"].lower()
    if unit == "period" and not quals:
        return None
    current = (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
    if m["emonth"] and not cues.quarter_ended_year_ago.search(text):
        month = month_number(m["emonth"], ctx.lang)
        given = m.groupdict().get("eyear")
        year = int(given) if given else year_for_day(month, day_number(m["eday"]), ctx.dct, PAST)
        return _quarter_ending(ctx, year, month, end)
    if m["pyear"]:
        year, quarter = int(m["pyear"]), ctx.last_quarter()[1]
        if not any(word in text.split() for word in t.PERIOD_BASELINE):
            ctx.mention(date(year, 3 * quarter - 2, 1), "quarter", end)
        return "DATE", f"{year:04d}-Q{quarter}"
    if any(word in text for word in t.PERIOD_YEAR_AGO):
        year, quarter = ctx.last_quarter()
        return "DATE", f"{year - 1:04d}-Q{quarter}"
    if text.startswith(t.PERIOD_THIS) or any(word in text for word in t.PERIOD_CURRENT):
        year, quarter = current
    elif text.startswith(t.PERIOD_NEXT):
        year, quarter = add_quarters(*current, 1)
    elif any(word in text for word in t.PERIOD_JUST_ENDED):
        year, quarter = add_quarters(*current, -1)
    elif text.startswith(t.PERIOD_LAST) or any(word in text for word in t.PERIOD_PREVIOUS):
        step = 0 if text.startswith(t.PERIOD_LAST) else -1
        year, quarter = add_quarters(*ctx.last_quarter(), step)
    elif _ahead_quarter(ctx, start, end):
        year, quarter = ctx.extra["ahead_quarter"]
    else:
        year, quarter = ctx.last_quarter()
    ctx.mention(date(year, 3 * quarter - 2, 1), "quarter", end)
    return "DATE", f"{year:04d}-Q{quarter}"


def _ahead_quarter(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare "the quarter" told ahead is the quarter not yet ended the text named:
    "optimistic about the fourth quarter. It expects sales to pick up in the quarter"."""
    ahead = ctx.extra.get("ahead_quarter")
    return ahead is not None and direction(ctx.text, start, end, ctx.lang) == FUTURE


def resolve_yearago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    return "DATE", ctx.year_before(start, sentence_bounds(ctx.text, start, end)[0])
