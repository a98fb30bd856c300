"""Dates before the common era: "480 BC", "September 480 BC", "the autumn of 481 BC", "the
470s BC" (TIMEX3 writes them ``BC0480``, ``BC0480-09``, ``BC0481-FA``, ``BC047``).

Python's calendar starts at year 1, so these dates are written, never counted from: the
story and the last date mentioned are cleared, and an anaphor after them ("the following
year") is not placed on the wrong side of the era.
"""

from __future__ import annotations

import re

from core.lang import words
from core.temporal import story
from core.temporal.calendar import Context

Resolved = tuple[str, str] | None


def resolve_era(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    calendar = words(ctx.lang, "calendar")
    ctx.anchor = None
    story.present(ctx)
    if m["decade"] is not None:
        return "DATE", f"BC{int(m['decade'] or 0) // 10:03d}"
    value = f"BC{int(m['year']):04d}"
    if m["month"]:
        value += f"-{calendar.MONTHS[m['month'].lower()]:02d}"
    elif m["season"]:
        value += "-" + calendar.SEASONS[m["season"].lower()]
    return "DATE", value
