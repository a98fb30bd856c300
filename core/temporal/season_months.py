"""The year of a yearless month the story reaches after a season: "won promotion in August
2021. Over the winter it ran short of money; in March it sold its ground" is March 2022, after
that winter, not the March before the promotion. Asked by ``core.temporal.story.year``; the
season marks itself where the story placed it (``core.temporal.seasons``).
"""

from __future__ import annotations

from core.temporal.calendar import Anchor, Context
from core.temporal.news_months import BEHIND


def month_after(ctx: Context, story: Anchor, month: int) -> int:
    """The year of a yearless ``month`` the story reaches, counted from the season named
    since the story's date if there is one (``season_since``), else from the story. A
    winter written with its year is the story itself, not one reached after it ("In the
    winter of 2015 … In May": 2015's, as news means Jan-Feb of that year)."""
    season = season_since(ctx)
    if season is None:
        return story.day.year + (_own_month(story) - month >= BEHIND)
    year = _year_after(season, month)
    # never back at or before the story's own month: "began in November 2019. That winter
    # … in November it gave up" is November 2020
    return year + ((year, month) <= (story.day.year, story.day.month))


def season_since(ctx: Context) -> Anchor | None:
    """The season the story named just before, later than the story's time ("in August
    2021. Over the winter …"), when it is the last date the text named: a month next counts
    from it."""
    season = ctx.anchor
    if season is None or ctx.extra.get("season_told") != ctx.anchor_end:
        return None
    return season if ctx.anchor_end > ctx.story_end else None


def _own_month(story: Anchor) -> int:
    """The month a story's time counts from: a winter written with its year ("the winter
    of 2015") is that year's January and February, so a later month is the same year's."""
    return 2 if story.precision == "quarter" and story.day.month == 12 else story.day.month


# A month this many months before a winter, or fewer, is a look back from it; a later one
# comes after it ("in June 1941. That winter … in May": 1942's, "… in November": 1941's).
_BEFORE_WINTER = 4


def _year_after(season: Anchor, month: int) -> int:
    """The year of a yearless ``month`` reached after a ``season`` the story placed: the
    next such month unless it lies a little before the season's month, a look back. A
    winter (from December to February) straddles two years: a month of it or after it is
    the next year's, one shortly before it the winter's own."""
    if season.precision == "quarter" and season.day.month == 12:
        return season.day.year + ((12 - month) % 12 > _BEFORE_WINTER)
    return season.day.year + (season.day.month - month >= BEHIND)
