"""A weekday and the week it falls in, written apart: "on Thursday of next week", "on
Thursday next week". The tagger reads two expressions (this week's Thursday, and next week);
together they are one day, the Thursday of next week.

>>> from core.temporal.tagger import Timex
>>> text = "It will reopen on Thursday of next week."
>>> day = Timex(18, 26, "Thursday", "DATE", "1987-05-07")
>>> week = Timex(30, 39, "next week", "DATE", "1987-W20")
>>> [(t.text, t.value) for t in weekdays_in_weeks(text, [day, week])]
[('Thursday of next week', '1987-05-14')]
"""

from __future__ import annotations

import re
from datetime import date

from core import lang
from core.temporal.tagger import Timex
from core.timeval import parse_value

_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_BETWEEN = re.compile(r"^\s*(?:of\s+)?$", re.I)  # English "of"; other languages: adjacent only


def weekdays_in_weeks(text: str, timexes: list[Timex], language: str = "en") -> list[Timex]:
    """``timexes`` with each weekday followed by the week it falls in joined into that day,
    and the weekdays listed before it put in that week too ("on Tuesday and Wednesday next
    week": both days of next week)."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        week = _WEEK.match(timex.value)
        if previous is not None and week and _BETWEEN.match(text[previous.end : timex.start]):
            day = parse_value(previous.value) if previous.type == "DATE" else None
            if day is not None and day.precision == "day" and previous.text[:1].isupper():
                weekday = day.start.isoweekday()
                joined = date.fromisocalendar(int(week.group(1)), int(week.group(2)), weekday)
                span = text[previous.start : timex.end]
                out[-1] = Timex(previous.start, timex.end, span, "DATE", joined.isoformat())
                _listed_in_week(text, out, week, language)
                continue
        out.append(timex)
    return out


def _listed_in_week(text: str, out: list[Timex], week: re.Match[str], language: str) -> None:
    """The weekdays listed straight before ``out[-1]`` ("Tuesday and" in "Tuesday and
    Wednesday next week"), each moved into ``week``."""
    joiners = {",", *lang.words(language, "clauses").COORDINATORS}
    k = len(out) - 2
    while k >= 0:
        between = text[out[k].end : out[k + 1].start].replace(",", " , ").split()
        day = parse_value(out[k].value) if out[k].type == "DATE" else None
        if not between or not set(between) <= joiners or day is None or day.precision != "day":
            return
        if not out[k].text[:1].isupper() or " " in out[k].text.strip():
            return  # a weekday's name alone: "Tuesday", not "March 3"
        weekday = day.start.isoweekday()
        moved = date.fromisocalendar(int(week.group(1)), int(week.group(2)), weekday)
        out[k] = Timex(out[k].start, out[k].end, out[k].text, "DATE", moved.isoformat())
        k -= 1


def weekday_named(timex: Timex, language: str = "en") -> bool:
    """Whether ``timex`` opens on a weekday's name ("Tuesday", "Tuesday morning"); a past
    clause takes the day after publication from one only when the text's own use of that
    weekday moved it there (``core.temporal.weekdays.same_weekday_ahead``)."""
    first = timex.text.split()[:1]
    return bool(first) and first[0].lower() in lang.words(language, "calendar").WEEKDAYS
