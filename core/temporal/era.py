"""Dates before the common era: "480 BC", "September 480 BC", "the autumn of 481 BC", "the
470s BC" (TIMEX3 writes them ``BC0480``, ``BC0480-09``, ``BC0481-FA``, ``BC047``).

The resolvers count such years on a calendar of their own (``calendar.BC_BASE``), so a BC
date is a story's time and an anchor like any other: "the following year" after 491 BC is
490 BC, "that summer" after 480 BC is 480 BC's. ``written`` gives the TIMEX3 form back.
"""

from __future__ import annotations

import re
from datetime import date

from core.lang import words
from core.temporal import story
from core.temporal.calendar import BC_BASE, BC_FROM, Context, is_bc

Resolved = tuple[str, str] | None

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def resolve_era(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    calendar = words(ctx.lang, "calendar")
    if m["decade"] is not None:
        ctx.anchor = None
        story.present(ctx)
        return "DATE", f"BC{int(m['decade'] or 0) // 10:03d}"
    year = int(m["year"])
    value = f"BC{year:04d}"
    month, precision = 1, "year"
    if m["month"]:
        month, precision = calendar.MONTHS[m["month"].lower()], "month"
        value += f"-{month:02d}"
    elif m["season"]:
        code = calendar.SEASONS[m["season"].lower()]
        month, precision = _SEASON_START[code], "quarter"
        value += "-" + code
    if not 0 < year <= BC_BASE - BC_FROM:
        ctx.anchor = None
        story.present(ctx)
        return "DATE", value
    day = date(BC_BASE - year, month, 1)
    ctx.mention(day, precision, end)
    story.written(ctx, day, precision, start, end, framed=True)
    return "DATE", value


def written(value: str) -> str:
    """A value as TIMEX3 writes it: a year the resolvers counted before the common era
    becomes ``BC`` and the year ("9521-SU" -> "BC0479-SU"), a century or decade likewise
    ("95" -> "BC04", "953" -> "BC046"); any other value is unchanged.

    >>> written("9521-SU"), written("95"), written("953"), written("19"), written("199")
    ('BC0479-SU', 'BC04', 'BC046', '19', '199')
    """
    if value[:1] in "56789" and value[:4].isdigit() and is_bc(int(value[:4])):
        return f"BC{BC_BASE - int(value[:4]):04d}{value[4:]}"
    if value.isdigit() and len(value) in (2, 3) and is_bc(int(value) * 10 ** (4 - len(value))):
        # a century or decade counted on the resolvers' calendar: the BC one most of its
        # years fall in ("95", years 9500-9599, is 500-401 BC: the 400s BC, "BC04")
        span = 10 ** (4 - len(value))
        return f"BC{(BC_BASE - int(value) * span - 1) // span:0{len(value)}d}"
    return value
