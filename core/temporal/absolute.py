"""Resolvers for calendar expressions: dates, months, years, quarters, seasons, times of day.

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the match is not a time expression after all ("May" the verb, "2000 troops").
"""

from __future__ import annotations

import re
from datetime import date

from core.lang import dateparser
from core.lang.en.calendar import DECADE_WORDS, MONTHS, ORDINALS, SEASONS, WEEKDAYS, spelled_year
from core.temporal.calendar import (
    Context,
    add_months,
    add_quarters,
    clock_value,
    fmt,
    holiday_date,
    valid_day,
    weekday_near,
    year_for_day,
    year_for_month,
)
from core.temporal.tense import FUTURE, PAST, direction, sentence_bounds

Resolved = tuple[str, str] | None

_YEAR_PREP = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|through|from|to|during|before|after|early|late|mid"
    r"|fiscal|year|between|circa|c\.|summer|winter|spring|autumn|fall|the|that|this|next|last"
    r"|against|at|on|with|below|above|due|ending|ended|maturing|expiring|\w+'s"
    r"|(?:1[5-9]\d\d|20\d\d)\s+(?:and|or|to))|[,(–—-])\s*$",
    re.IGNORECASE,
)
# "Section 2019", "Flight 2020", "Windows 2000": a number naming a thing, not a year.
_NUMBERED_THING = re.compile(
    r"\b(?:Section|Article|Room|Flight|Route|Highway|Resolution|Chapter|Rule|No\.|Number|Model"
    r"|Windows|Suite|Unit|Gate|Platform|Channel|Page|Paragraph|Clause|Item|Apollo|Boeing"
    r"|Airbus|Interstate|Lot|Bill|Series)\s+$"
)
# "2000 troops", "1500 new homes": a count, unless a preposition made it a year ("in 2019
# prices rose", "the 2019 elections").
# Wire copy's desk codes: "(NYFD 2044)", "(MRUA 2019, NYFK 2123)".
_WIRE_CODE = re.compile(r"(?:\(|,\s)\s*[A-Z]{3,5}\s+$")
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:[a-z]+s\b(?<!\bhis)(?<!\bas)(?<!\bwas)(?<!\bis)(?<!\bthis)(?<!\bits)"
    r"|people\b|men\b|women\b|children\b|feet\b|foot\b|metres?\b|meters?\b|miles?\b|km\b"
    r"|kg\b|tons?\b|hp\b|cc\b|mm\b)"
)
_MONTH_PREP = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|through|from|to|during|before|after|early|late|mid"
    r"|last|next|this|that|each|every|for|between|and|or|around|on|until|throughout|since"
    r"|beginning|end|middle|start|than|as|past)|[,(–—-])\s*$",
    re.IGNORECASE,
)
_NOT_MONTH_NOUN = re.compile(r"\s+(?:on|of|to|through|for|past|across|in|from|against)\b|\s+[A-Z]")
_HALF = {1: "H1", 2: "H2", 4: "H2"}
_WEEKDAY_LATER = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def resolve_mdy(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    month, day = _month(m["month"]), _day(m["day"])
    if m["year"]:
        year = int(m["year"])
    else:
        year = year_for_day(month, day, ctx.dct, direction(ctx.text, start, end))
    if not valid_day(year, month, day):
        return None
    ctx.mention(date(year, month, day), "day", end)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def resolve_weekof(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """ "the week of March 6": the week holding that day."""
    resolved = resolve_mdy(m, ctx, start, end)
    if resolved is None:
        return None
    day = date.fromisoformat(resolved[1])
    ctx.mention(day, "week", end)
    return "DATE", fmt(day, "week")


def resolve_my(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    month = _month(m["month"])
    if m["year"] or m["spelled"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["spelled"])
    else:
        year = ctx.dct.year + {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
    ctx.mention(date(year, month, 1), "month", end)
    return "DATE", f"{year:04d}-{month:02d}"


def resolve_month(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    month = _month(m["month"])
    rel = (m["rel"] or "").lower()
    if not (m["mod"] or rel) and not _month_context(ctx.text, start, end, month):
        return None
    if rel in ("last", "this past"):
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "this coming"):
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = year_for_month(month, ctx.dct, direction(ctx.text, start, end))
    ctx.mention(date(year, month, 1), "month", end)
    return "DATE", f"{year:04d}-{month:02d}"


def _month_context(text: str, start: int, end: int, month: int) -> bool:
    """Is a bare month name really the month, not "May" the verb or "April" the name?"""
    before = text[max(0, start - 20) : start]
    if _MONTH_PREP.search(before):
        return True
    after = text[end : end + 12]
    if month in (3, 5):  # March, May: verbs far more often than bare months
        if re.search(r"\b(?:the|a|an|this|last|next)\s+$", before, re.IGNORECASE):
            return not _NOT_MONTH_NOUN.match(after)  # "the May election", not "the March on"
        return bool(re.match(r"\s*[,;.]?\s*(?:\d{4}\b|$)|[.;]\s", after))
    return not re.match(r"\s+[A-Z]", after) and not re.search(r"[A-Z][a-z]*\s*$", before)


def resolve_decade(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["decade"]:
        decade = int(m["decade"]) // 10
    elif m["short"]:
        decade = 190 + int(m["short"]) // 10
    else:
        if not m["the"]:
            return None
        decade = 190 + DECADE_WORDS[m["word"].lower()]
    ctx.mention(date(decade * 10, 1, 1), "decade", end)
    return "DATE", f"{decade:03d}"


def resolve_century(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    word = m["ord"].lower()
    if word[0].isdigit():
        number = int(re.match(r"\d+", word).group())
    elif word in ORDINALS and word not in ("last", "final"):
        number = ORDINALS[word]
    else:
        return None
    return "DATE", f"{number - 1:02d}"


# "1530 EST", "2030 gmt", "0900 hrs", "1500 local", "1500 (1400 GMT)", "between 1700 and
# 2100 hrs": wire copy's clock times, not years.
_ZONE = r"(?:(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|HKT|SGT|local)\b|hrs?\b|hours\b)"
_CLOCK_AFTER = re.compile(
    rf"\s*(?:\(\s*\d{{4}}\s*|(?:and|to|-|–)\s*\d{{4}}\s*)?{_ZONE}", re.IGNORECASE
)
# A year a century or more from the article's own is taken only after words that say
# "year": in news, "at 1500", "the 1500 listed companies", "a high of 1757" (an index) or
# "(NRKI 1821)" (a wire code) are times, counts, levels and codes.
FAR_YEARS = 100
_FAR_YEAR_CUE = re.compile(
    r"\b(?:in|since|year|from|during|between|circa|c\.|century|early|late|mid|AD|BC)"
    r"\s*[-–]?\s*$",
    re.IGNORECASE,
)


def resolve_year(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    year = int(m["year"])
    if not (m["mod"] or m["fiscal"]) and _CLOCK_AFTER.match(ctx.text, end):
        hour, minute = divmod(year, 100)
        if hour < 24 and minute < 60 and len(m["year"]) == 4:
            return "TIME", f"{ctx.dct.isoformat()}T{hour:02d}:{minute:02d}"
        return None
    if not (m["mod"] or m["fiscal"]) and not _year_context(ctx.text, m.start("year"), end):
        return None
    before = ctx.text[max(0, m.start("year") - 16) : m.start("year")]
    if abs(year - ctx.dct.year) > FAR_YEARS and not (m["mod"] or _FAR_YEAR_CUE.search(before)):
        return None
    ctx.mention(date(year, 1, 1), "year", end)
    return "DATE", f"{year:04d}"


def _year_context(text: str, start: int, end: int) -> bool:
    """Is a bare four-digit number a year rather than a count ("2000 troops")?"""
    if _NUMBERED_THING.search(text, max(0, start - 14), start):
        return False
    if _WIRE_CODE.search(text, max(0, start - 8), start) and re.match(r"\s*[),]", text[end:]):
        return False
    if re.search(r"\d[ \t(]*$", text[max(0, start - 3) : start]) or re.match(
        r"[ \t)]*\d{3}", text[end : end + 6]
    ):
        return False  # a row of figures, "2129(1900 2303)": prices, not years
    after = text[end : end + 16]
    if re.match(r"\s*(?:[-–]\s*\d|[:/]\d|\.\d)", after):
        return bool(re.match(r"[-–]\s*(?:\d{2}|\d{4})\b", after))
    if _NOT_YEAR_AFTER.match(after):
        return bool(_YEAR_PREP.search(text[max(0, start - 16) : start]))
    return True


def resolve_yearword(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """Years spelled out, as in broadcast transcripts: "nineteen ninety-four"."""
    year = spelled_year(m["spelled"])
    spelled = m["spelled"].lower()
    maybe_count = (
        spelled.startswith("two")
        or spelled.endswith("hundred")
        or _NOT_YEAR_AFTER.match(ctx.text, end)
    )
    if maybe_count and not m["the"] and not _YEAR_PREP.search(ctx.text[max(0, start - 16) : start]):
        return None  # "two thousand people", "eighteen hundred soldiers": counts
    ctx.mention(date(year, 1, 1), "year", end)
    return "DATE", f"{year:04d}"


def resolve_yearend(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    tense = direction(ctx.text, start, end)
    year = ctx.dct.year - 1 if tense == PAST and ctx.dct.month <= 3 else ctx.dct.year
    return "DATE", f"{year:04d}"


def resolve_quarter(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    order = ORDINALS[m["qord"].lower()]
    unit = m["qunit"].lower()
    if unit == "period" or (unit == "half" and order > 2 and m["qord"].lower() not in ("last",)):
        return None
    year = _quarter_year(m, ctx, start, end, order if unit.startswith("quarter") else 2 * order)
    if unit == "half":
        half = _HALF.get(order, "H2")
        ctx.mention(date(year, 1 if half == "H1" else 7, 1), "year", end)
        return "DATE", f"{year:04d}-{half}"
    if unit == "quarters":
        return "SET", f"XXXX-Q{order}"
    ctx.mention(date(year, 3 * order - 2, 1), "quarter", end)
    return "DATE", f"{year:04d}-Q{order}"


def _quarter_year(m: re.Match[str], ctx: Context, start: int, end: int, quarter: int) -> int:
    for group in ("qyear", "qyear2", "qyear3"):
        if m[group]:
            return int(m[group])
    yref = (m["yref"] or m["qrel"] or "").lower()
    if yref.startswith("last"):
        return ctx.dct.year - 1
    if yref.startswith("next"):
        return ctx.dct.year + 1
    if "year-" in yref or "comparable" in yref:
        return ctx.last_quarter()[0] - 1
    if yref.startswith("this"):
        return ctx.dct.year
    current = (ctx.dct.month - 1) // 3 + 1
    tense = direction(ctx.text, start, end)
    if quarter > current and tense != FUTURE:
        return ctx.dct.year - 1
    if quarter < current - 1 and tense == FUTURE:
        return ctx.dct.year + 1
    return ctx.dct.year


def resolve_qref(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    quals = m["qual"] or m["pyear"] or ""
    text = m.group(0).lower()
    unit = m["qunit"].lower()
    if unit == "period" and not quals:
        return None
    current = (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
    if m["emonth"] and not re.search(r"year-|a year|comparable|corresponding", text):
        month = _month(m["emonth"])
        year = year_for_day(month, _day(m["eday"]), ctx.dct, PAST)
        # Three months ending with ``month``: the calendar quarter of the middle one holds most
        # of them ("the quarter ended July 31" is May-July, mostly the second quarter).
        middle = add_months(date(year, month, 1), -1)
        ctx.mention(date(middle.year, middle.month - (middle.month - 1) % 3, 1), "quarter", end)
        return "DATE", f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"
    if m["pyear"]:
        year, quarter = int(m["pyear"]), ctx.last_quarter()[1]
        ctx.mention(date(year, 3 * quarter - 2, 1), "quarter", end)
        return "DATE", f"{year:04d}-Q{quarter}"
    if "year-" in text or "a year" in text or "comparable" in text or "corresponding" in text:
        year, quarter = ctx.last_quarter()
        return "DATE", f"{year - 1:04d}-Q{quarter}"
    if text.startswith("this") or "current" in text:
        year, quarter = current
    elif text.startswith("next"):
        year, quarter = add_quarters(*current, 1)
    elif "latest" in text or "just" in text or "recent" in text:
        year, quarter = add_quarters(*current, -1)
    elif text.startswith("last") or "previous" in text or "prior" in text:
        year, quarter = add_quarters(*ctx.last_quarter(), 0 if text.startswith("last") else -1)
    else:
        year, quarter = ctx.last_quarter()
    ctx.mention(date(year, 3 * quarter - 2, 1), "quarter", end)
    return "DATE", f"{year:04d}-Q{quarter}"


def resolve_yearago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    return "DATE", ctx.year_before(start, sentence_bounds(ctx.text, start, end)[0])


def resolve_season(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    word = m["season"]
    rel = (m["rel"] or "").lower()
    bare = not (m["mod"] or m["mod2"] or rel or m["year"] or m["spelled"])
    if bare and (word[0].isupper() or word.lower() in ("spring", "fall")):
        return None  # "Winter Olympics", "prices fall", "a spring"
    if bare and not re.search(
        r"\b(?:in|during|by|until|since|through|over|of|all)\s+$",
        ctx.text[max(0, start - 8) : start],
    ):
        return None  # "red winter wheat", "summer clothes"
    if rel == "the" and word.lower() == "fall" and not (m["year"] or m["mod2"]):
        return None
    if _season_in_name(m, ctx.text, start, end):
        return None
    code = SEASONS[word.lower()]
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = ctx.dct.year
    if m["year"] or m["spelled"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["spelled"])
    elif rel in ("last", "this past"):
        year = year if first + 3 <= ctx.dct.month else year - 1
    elif rel in ("next", "this coming"):
        year = year if first > ctx.dct.month else year + 1
    elif code == "WI" and ctx.dct.month <= 2:
        year -= 1  # in January, "the winter" began last December
    elif rel != "this" and first > ctx.dct.month:
        year -= direction(ctx.text, start, end) == PAST
    ctx.mention(date(year, first, 1), "quarter", end)
    return "DATE", f"{year:04d}-{code}"


# "the Winter Olympics", "the summer Games", "the Summer of Love", "Winter 2022 Olympics".
_CAPITALISED_NEXT = re.compile(r"[ \t]+(?:of[ \t]+)?[A-Z][a-z]")


def _season_in_name(m: re.Match[str], text: str, start: int, end: int) -> bool:
    """Is the season part of a name, as a capitalised noun straight after it shows?

    "last summer Putin said" still is a season: a relative word makes it a date. A capitalised
    season needs nothing more ("The Summer of Love", "the Winter 2022 Olympics").
    """
    named_after = _CAPITALISED_NEXT.match(text, m.end("season")) or (
        m["year"] and m["season"][0].isupper() and _CAPITALISED_NEXT.match(text, end)
    )
    if not named_after:
        return False
    rel = (m["rel"] or "").lower()
    return m["season"][0].isupper() or (rel in ("", "the") and not (m["mod"] or m["mod2"]))


def resolve_holiday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    name = m["hol"].lower()
    rel = (m["rel"] or "").lower()
    if m["year"]:
        years = [int(m["year"])]
    elif rel in ("last", "this past"):
        years = [ctx.dct.year - 1, ctx.dct.year]
    elif rel in ("next", "this coming"):
        years = [ctx.dct.year, ctx.dct.year + 1]
    else:
        day = holiday_date(name, ctx.dct.year)
        year = year_for_day(day.month, day.day, ctx.dct, direction(ctx.text, start, end))
        years = [year]
    days = [holiday_date(name, y) for y in years]
    if rel in ("last", "this past"):
        day = max(d for d in days if d < ctx.dct) if any(d < ctx.dct for d in days) else days[0]
    elif rel in ("next", "this coming"):
        day = min(d for d in days if d > ctx.dct) if any(d > ctx.dct for d in days) else days[-1]
    else:
        day = days[0]
    ctx.mention(day, "day", end)
    return "DATE", day.isoformat()


def resolve_time(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["noon"]:
        hour, minute = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
    elif m["ampm"]:
        hour, minute = int(m["hour"]) % 12, int(m["minute"] or 0)
        hour += 12 if m["ampm"][0].lower() == "p" else 0
    elif m["mil"]:
        hour, minute = int(m["mil"]), int(m["milm"])
    else:
        hour, minute = int(m["hh"]), int(m["mm"])
    if m["noon"] and m["noon"].lower() == "noon" and not _noon_is_time(m, ctx, start, end):
        return None
    day = _time_day(m, ctx, start, end)
    return "TIME", clock_value(day, hour, minute)


def _noon_is_time(m: re.Match[str], ctx: Context, start: int, end: int) -> bool:
    """ "at noon", "noon Tuesday" are times; "the noon news" is not."""
    if m["tail"] or re.match(r"\s+(?:on|local|today)", ctx.text[end:]):
        return True
    before = ctx.text[max(0, start - 7) : start].lower().split()
    return bool(before) and before[-1] in ("at", "by", "until", "before", "after", "around")


def _time_day(m: re.Match[str], ctx: Context, start: int, end: int) -> date:
    tail = m["tail"]
    if not tail:
        left, right = sentence_bounds(ctx.text, start, end)
        later = _WEEKDAY_LATER.search(ctx.text, end, right)
        if later:
            tail = later.group(1)
        elif ctx.anchor and ctx.anchor.precision == "day" and ctx.anchor_end > left:
            return ctx.anchor.day
        else:
            return ctx.dct
    word = tail.lower()
    if word in WEEKDAYS:
        day = weekday_near(ctx.dct, WEEKDAYS[word], direction(ctx.text, start, end))
    elif word in ("today", "yesterday", "tomorrow"):
        day = ctx.dct.fromordinal(ctx.dct.toordinal() + {"today": 0, "yesterday": -1}.get(word, 1))
    else:
        parts = re.match(r"(\w+)\.?\s*(\d+)", tail)
        month, dom = _month(parts[1]), int(parts[2])
        year = year_for_day(month, dom, ctx.dct, direction(ctx.text, start, end))
        day = date(year, month, dom) if valid_day(year, month, dom) else ctx.dct
    ctx.mention(day, "day", end)
    return day


def resolve_parsed(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    """Foreign-language and numeric dates, normalised by dateparser (cached)."""
    parsed = dateparser.parse(m.group(0).strip())
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None:
        year = year_for_day(month, day, ctx.dct, direction(ctx.text, start, end))
    if day is None:
        ctx.mention(date(year, month, 1), "month", end)
        return "DATE", f"{year:04d}-{month:02d}"
    if not valid_day(year, month, day):
        return None
    ctx.mention(date(year, month, day), "day", end)
    return "DATE", fmt(date(year, month, day), "day")
