"""A clock time whose day is written after it in words the clock's own pattern does not read
("When the bells rang at midnight on the eve of 2012, …"): the tagger reads the clock
first, before it knows that day, so the day is set once both are found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol, TypeVar

from core.lang import words


class _Found(Protocol):
    """A time expression found (``core.temporal.tagger.Timex``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


Found = TypeVar("Found", bound=_Found)

# A clock time's value: its day and its time.
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}(T\d\d:\d\d\S*)")
# A whole day's value.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _joiner(lang: str) -> re.Pattern[str]:
    return re.compile(words(lang, "cues").CLOCK_ON_DAY)


def days_written_after(found: Sequence[Found], text: str, lang: str) -> list[Found]:
    """Each clock time followed by "on" and a day (``CLOCK_ON_DAY``) takes that day.

    >>> from datetime import date
    >>> from core.temporal.tagger import tag
    >>> [t.value for t in tag("The bells rang at midnight on Christmas Eve 1999.",
    ...                       date(2019, 12, 31))]
    ['1999-12-24T24:00', '1999-12-24']
    """
    out = list(found)
    for i in range(len(out) - 1):
        clock, day = out[i], out[i + 1]
        if clock.type != "TIME" or day.type != "DATE":
            continue
        time = _CLOCK.fullmatch(clock.value)
        if (
            time
            and _DAY.fullmatch(day.value)
            and _joiner(lang).fullmatch(text, clock.end, day.start)
        ):
            out[i] = replace(clock, value=day.value + time[1])  # a Timex, a frozen dataclass
    return out
