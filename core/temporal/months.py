"""Resolvers for months: "in March", "September 1987", "March of last year", "the following
March", "that April". Days and other calendar dates are ``core.temporal.absolute``, whose
date placing (the story's year, the tense's side of publication) they share.

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the match is not a time expression after all ("May" the verb, "the Long
March"). The words they read are the document's language's (``core.lang.<code>.calendar``
and ``.cues``).
"""

from __future__ import annotations

import re
from datetime import date

from core.temporal import frames, story, story_relative
from core.temporal.absolute import (
    Resolved,
    _anaphoric_year,
    _cues,
    _placed,
    _yearless,
    month_number,
    written_year,
)
from core.temporal.calendar import RANK, Context
from core.temporal.tense import PAST, direction


def resolve_my(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    month = month_number(m["month"], ctx.lang)
    if m["year"] or m["spelled"]:
        year = (
            written_year(m["year"], ctx) if m["year"] else cues.calendar.spelled_year(m["spelled"])
        )
    elif m["yana"]:
        year = _anaphoric_year(m, ctx)
    elif _next_from_last_date(m, ctx, start, end):
        # "построили в мае 1961 года, а в марте следующего года выпустили": the year after
        # the last date, told in the past (as "наступного року" is)
        year = ctx.anchor.day.year + 1  # type: ignore[union-attr]
    else:  # "September of last year" counts from publication: the story has ended
        year = ctx.dct.year + cues.words.RELATIVE_STEP.get(m["yrel"].lower(), 0)
        story.present(ctx)
    _placed(ctx, date(year, month, 1), "month", start, end, bool(m["year"] or m["spelled"]), False)
    return "DATE", f"{year:04d}-{month:02d}"


def resolve_month(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    month = month_number(m["month"], ctx.lang)
    rel = (m["rel"] or "").lower()
    if not (m["mod"] or rel) and not _month_context(ctx, start, end, month):
        return None
    words_ = _cues(ctx.lang).words
    follows = words_.SEASON_FOLLOWING.get(" ".join(rel.split()))
    if follows and ctx.anchor:  # "the following March": the next one after the last date
        return _following_month(ctx, month, follows, start, end)
    # "Наступного березня" told after "У 1956 році"
    if story_relative.next_told(ctx, rel, start, end):
        return _following_month(ctx, month, 1, start, end)
    step = words_.RELATIVE_STEP.get(rel)
    told = False
    if step is not None:
        story.present(ctx)
    if step == -1:
        # "last February" in March: the February before (this one is "last month")
        gone = ctx.dct.month - (rel in _cues(ctx.lang).words.LAST_SKIPS_MONTH_GONE)
        year = ctx.dct.year if month < gone else ctx.dct.year - 1
    elif step == 1:
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif step == 0:
        year = ctx.dct.year
    elif ctx.anchor and re.search(
        _cues(ctx.lang).words.DEMONSTRATIVE_BEFORE, ctx.text[max(0, start - 8) : start]
    ):
        year, told = _demonstrated_year(ctx, month, start, end)  # "the flood of 1950 … That April"
    elif (own := frames.year_after(ctx, end)) is not None:
        # "on a cold February evening in 2009": the month's year is written after it
        _placed(ctx, date(own, month, 1), "month", start, end, True, False)
        return "DATE", f"{own:04d}-{month:02d}"
    else:
        year, told = _yearless(ctx, month, None, start, end)
    _placed(ctx, date(year, month, 1), "month", start, end, False, told)
    return "DATE", f"{year:04d}-{month:02d}"


def _demonstrated_year(ctx: Context, month: int, start: int, end: int) -> tuple[int, bool]:
    """The year "that April" points at: the last date's ("the flood of 1950 … That April":
    1950), unless that date is a bare year told in passing, a paragraph back, after the
    story had reached a month or a day of another year ("On April 8, 1994, the looms
    stopped … the house she bought in 1971. ¶ … announced that January": the story's 1994)."""
    anchor, told = ctx.anchor, ctx.story
    assert anchor is not None
    passing = anchor.precision == "year" and told is not None and told.day.year != anchor.day.year
    passing = passing and RANK[told.precision] >= RANK["month"] and ctx.story_end < ctx.anchor_end
    if passing and "\n" in ctx.text[ctx.anchor_end : start]:
        return _yearless(ctx, month, None, start, end)
    if (
        told is not None
        and anchor.precision == "year"
        and told.day.year != anchor.day.year
        and frames.in_relative_aside(ctx.text, ctx.anchor_end, ctx.anchor_end, ctx.lang)
        and _ASIDE_CLOSED.search(ctx.text, ctx.anchor_end, start) is not None
    ):
        # "The fire was on May 2, 2011. The mill, which opened in 1961, shut, and its
        # owner went bust that October": the relative tells the mill in passing; 2011's October
        return told.day.year, True
    # (but "The dam, which opened in 1957 and flooded that December, …": the month is the
    # aside's own, its year 1957)
    return anchor.day.year, True


# The mark that closes a relative aside before a later month ("…, which opened in 1961, shut").
_ASIDE_CLOSED = re.compile(r"[,;.!?]")


def _following_month(ctx: Context, month: int, step: int, start: int, end: int) -> Resolved:
    """ "the following March" (``step`` 1) or "the previous March" (-1): the next (last) such
    month after (before) the last date mentioned, or the story's time when that date was told
    in passing ("the flood of November 1968 … An inquiry opened the following March": 1969).
    """
    after = story_relative.reference(ctx, start, end, "year") or ctx.anchor
    assert after is not None
    if ctx.story is not None and story_relative.plan_ahead(ctx, after, start, end):
        after = ctx.story  # "approved in May 2016, with a launch in 2018. … the following
        # January": 2017, after the approval, not the launch that was only planned
    if step > 0:
        # a year told whole is over before its following month ("In 1968 … the following
        # March": 1969)
        passed = after.precision == "year" or month <= after.day.month
        year = after.day.year + passed
    else:
        year = after.day.year - (after.precision == "year" or month >= after.day.month)
    # the story goes on from the month after; the month before is a look back ("their first
    # win since the previous March")
    _placed(ctx, date(year, month, 1), "month", start, end, False, step > 0)
    return "DATE", f"{year:04d}-{month:02d}"


def _month_context(ctx: Context, start: int, end: int, month: int) -> bool:
    """Is a bare month name really the month, not "May" the verb or "April" the name?"""
    cues, text = _cues(ctx.lang), ctx.text
    before = text[max(0, start - 20) : start]
    if cues.month_prep.search(before):
        return True
    after = text[end : end + 12]
    if month in cues.words.VERB_MONTHS:  # verbs far more often than bare months
        if re.search(r"[A-Z][a-z]+\s+$", before) and not cues.month_determiner.search(before):
            return False  # "the Long March": a name
        if cues.month_determiner.search(before):
            # "the May election", not "the March on Washington", nor "no battles along the
            # March.", a march named before
            return not (cues.not_month_noun.match(after) or re.match(r"[.;!?]", after))
        return bool(re.match(r"\s*[,;.]?\s*(?:\d{4}\b|$)|[.;]\s", after))
    return not re.match(r"\s+[A-Z]", after) and not re.search(r"[A-Z][a-z]*\s*$", before)


def _next_from_last_date(m: re.Match[str], ctx: Context, start: int, end: int) -> bool:
    """Whether a month "of the next year" counts from the last date mentioned: in a language
    that reads it so (``NEXT_IN_PAST_FROM_LAST_DATE``), in a sentence told in the past."""
    words_ = _cues(ctx.lang).words
    step = words_.RELATIVE_STEP.get(m["yrel"].lower(), 0)
    return (
        step == 1
        and words_.NEXT_IN_PAST_FROM_LAST_DATE
        and ctx.anchor is not None
        and direction(ctx.text, start, end, ctx.lang) == PAST
    )
