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
    since the story's date if there is one (``season_since``), else from the story."""
    return _year_after(season_since(ctx) or story, month)


def season_since(ctx: Context) -> Anchor | None:
    """The season the story named just before, later than the story's time ("in August
    2021. Over the winter …"), when it is the last date the text named: a month next counts
    from it."""
    season = ctx.anchor
    if season is None or ctx.extra.get("season_told") != ctx.anchor_end:
        return None
    return season if ctx.anchor_end > ctx.story_end else None


# A month this many months before a winter, or fewer, is a look back from it; a later one
# comes after it ("the winter of 1941 … in May": 1942's, "… in November": 1941's).
_BEFORE_WINTER = 4


def _year_after(story: Anchor, month: int) -> int:
    """The year of a yearless ``month`` the story reaches: the next such month unless it
    lies a little before the story's month, a look back ("In June 1941 … in May": 1941's).
    A winter (from December to February) straddles two years: a month of it or after it
    is the next year's, one shortly before it the winter's own."""
    if story.precision == "quarter" and story.day.month == 12:
        return story.day.year + ((12 - month) % 12 > _BEFORE_WINTER)
    return story.day.year + (story.day.month - month >= BEHIND)
