"""The time model: a normalised value (ISO / TIMEX3 form), its precision, and its bounds.

A value keeps the precision it was written with: ``2014`` is a year, ``2022-02`` a month,
``2022-W05`` a week, ``2022-02-04`` a day, ``2022-02-04T23:15`` a time. Its bounds cover the
whole period (``2022-02`` runs from 1 Feb to 1 Mar), half-open, so the timeline can draw a
month-precision event as a band rather than a false exact point. TIMEX3's parts of the day
(``2022-02-04TNI``) are bounded as their day, and weekends (``2022-W05-WE``) as Saturday and
Sunday of their week, at week precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

Precision = Literal["century", "decade", "year", "quarter", "month", "week", "day", "time"]
PRECISIONS: tuple[str, ...] = (
    "century", "decade", "year", "quarter", "month", "week", "day", "time",
)  # fmt: skip

_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "AU": (9, 12), "WI": (12, 15)}
_HALF_MONTHS = {"H1": (1, 7), "H2": (7, 13)}

_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PART_OF_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(?:MO|MI|AF|EV|NI|DT)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|H1|H2)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
# "1998-10-XX": a day of October 1998 the text does not give; bounded as that month.
_DAY_UNSAID = re.compile(r"^(\d{4}(?:-\d{2})?)(?:-XX)+(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?$")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised time value with its precision and half-open bounds ``[start, end)``."""

    value: str
    precision: Precision
    start: datetime
    end: datetime

    @property
    def midpoint(self) -> datetime:
        return self.start + (self.end - self.start) / 2


def is_day_value(value: str) -> bool:
    """Whether a TIMEX3 value names one calendar day ("2022-02-24"; not "2022-02", nor
    "2022-02-24T10:00")."""
    return _DAY.match(value) is not None


def _add_months(year: int, month: int) -> datetime:
    """Month may run past 12 (seasons, halves): roll it into the following year."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1)


@lru_cache(maxsize=16384)  # the same few values, date after date (TimeValue is frozen)
def parse_value(value: str) -> TimeValue | None:
    """Parse a TIMEX3 date/time value into bounds, or ``None`` when it has none.

    >>> parse_value("2022-02").precision
    'month'
    >>> parse_value("2022-02-04TNI").precision
    'day'
    >>> parse_value("2022-W05-WE").start
    datetime.datetime(2022, 2, 5, 0, 0)
    >>> parse_value("PRESENT_REF") is None
    True
    >>> parse_value("1998-10-XX").precision
    'month'
    """
    value = value.strip()
    if unsaid := _DAY_UNSAID.match(value):
        known = parse_value(unsaid[1])
        return replace(known, value=value) if known else None
    try:
        return _parse(value)
    except ValueError:  # 2022-02-31 and friends: a value with no real day
        return None


def _parse(value: str) -> TimeValue | None:
    if m := _TIME.match(value):
        y, mo, d, h = (int(g) for g in m.groups()[:4])
        minute = int(m.group(5) or 0)
        second = int(m.group(6) or 0)
        step = timedelta(minutes=1) if m.group(5) else timedelta(hours=1)
        if h == 24 and minute == second == 0:
            # ISO 8601's end of the day ("midnight Friday", "2022-02-04T24:00"): its last
            # moment, drawn on that day rather than at the start of the next.
            end = datetime(y, mo, d) + timedelta(days=1)
            return TimeValue(value, "time", end - step, end)
        start = datetime(y, mo, d, h, minute, second)
        return TimeValue(value, "time", start, start + step)
    if m := _DAY.match(value) or _PART_OF_DAY.match(value):
        # A part of the day ("2022-02-04TNI": that night) has no agreed hours; it is bounded,
        # and drawn, as its day.
        start = datetime(*(int(g) for g in m.groups()))
        return TimeValue(value, "day", start, start + timedelta(days=1))
    if m := _WEEK.match(value):
        start = _iso_week_start(int(m[1]), int(m[2]))
        return TimeValue(value, "week", start, start + timedelta(days=7))
    if m := _WEEKEND.match(value):
        start = _iso_week_start(int(m[1]), int(m[2])) + timedelta(days=5)
        return TimeValue(value, "week", start, start + timedelta(days=2))
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return TimeValue(value, "month", datetime(y, mo, 1), _add_months(y, mo + 1))
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return TimeValue(value, "quarter", _add_months(y, 3 * q - 2), _add_months(y, 3 * q + 1))
    if m := _PART.match(value):
        y = int(m[1])
        first, after = {**_SEASON_MONTHS, **_HALF_MONTHS}[m[2]]
        precision: Precision = "quarter"
        return TimeValue(value, precision, _add_months(y, first), _add_months(y, after))
    if m := _YEAR.match(value):
        y = int(m[1])
        return TimeValue(value, "year", datetime(y, 1, 1), datetime(y + 1, 1, 1))
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return TimeValue(value, "decade", datetime(max(y, 1), 1, 1), datetime(y + 10, 1, 1))
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return TimeValue(value, "century", datetime(max(y, 1), 1, 1), datetime(y + 100, 1, 1))
    return None


def _iso_week_start(year: int, week: int) -> datetime:
    return datetime.combine(date.fromisocalendar(year, week, 1), datetime.min.time())


# A part of the year by its first month and its length in months: a season or a half, which a
# quarter's value would misname ("1989-SU", June to September, is no "1989-Q2").
_PARTS = {
    (first, after - first): code
    for code, (first, after) in {**_SEASON_MONTHS, **_HALF_MONTHS}.items()
    if code != "AU"  # (autumn is written "FA")
}


def format_span(start: datetime, end: datetime, precision: Precision | str) -> str:
    """``format_value`` of a span ``[start, end)``: at "quarter" precision, a season or a half
    keeps its own value ("1989-SU", "1986-H1") rather than the quarter it starts in."""
    if precision == "quarter":
        months = (end.year - start.year) * 12 + end.month - start.month
        part = _PARTS.get((start.month, months))
        if part is not None and start.day == 1:
            return f"{start.year:04d}-{part}"
    return format_value(start, precision)


def format_value(moment: date | datetime, precision: Precision | str) -> str:
    """The TIMEX3 value of ``moment`` at ``precision`` (years always written with 4 digits).

    >>> format_value(datetime(2022, 2, 4, 23, 15), "day")
    '2022-02-04'
    """
    y, m = moment.year, moment.month
    if precision == "time":
        return f"{y:04d}-{m:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"
    if precision == "day":
        return f"{y:04d}-{m:02d}-{moment.day:02d}"
    if precision == "week":
        iso = moment.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if precision == "month":
        return f"{y:04d}-{m:02d}"
    if precision == "quarter":
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if precision == "year":
        return f"{y:04d}"
    if precision == "decade":
        return f"{y // 10:03d}"
    return f"{y // 100:02d}"
