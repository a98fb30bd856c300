"""The year of a yearless date a thing was put off to, counted from the date the sentence
gave its plan before: "The library's roof repair, first booked for March 2019, was put back to
September" means September 2019, the first September after the plan's March, not the
September after publication, however long ago that plan was told.

>>> from datetime import date
>>> from core.temporal.calendar import Anchor, Context
>>> text = "A cull of the deer herd set for March 2019 was delayed until September."
>>> ctx = Context(text=text, dct=date(2020, 2, 3), anchor=Anchor(date(2019, 3, 1), "month"))
>>> ctx.anchor_end = text.index(" was")
>>> target_year(ctx, 9, None, text.index("September"), len(text) - 1)
2019
"""

from __future__ import annotations

import re
from functools import cache

from core.lang import words
from core.temporal.calendar import Context
from core.temporal.tense import _cues, sentence_bounds

# The precisions of a plan's date that a target can count from ("due in March 2019", "set
# for 4 May"); a year alone ("planned for 2019") leaves the target's side of it unsaid.
_PLAN_PRECISIONS = frozenset({"month", "day"})


def target_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of the yearless ``month`` (and ``day``) at ``text[start:end]`` when it is the
    new date a verb of putting off gives (``MOVED_TO`` in the language's tense cues) and the
    same sentence named a date gone by before it: the first such date after that one. None
    otherwise (the tense's side of publication decides)."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision not in _PLAN_PRECISIONS or anchor.day >= ctx.dct:
        return None
    if ctx.anchor_end > start or ctx.anchor_end <= sentence_bounds(ctx.text, start, end)[0]:
        return None
    if not _moved_to(ctx, start, end):
        return None
    after = (month, day or 1) > (anchor.day.month, anchor.day.day)
    return anchor.day.year if after else anchor.day.year + 1


def _moved_to(ctx: Context, start: int, end: int) -> bool:
    """Is the date at ``text[start:end]`` the one a thing was put off to, its verb before it
    ("was put back to November") or after it (German "auf November verschoben")?"""
    if _moved_before(ctx.lang).search(ctx.text, max(0, start - _REACH), start):
        return True
    cues = _cues(ctx.lang)
    return bool(
        cues.target_before.search(ctx.text, max(0, start - 12), start)
        and cues.target_after.match(ctx.text, end)
    )


_REACH = 60  # characters: the verb, its object and the preposition before the new date


@cache
def _moved_before(lang: str) -> re.Pattern[str]:
    return re.compile(words(lang, "tense").MOVED_TO + r"\Z", re.IGNORECASE)
