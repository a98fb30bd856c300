"""A story taken up again after the present interrupted it: a yearless date told in the past
that publication cannot place.

A retrospective often opens on its story ("On 3 May 1961 the pier caught fire"), turns to
the news that recalls it ("Old fishermen laid wreaths on Sunday") and goes back to the story
("The last boats left the harbour on 5 May"). The news ended the story
(``core.temporal.story.present``), so the yearless "5 May" would be placed by the
publication date, told in the past though it lies after publication: a time that has not
come yet cannot have happened. In an anniversary piece, whose story lies at publication's
time of year, this is how the story's own dates fall; when the story the news ended reached
a time shortly before the day named, the story has resumed: the date is the story's, and
what follows counts from it. (Elsewhere a past verb before a date just ahead is more often
a plan misread, "they booked the hall for 28 June", and the publication's placement stands.)
"""

from __future__ import annotations

from datetime import date

from core.temporal.calendar import RANK, Anchor, Context, add_months, is_bc, valid_day
from core.temporal.tense import PAST, direction

# How near publication's time of year a story's day must lie for the text to be an
# anniversary piece ("forty years on, …").
_ANNIVERSARY_DAYS = 45
# How long after the story's last day a date it is taken up again with may lie: a few
# months ("the tower came down a fortnight later", "the repairs ended in the summer").
_RESUME_MONTHS = 6


def resumed_year(
    ctx: Context, month: int, day: int | None, near: int, start: int, end: int
) -> int | None:
    """The year of the yearless ``month`` (and ``day``) at ``text[start:end]`` when the
    publication's placement, in ``near``, lies after publication in a sentence told in the
    past, and the story the news ended had reached a time shortly before it; the story then
    goes on (``Context.story``). None otherwise: the publication's placement stands.

    >>> from core.temporal.tagger import tag
    >>> text = ("On 3 May 1961 the pier caught fire. Old fishermen laid wreaths on Sunday. "
    ...         "The last boats left the harbour on 5 May.")
    >>> [t.value for t in tag(text, date(2021, 5, 4))]
    ['1961-05-03', '2021-05-02', '1961-05-05']
    """
    ended = ctx.extra.get("ended_story")
    if ctx.story is not None or not isinstance(ended, Anchor) or is_bc(ended.day.year):
        return None
    if RANK[ended.precision] < RANK["month"] or ended.day.year >= ctx.dct.year:
        return None
    if not _after_publication(ctx.dct, near, month, day) or not _anniversary(ctx.dct, ended.day):
        return None
    year = _after_story(ended.day, month, day)
    if year is None or direction(ctx.text, start, end, ctx.lang) != PAST:
        return None
    del ctx.extra["ended_story"]
    ctx.story, ctx.story_end = ended, end
    return year


def _anniversary(dct: date, told: date) -> bool:
    """Does the story's day ``told`` lie near the publication date's time of year?"""
    day = min(told.day, 28) if told.month == 2 else told.day
    return any(
        abs((date(year, told.month, day) - dct).days) <= _ANNIVERSARY_DAYS
        for year in (dct.year - 1, dct.year, dct.year + 1)
    )


def _after_publication(dct: date, year: int, month: int, day: int | None) -> bool:
    """Does the date lie wholly after the publication date ``dct``?"""
    if day is None:
        return (year, month) > (dct.year, dct.month)
    return valid_day(year, month, day) and date(year, month, day) > dct


def _after_story(told: date, month: int, day: int | None) -> int | None:
    """The year that puts the date at or after the story's day ``told``, within
    ``_RESUME_MONTHS``; None when no year does."""
    for year in (told.year, told.year + 1):
        if day is not None and not valid_day(year, month, day):
            continue
        first = date(year, month, day or 1)
        if day is None and (year, month) == (told.year, told.month):
            return year  # the story's own month
        if told <= first <= add_months(told, _RESUME_MONTHS):
            return year
    return None
