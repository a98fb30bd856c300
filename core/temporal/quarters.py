"""Resolvers for quarters and halves: "the third quarter", "its fiscal first quarter", "the
quarter ended June 30", "the first half", "last quarter", "the year-ago quarter".

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the match is not a time expression after all ("the last period"). The words
they read are the document's language's (``core.lang.<code>.calendar`` and ``.cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType

from core.lang import words
from core.temporal.absolute import day_number, month_number
from core.temporal.calendar import Context, add_months, add_quarters, year_for_day
from core.temporal.narration import future_in_past
from core.temporal.tense import FUTURE, PAST, direction, reported_ahead, sentence_bounds

Resolved = tuple[str, str] | None


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's words for quarters, and its cues compiled."""

    calendar: ModuleType
    words: ModuleType
    quarter_ended_year_ago: re.Pattern[str]
    quarter_ended_after: re.Pattern[str]
    fiscal_year_end: re.Pattern[str]
    ordinal_quarter_ended: re.Pattern[str]
    match_half: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    return _Cues(
        words(lang, "calendar"),
        t,
        re.compile(t.QUARTER_ENDED_YEAR_AGO),
        re.compile(t.QUARTER_ENDED_AFTER),
        re.compile(t.FISCAL_YEAR_END),
        re.compile(t.ORDINAL_QUARTER + t.QUARTER_ENDED_AFTER),
        re.compile(t.MATCH_HALF, re.I),
    )


_HALF = {1: "H1", 2: "H2", 4: "H2"}


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
    if unit == "half" and _match_half(m, ctx, start, end):
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


def _match_half(m: re.Match[str], ctx: Context, start: int, end: int) -> bool:
    """Whether a half with no year is a game's ("the winger scored in the second half"): its
    sentence tells of play (``MATCH_HALF`` of the language's cues)."""
    given = ("qyear", "qyear2", "qyear3", "qyear4", "yref", "qrel")
    if any(m.groupdict().get(group) for group in given):
        return False
    left, right = sentence_bounds(ctx.text, start, end)
    return _cues(ctx.lang).match_half.search(ctx.text, left, right) is not None


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
    said = _plan_told_on(ctx, start, end)
    if said is not None:  # the first such quarter from the saying on
        return said.year + (quarter < (said.month - 1) // 3 + 1)
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


def _plan_told_on(ctx: Context, start: int, end: int) -> date | None:
    """The month or day gone by that the sentence says a plan was told in, when the quarter
    at ``start`` is that plan's, seen from then ("announced last October it would close its
    smelter in the fourth quarter": the one after that October, not publication's); else
    None."""
    told = ctx.anchor
    if told is None or told.precision not in ("day", "month") or told.day >= ctx.dct:
        return None
    if not sentence_bounds(ctx.text, start, end)[0] < ctx.anchor_end <= start:
        return None
    return told.day if future_in_past(ctx.text, start, end, ctx.lang, ctx.anchor_end) else None


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
