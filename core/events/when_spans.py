"""Time expressions that span a stretch of time rather than name a day.

A span counted back from a date ("nearly eight years of fighting"), a period that ended ("in
the quarter ended March 31"), a range ("from 2014 to 2022"), a year split from its range.
``core.events.when_choice`` chooses a happening's time expression with them.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events import anchors
from core.events.parse import When
from core.temporal.tagger import Timex
from core.timeval import parse_value

_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d\d$")
_OPENER_REACH = 16  # characters before a run of months: "in the", "during"


_BACK_DURATION = re.compile(r"^P(\d+)([YMWD])$")


_NAMED_PERIOD = re.compile(r"^\d{4}-([QH])\d$")


@cache
def anchor_pattern(language: str, name: str) -> re.Pattern[str]:
    """The language's ``anchors`` pattern ``name``, compiled once (case-insensitive): asked
    for each sentence, where ``re.compile`` would look it up in its cache every time."""
    return re.compile(getattr(lang.words(language, "anchors"), name), re.I)


def _either(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


@cache
def _back_span(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A duration counted back from publication: "(the) past three weeks", "for the last …"."""
    c = lang.words(language, "clauses")
    the, back = _either(c.BACK_SPAN_THE), _either(c.BACK_SPAN_WORDS)
    before = rf"\b(?:{_either(c.BACK_SPAN_BEFORE)})\s+(?:{the})\s+(?:{back})\s+$"
    return re.compile(rf"(?:(?:{the}) )?(?:{back}) ", re.I), re.compile(before, re.I)


