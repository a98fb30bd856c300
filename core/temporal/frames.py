"""Dates that frame another or stand aside from the story (``core.temporal.story``).

A year named just before a yearless month gives it its year ("Торік у грудні", "el año
pasado, en diciembre"); a date in a participle set off by commas ("Las obras, iniciadas en
marzo de 2023, sufrieron …") is told in passing and never becomes the story's time; a
yearless month in the season named just before it takes that season's year; the age of a
thing named in passing ("the bridge, which dates from 1780") is no time the text goes on from.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from core.lang import words
from core.temporal.calendar import Context
from core.temporal.firsts import led
from core.temporal.tense import FUTURE, PAST, direction, sentence_bounds

# A yearless month right after a year ("Торік у грудні", "el año pasado, en diciembre", "in
# 2023, in February"): only commas, spaces and one short preposition between them.
_FRAME_GAP = re.compile(r"[\s,]*(?:[^\W\d_]{1,2}\s+)?")


_YEAR_TAIL = re.compile(r"(?<!\d)\d{4}(?=[^\W\d_]{0,7}$|\s[^\W\d_]{1,7}$|$)")


def frame_year(ctx: Context, start: int) -> int | None:
    """The year of a yearless month (or day) named straight after a year, which frames it:
    "Торік у грудні" is last year's December, "В прошлом году в ноябре" last year's November,
    whatever side of publication the month lies on; None when no year is named just before,
    or the two make a range ("from 2019 to March").

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> [t.value for t in tag("Last year, in December, the bridge closed.", date(2025, 11, 21))]
    ['2024', '2024-12']
    """
    owner = _owning_year(ctx, start)
    if owner is not None:
        return owner
    anchor = ctx.anchor
    if anchor is None or anchor.precision != "year" or ctx.anchor_end < 0:
        return None
    gap = ctx.text[ctx.anchor_end : start]
    if not _FRAME_GAP.fullmatch(gap) or re.match(words(ctx.lang, "cues").RANGE_JOIN, gap):
        return None
    # the year's digits, a word after them ("за 2020 год") part of the expression
    tail = _YEAR_TAIL.search(ctx.text, max(0, ctx.anchor_end - 12), ctx.anchor_end)
    year_at = tail.start() if tail else ctx.anchor_end
    term = words(ctx.lang, "cues").TERM_BEFORE_DATE
    if tail and re.search(term, ctx.text[max(0, year_at - 24) : year_at], re.IGNORECASE):
        return None  # "to redeem notes due 2023 on Nov. 15": a maturity frames no day; nor
        # does a report's period ("отчет за 2020 год 5 апреля")
    if re.search(words(ctx.lang, "cues").SPAN_END_BEFORE, ctx.text[max(0, year_at - 12) : year_at]):
        return None  # "signed an extension until 2028 in April": the year ends the span it
        # signed for; April is the signing's, the news's
    if "," in gap and in_relative_aside(ctx.text, ctx.anchor_end, ctx.anchor_end, ctx.lang):
        return None  # "Жители, которым станцию обещали в 1987 году, в сентябре провели
        # пикет": the year closes an aside about the people, the month is the news's
    return anchor.day.year


def year_ended(ctx: Context, month: int, day: int | None, start: int) -> int | None:
    """The year of a yearless day that ends the year named just before it ("fiscal 1984
    ended July 31", told in April 1985: July 31, 1984), when that day is gone by and a year
    on it is still ahead; None otherwise ("fiscal 1986 ended March 31" told in May 1987 may
    be a year that ends in 1987, as Japan's do: left to the tense).

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> [t.value for t in tag("Rents rose in fiscal 1984 ended July 31.", date(1985, 4, 13))]
    ['1984', '1984-07-31']
    """
    anchor = ctx.anchor
    if day is None or anchor is None or anchor.precision != "year" or ctx.anchor_end < 0:
        return None
    if not _year_ended_gap(ctx.lang).fullmatch(ctx.text, ctx.anchor_end, start):
        return None
    year = anchor.day.year
    try:
        ended, ahead = date(year, month, day), date(year + 1, month, day)
    except ValueError:  # February 29
        return None
    return year if ended <= ctx.dct < ahead else None


@cache
def _year_ended_gap(language: str) -> re.Pattern[str]:
    return led(re.compile(words(language, "cues").YEAR_ENDED_GAP, re.IGNORECASE))


# How far before a month the year owning its happening is looked for ("next year's regatta will
# take place in the second half of August").
_OWNER_REACH = 120


@cache
def _possessive_frame(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").POSSESSIVE_YEAR_FRAME, re.IGNORECASE))


def _owning_year(ctx: Context, start: int) -> int | None:
    """The year of a happening named by its year's possessive, the subject of the clause that
    says when in that year it takes place: "next year's regatta will take place in August" is next
    year's August, whatever side of publication August lies on."""
    before = ctx.text[max(0, start - _OWNER_REACH) : start]
    found = _possessive_frame(ctx.lang).search(before)
    if found is None:
        return None
    step = words(ctx.lang, "cues").RELATIVE_STEP.get(found["rel"].lower())
    return None if step is None else ctx.dct.year + step


@cache
def _origin_aside(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").ORIGIN_ASIDE_BEFORE, re.IGNORECASE))


def origin_aside(text: str, start: int, lang: str) -> bool:
    """Is the date at ``start`` when a thing named in passing was founded or built ("the
    firm, founded in 1979 by his father, filed for bankruptcy that June", "le pont, qui date
    de 1780")? Its year dates the thing: "that June" or "two days later" after it count from
    the story, not from the thing's origin.

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> text = "The dam burst in March 2016. The mill, built in 1888, flooded two days later."
    >>> [t.value for t in tag(text, date(2020, 5, 1))][-1]
    '2016-03'
    """
    return _origin_aside(lang).search(text, max(0, start - 60), start) is not None


def looked_back(ctx: Context, year: int, start: int) -> bool:
    """Is the bare ``year`` at ``start`` a look back inside a sentence that has already named a
    later date of its own, one gone by ("In 2009 the choir toured Norway, with a conductor
    trained in 1981.", "In June 2016 the divers mapped a wreck that sank in 1917.")? It tells
    the background of a thing: "the following year" or "later that year" after it count from
    the sentence's own time, not from the look back. A date still ahead is no such time
    ("The pier, due to be rebuilt in 2027, opened in 1955": "the next year" is 1956).

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> text = "In 2009 a choir led by a man trained in 1981 toured Norway. It won the next year."
    >>> [t.value for t in tag(text, date(2020, 5, 1))][-1]
    '2010'
    """
    said = ctx.anchor
    if said is None or said.day.year <= year or ctx.anchor_end == ctx.passed_over:
        return False
    if said.day > ctx.dct:
        return False  # a plan ahead, no time the sentence has reached
    return ctx.anchor_end > sentence_bounds(ctx.text, start, start)[0]


@cache
def _month_year_after(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").MONTH_YEAR_AFTER, re.IGNORECASE))


def year_after(ctx: Context, end: int) -> int | None:
    """The year written a few words after a yearless month that ends at ``end`` ("on a
    January night in 2013"), or None. That year, when it comes, is the month's own: it sets
    no coarser time of the story (``is_month_year``)."""
    m = _month_year_after(ctx.lang).match(ctx.text, end)
    if m is None:
        return None
    ctx.extra["month_year_at"] = m.start("year")
    return int(m["year"])


def is_month_year(ctx: Context, start: int) -> bool:
    """Is the year at ``start`` the one ``year_after`` gave the month before it?"""
    return ctx.extra.get("month_year_at") == start


_A_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@cache
def _record_since(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").RECORD_SINCE_BEFORE, re.IGNORECASE))


def record_baseline(text: str, start: int, lang: str) -> bool:
    """Is the date at ``start`` the baseline of a record ("the lowest level since records
    began in 1976")? The record is news of now: "that summer" after it is the record's summer.

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> text = "Rain hit its lowest since records began in 1976 last August. Bans came that summer."
    >>> [t.value for t in tag(text, date(2025, 1, 22))][-1]
    '2024-SU'
    """
    found = _record_since(lang).search(text, max(0, start - 100), start)
    # the first date after "since" is the baseline; a later one ("since 1988 in June 2001")
    # is when the record fell
    return found is not None and not _A_YEAR.search(text, found.start(), start)


@cache
def _aside(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    a = words(lang, "anchors")
    return re.compile(a.ASIDE_PARTICIPLE_BEFORE, re.IGNORECASE), tuple(a.ASIDE_PARTICIPLE_ENDINGS)


def in_participle_aside(text: str, start: int, end: int, lang: str) -> bool:
    """Is ``text[start:end]`` the date of a participle set off by commas ("the bridge, closed
    in 2020, will reopen", "дамбу, построенную в 1983 году,")? (As ``core.events.anchors``
    reads it, for the story's time.)"""
    pattern, endings = _aside(lang)
    found = pattern.search(text, max(0, start - 80), start)
    # its comma straight after the date, or after a few words with no past form of their own
    # ("La présidente, nommée en mai 2026 au conseil, a annoncé …")
    rest = _ASIDE_REST.match(text, end)
    if found is None or rest is None:
        return False
    is_past = words(lang, "clauses").is_past
    if any(is_past(w) for w in re.findall(r"[^\W\d_]+", rest.group("words"))):
        return False
    participle = found.group("participle")
    return is_past(participle) or participle.lower().endswith(endings)


@cache
def _relative(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").RELATIVE_ASIDE_BEFORE, re.IGNORECASE))


def in_relative_aside(text: str, start: int, end: int, lang: str) -> bool:
    """Is ``text[start:end]`` the date of a relative clause set off by commas ("Albrecht, who
    joined in June 2015, unveiled a scheme in October")? It tells the person or thing in
    passing: the story is not there, and "in October" is the news's October.

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> text = "Okafor, who took charge in June 2017, unveiled a budget in May."
    >>> [t.value for t in tag(text, date(2019, 7, 30))]
    ['2017-06', '2019-05']
    """
    if not _relative(lang).search(text, max(0, start - 70), start):
        return False
    # set off by a comma after it, or closing its sentence ("… by Obras Norte, whose works
    # began in October 2022. In December …"): either way the story is not there
    return _RELATIVE_REST.match(text, end) is not None or _CLOSING_REST.match(text, end) is not None


_ASIDE_REST = re.compile(r"(?P<words>[^,.;:!?\n\"“”«»]{0,40})[,;]")
# A relative clause runs on to its closing comma, a second verb phrase and all ("Ruiz, who
# was hired in May 2019 and had to wait a year for his first game, warned …").
_RELATIVE_REST = re.compile(r"[^,.;:!?\n\"“”«»]{0,120}[,;]")
# The end of a sentence within a few words ("…, which began in October 2022 (AP).")
_CLOSING_REST = re.compile(r"[^,.;:!?\n\"“”«»]{0,40}[.!?](?:\s|$)")


def season_year(ctx: Context, month: int, start: int) -> int | None:
    """The year of a yearless ``month`` that lies in the season (or quarter) named just
    before it, in the same paragraph: "a spring offensive in 2008 … began with a March
    operation" is March 2008, whatever the story's time; else None."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision != "quarter" or start - ctx.anchor_end > _SEASON_SPAN:
        return None
    if "\n" in ctx.text[ctx.anchor_end : start] and not _heads(ctx.text, ctx.anchor_end, start):
        return None
    into = (month - anchor.day.month) % 12
    if into >= 3:
        return None
    year = anchor.day.year + (anchor.day.month + into > 12)  # winter's January is next year's
    told = (year, month) < (ctx.dct.year, ctx.dct.month)
    ahead = (year, month) > (ctx.dct.year, ctx.dct.month)
    if told or ahead:
        tense = direction(ctx.text, start, start + 1, ctx.lang)
        if told and tense == FUTURE:
            return None  # "работали с весны. … Экспозиция продлится до конца марта": ahead
        if ahead and tense == PAST:
            return None  # "works put back to spring 2025. The board approved in April …":
            # a deed already done is no month of the season still to come
    return year


# How far after a season a month may be named and still be read as one of its months.
_SEASON_SPAN = 300


def _heads(text: str, inside: int, start: int) -> bool:
    """Is ``inside`` in a heading, a short line, of the paragraph ``start`` is in
    ("Spring offensives on Shia militias¶¶At the end of March, …")?"""
    line_start = text.rfind("\n", 0, inside) + 1
    line_end = text.find("\n", inside)
    if line_end == -1 or line_end - line_start > _HEADING_CHARS:
        return False
    return not text[line_end:start].strip("\n").count("\n")


# A line this short, alone in its paragraph, is a heading.
_HEADING_CHARS = 80
