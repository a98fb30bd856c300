"""A span counted from the story's last date ("dos días después", "horas antes") as a date.

TIMEX3 calls "two days later" a duration (P2D), and the Spanish TimeBank does too, so the
tagger keeps it one; a reader of a story told in the past takes it as a day: two days after
the last date the story gave. The words that make a span such an offset are the language's
(``clauses.OFFSET_WORDS``: none for English, whose tagger dates "two days later" itself).

>>> from core.temporal.tagger import Timex
>>> story = [Timex(0, 25, "el 9 de noviembre de 1989", "DATE", "1989-11-09"),
...          Timex(40, 56, "dos días después", "DURATION", "P2D")]
>>> [t.value for t in as_dates(story, "es")]
['1989-11-09', '1989-11-11']
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core import lang
from core.temporal.tagger import Timex

_SPAN = re.compile(r"^P(?:T(?P<hours>\d+|X)H|(?P<count>\d+)(?P<unit>[DWMY]))$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2}(?:T.*)?)?$")
_YEAR = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2}(?:T.*)?)?)?$")


def as_dates(timexes: list[Timex], language: str) -> list[Timex]:
    """``timexes`` with each offset span dated from the date before it (kept as it is when
    there is none precise enough: a wrong date is worse than none)."""
    c = lang.words(language, "clauses")
    words = c.OFFSET_WORDS
    if not words:
        return timexes
    rough = c.QUANTITY_WORDS | c.ADVERBS  # "menos de un año después": not a count to add
    found: list[Timex] = []
    last: Timex | None = None
    for timex in timexes:
        first = timex.text.split()[0].lower()
        value = _offset(timex, last, words) if last is not None and first not in rough else None
        if value is not None:
            timex = Timex(timex.start, timex.end, timex.text, "DATE", value)
        if timex.type in ("DATE", "TIME") and timex.value[:1].isdigit():
            last = timex
        found.append(timex)
    return found


def _offset(timex: Timex, last: Timex, words: dict[str, int]) -> str | None:
    if timex.type != "DURATION":
        return None
    way = next((step for word, step in words.items() if timex.text.lower().endswith(word)), 0)
    span = _SPAN.match(timex.value)
    if not way or span is None:
        return None
    if span["hours"]:  # "horas antes": the same day, when the count keeps within a day
        day = _DAY.match(last.value)
        hours = span["hours"]
        return day.group(0)[:10] if day and (hours == "X" or int(hours) < 12) else None
    count, unit = int(span["count"]) * way, span["unit"]
    if unit in "DW" and (day := _DAY.match(last.value)):  # "dos semanas después": 14 days
        days = count * (7 if unit == "W" else 1)
        then = date(int(day[1]), int(day[2]), int(day[3])) + timedelta(days=days)
        return then.isoformat()
    if unit == "M" and (month := _MONTH.match(last.value)):
        months = int(month[1]) * 12 + int(month[2]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Y" and (year := _YEAR.match(last.value)):
        return f"{int(year[1]) + count:04d}"
    return None
