"""Compound durations: "two years and three months", "dos horas y 30 minutos", "deux ans et
six mois" are one length of time, P2Y3M, not two.

Two durations the language's "and" joins (``core.lang.<code>.cues.DURATION_AND``), each a
count of one unit and the first unit the larger, are read as one expression whose value adds
them up: a length given in a larger unit and the rest in a smaller one, as every calendar
language writes it.
"""

from __future__ import annotations

import re
from functools import cache

from core.lang import words

# One count of one unit: "P2Y", "PT30M", "P3D".
_SIMPLE = re.compile(r"P(T?)(\d+)([YMWDHS])")
# The units of a TIMEX3 duration, largest first; "M" is months before "T", minutes after.
_ORDER = {("", "Y"): 0, ("", "M"): 1, ("", "D"): 3, ("T", "H"): 4, ("T", "M"): 5, ("T", "S"): 6}


@cache
def joiner(lang: str) -> re.Pattern[str]:
    """What joins the two lengths of one in language ``lang``: English ", and", Spanish "y"."""
    return re.compile(words(lang, "cues").DURATION_AND, re.IGNORECASE)


def joined_value(first: str, second: str) -> str | None:
    """The value of two durations read as one, when the first counts a larger unit than the
    second; else None.

    >>> joined_value("P2Y", "P3M"), joined_value("PT2H", "PT30M"), joined_value("P2D", "PT3H")
    ('P2Y3M', 'PT2H30M', 'P2DT3H')
    >>> joined_value("PT30M", "PT2H"), joined_value("P2W", "P3D"), joined_value("PXY", "P3M")
    (None, None, None)
    """
    a, b = _SIMPLE.fullmatch(first), _SIMPLE.fullmatch(second)
    if not (a and b):
        return None
    rank_a, rank_b = _ORDER.get((a[1], a[3])), _ORDER.get((b[1], b[3]))
    if rank_a is None or rank_b is None or rank_a >= rank_b:
        return None
    date_part = "".join(m[2] + m[3] for m in (a, b) if not m[1])
    time_part = "".join(m[2] + m[3] for m in (a, b) if m[1])
    return "P" + date_part + ("T" + time_part if time_part else "")