@cache
def _range(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two time expressions that make a range: "from 2014 to 2022", "between May and June"."""
    c = lang.words(language, "clauses")
    opener = re.compile(rf"\b(?:{_either(c.RANGE_OPENERS)})\s+$", re.I)
    return opener, re.compile(rf"^\s*(?:{_either(c.RANGE_JOINERS)})\s*$", re.I)


def _counted_from(
    text: str, timexes: list[Timex], roles: dict[Timex, str], language: str
) -> list[When]:
    """ "in November, two months after Quinn replaced Doyle": the clause after the span took
    place the span before the date (after it for "before"), in the date's precision."""
    a = lang.words(language, "anchors")
    between, after = (
        anchor_pattern(language, "COUNT_BETWEEN"),
        anchor_pattern(language, "COUNT_AFTER"),
    )
    found: list[When] = []
    for first, second in pairwise(timexes):
        span = _BACK_DURATION.match(second.value)
        way = after.match(text[second.end : second.end + 12])
        # (a date a noun owns counts too: "in a letter sent in May, two months before work
        # began")
        if roles.get(first) not in (anchors.DATES, anchors.MODIFIES) or not span or not way:
            continue
        if not between.match(text[first.end : second.start]):
            continue
        if _noun_phrase_after(text[second.end + way.end() :], language):
            continue  # "In May 2020, a year after the crash, …": a thing, not a clause
        back = way.group("way").lower() in a.COUNT_BACK
        value = _shifted(first.value, int(span.group(1)) * (-1 if back else 1), span.group(2))
        if value:
            counted = Timex(second.start, second.end, second.text, "DATE", value)
            found.append(When(counted, of_when_clause=True))
    return found


def counted_things(text: str, timexes: list[Timex], language: str) -> dict[Timex, When | None]:
    """ "A year after the crash on 3 May 2019, the airline resumed flights": the date is the
    crash's, and the clause took place the span after it (before it for "before"), in the
    coarser of the two precisions; by the thing's date, what dates the clause instead (a
    span with no count, "weeks after", dates nothing)."""
    a = lang.words(language, "anchors")
    rough = lang.words(language, "clauses").SPAN_APPROXIMATORS
    thing = anchor_pattern(language, "COUNTED_THING_AFTER")
    found: dict[Timex, When | None] = {}
    for n, (span, date) in enumerate(pairwise(timexes)):
        way = thing.match(text[span.end : date.start])
        if span.type not in ("DURATION", "SET") or date.type != "DATE" or not way:
            continue
        if any(t.type == "DATE" for t in timexes[n + 2 :]):
            found[date] = None  # "… after the tsunami of December 26, 2004, … on Tuesday"
            continue
        approximate = span.text.split()[0].lower() in rough  # "Nearly 20 years after"
        count = None if approximate else _BACK_DURATION.match(span.value)
        back = way.group("way").lower() in a.COUNT_BACK
        value = count and _coarse_shift(date.value, int(count[1]) * (1 if back else -1), count[2])
        counted = Timex(date.start, date.end, date.text, "DATE", value or "")
        found[date] = When(counted) if value else None
    return found


def _coarse_shift(value: str, count: int, unit: str) -> str | None:
    """``value`` moved by ``count`` units, to the unit's precision at finest: a year after 3
    May 2019 is May 2020 (not its day), two months after March 2024 is May 2024."""
    shifted = _shifted(value, count, unit)
    if shifted is None or unit not in "MY":
        return shifted
    return shifted[:7]  # (a year stays a year: ``_shifted`` keeps the value's precision)


def _noun_phrase_after(rest: str, language: str) -> bool:
    """Whether what follows "after" up to the comma is a thing ("the crash"), not a clause
    ("the club hired him", "Quinn replaced Doyle"): a determiner and no past verb before the
    comma, and the main clause's past verb after it."""
    c = lang.words(language, "clauses")
    chunks = [chunk.split() for chunk in rest.split(",", 2)]
    if len(chunks) < 2 or not chunks[0] or chunks[0][0].lower() not in c.DETERMINERS:
        return False
    past = [any(c.is_past(w.lower()) for w in chunk) for chunk in chunks[:2]]
    # (not "a week after its sponsor, the brewer Alder, withdrew": an apposition, then its verb)
    return not past[0] and past[1]


def _shifted(value: str, count: int, unit: str) -> str | None:
    """``value`` moved by ``count`` units, kept to its precision; None when the unit is finer
    than the date ("March, a week after …" says no day).

    >>> _shifted("2024-11", -2, "M"), _shifted("2025-03-04", 3, "D"), _shifted("1998", -1, "Y")
    ('2024-09', '2025-03-07', '1997')
    >>> _shifted("2025-03", -1, "W") is None
    True
    """
    parsed = parse_value(value)
    if parsed is None or parsed.precision not in ("year", "month", "day"):
        return None
    if parsed.precision == "day":
        if unit in "WD":
            days = count * (7 if unit == "W" else 1)
            return (parsed.start + timedelta(days=days)).date().isoformat()
        months = (
            parsed.start.year * 12 + parsed.start.month - 1 + count * (12 if unit == "Y" else 1)
        )
        day = min(parsed.start.day, 28)  # a month's day that every month has
        return (
            f"{months // 12:04d}-{months % 12 + 1:02d}-{day:02d}"
            if day == parsed.start.day
            else None
        )
    if parsed.precision == "month" and unit in "MY":
        months = (
            parsed.start.year * 12 + parsed.start.month - 1 + count * (12 if unit == "Y" else 1)
        )
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if parsed.precision == "year" and unit == "Y":
        return f"{parsed.start.year + count:04d}"
    return None


def _is_back_span(text: str, timex: Timex, language: str) -> bool:
    if timex.type != "DURATION" or not _BACK_DURATION.match(timex.value):
        return False
    of = f" {lang.words(language, 'clauses').OF} "
    if text[timex.end : timex.end + len(of)] == of:
        return True  # "eight years of fighting"
    past, before = _back_span(language)
    if past.match(timex.text):
        return True  # "for the past three weeks"
    return bool(before.search(text[max(0, timex.start - 24) : timex.start]))


def _split_year(text: str, first: Timex, second: Timex) -> bool:
    """ "1985/86", "1986-87": a season or a fiscal year written as two years."""
    years = _YEAR.match(first.value) and _YEAR.match(second.value)
    adjacent = first.end + 1 == second.start and text[first.end] in "/-"
    return bool(years and adjacent and second.value > first.value)


def _joins_range(text: str, first: Timex, second: Timex, language: str) -> bool:
    if _split_year(text, first, second):
        return True  # "in 1985/86": a season, not its first year
    opener, joiner = _range(language)
    before = text[max(0, first.start - 12) : first.start]
    if opener.search(before) and joiner.match(text[first.end : second.start]):
        return True
    c = lang.words(language, "clauses")
    between = text[first.end : second.start]
    bare = first.text.isdigit() or second.text.isdigit()
    if bare and between in c.RANGE_JOINERS and not between.isalpha():
        return True  # "June 4-12", "4-12 July": a bare day the other end's month names
    if _months_run(text, first, second, c):
        return True
    # the words written inside the ends: Spanish "[del 4] [al 12 de junio]"
    inside = first.text.split(" ", 1)[0].lower(), second.text.split(" ", 1)[0].lower()
    return (
        not text[first.end : second.start].strip()
        and inside[0] in c.RANGE_OPENERS
        and inside[1] in c.RANGE_JOINERS
    )


def _months_run(text: str, first: Timex, second: Timex, c: ModuleType) -> bool:
    """Whether two months joined by a dash or "to", the later after, are one span of months
    without a "from" before them: "output rose 4% in January-May" (or "January to May") tells
    the five months, not January. Not "and": "in March and May" are two months; and only after
    "in" or "during" (``MONTH_RUN_OPENERS``)."""
    if not (_MONTH.match(first.value) and _MONTH.match(second.value)):
        return False
    joined = text[first.end : second.start].strip().lower()
    if joined not in c.RANGE_JOINERS or joined == c.AND or second.value <= first.value:
        return False
    words = text[max(0, first.start - _OPENER_REACH) : first.start].lower().split()
    before = [w for w in words if w not in c.ARTICLES]
    return bool(before) and before[-1] in c.MONTH_RUN_OPENERS


def _periods_ended(text: str, timexes: list[Timex], language: str) -> dict[Timex, Timex]:
    """The dates that end a counted period ("the three months ended September 30"), each with
    the period's duration: the happening spans the period, not its last day."""
    a = lang.words(language, "anchors")
    between = anchor_pattern(language, "PERIOD_TO_BETWEEN")
    ending = anchor_pattern(language, "PERIOD_ENDING_BETWEEN")
    found: dict[Timex, Timex] = {}
    for first, second in pairwise(timexes):
        if not between.match(text[first.end : second.start]):
            continue
        if first.type == "DURATION" and _BACK_DURATION.match(first.value):
            found[second] = first
        named = _NAMED_PERIOD.match(first.value)
        opener = re.search(a.PERIOD_OPENER_BEFORE, text[max(0, first.start - 16) : first.start])
        if named and named.group(1) in a.PERIOD_LENGTHS and first.type == "DATE" and opener:
            # "the fourth quarter ended January 31": the three months to that day, when they
            # are whole months other than a calendar quarter (the tagger reads those) — or one
            # still running, as the day's year has it ("is expected in the quarter ending June
            # 30" in March: this June's quarter, where the tagger reads last year's)
            length = a.PERIOD_LENGTHS[named.group(1)]
            span = _period_span(length, second.value)
            running = ending.match(text[first.end : second.start])
            if span and (int(span[1][5:7]) % 3 or running):
                found[second] = Timex(first.start, first.end, first.text, "DURATION", length)
    noun = anchor_pattern(language, "PERIOD_NOUN_ENDED_BEFORE")
    for timex in timexes:
        named_by = noun.search(text, max(0, timex.start - 40), timex.start)
        if timex.type == "DATE" and timex not in found and named_by:
            # "in the half ended December 31": the tagger reads no "half"; its noun names it
            length = a.PERIOD_NOUN_LENGTHS[" ".join(named_by.group("noun").lower().split())]
            found[timex] = Timex(named_by.start(), named_by.start(), "", "DURATION", length)
    return found


def _period_span(duration: str, last: str) -> tuple[str, str] | None:
    """The first and last moments of a period of ``duration`` ending on ``last``: months to a
    month's end are whole months, weeks and days are days.

    >>> _period_span("P3M", "2024-09-30"), _period_span("P12W", "2024-10-06")
    (('2024-07', '2024-09'), ('2024-07-15', '2024-10-06'))
    >>> _period_span("P6M", "2024-06"), _period_span("P3M", "2024-09-15")
    (('2024-01', '2024-06'), None)
    """
    match = _BACK_DURATION.match(duration)
    value = parse_value(last)
    if match is None or value is None or value.precision not in ("day", "month"):
        return None
    count, unit = int(match.group(1)), match.group(2)
    end = value.end - timedelta(days=1)  # the period's last day
    if unit in "WD" and value.precision == "day":
        first = end - timedelta(days=count * (7 if unit == "W" else 1) - 1)
        return first.date().isoformat(), end.date().isoformat()
    if unit in "MY" and (end + timedelta(days=1)).day == 1:  # to a month's end
        months = end.year * 12 + end.month - 1 - count * (12 if unit == "Y" else 1) + 1
        return f"{months // 12:04d}-{months % 12 + 1:02d}", f"{end.year:04d}-{end.month:02d}"
    return None


def calendar_period(first: str, last: str) -> str | None:
    """The calendar quarter, half or year that whole months ``first`` to ``last`` make, in its
    own precision ("Revenue rose in the three months to March 31": the first quarter), or None.

    >>> calendar_period("2024-01", "2024-03"), calendar_period("2024-07", "2024-12")
    ('2024-Q1', '2024-H2')
    >>> calendar_period("2024-01", "2024-12"), calendar_period("2023-07", "2024-06")
    ('2024', None)
    """
    if not (_MONTH_VALUE.match(first) and _MONTH_VALUE.match(last)) or first[:4] != last[:4]:
        return None
    a, b = int(first[5:]), int(last[5:])
    if b - a == 2 and a % 3 == 1:
        return f"{first[:4]}-Q{a // 3 + 1}"
    if b - a == 5 and a in (1, 7):
        return f"{first[:4]}-H{a // 6 + 1}"
    return first[:4] if (a, b) == (1, 12) else None


_MONTH_VALUE = re.compile(r"\d{4}-\d\d$")


def calendar_year_ended(timex: Timex, period: Timex) -> bool:
    """Whether ``timex`` ends a year that is a calendar year ("a net loss in the year ended
    December 31, 1986": 1986's result, as "the quarter ended Sept. 30" is the third quarter's);
    a year ended another month is a fiscal one, which no calendar period names."""
    if period.value not in ("P1Y", "P12M"):
        return False
    span = _period_span(period.value, timex.value)
    whole = calendar_period(*span) if span else None
    return whole is not None and len(whole) == 4
