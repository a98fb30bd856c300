"""Time ↔ pixel mapping and calendar axis ticks for the timeline. Pure Python: no Qt.

Times are float seconds since 1970-01-01 (naive UTC); they may be negative.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.timelabel import date_label
from core.timeval import format_span, format_value

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1)
DAY = 86_400.0
YEAR = 365.2425 * DAY
MIN_SPAN = 3_600.0  # narrowest view: about an hour across the widget
# datetime stops at years 1 and 9999; keep the view (and a tick step beyond it) inside.
MIN_T = (datetime(100, 1, 1) - EPOCH).total_seconds()
MAX_T = (datetime(9000, 1, 1) - EPOCH).total_seconds()
# Widest view: all of that, so that Show All fits any event, an 11th-century one with those
# of 2050 (five centuries at most left such a timeline an empty stretch of its middle).
MAX_SPAN = MAX_T - MIN_T

LABEL_PAD = 3.0  # a tick's label starts this far right of its tick line
LABEL_GAP = 8.0  # least free space between two neighbouring labels

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Measure = Callable[[str], float]


def to_datetime(t: float) -> datetime:
    return EPOCH + timedelta(seconds=t)


def to_seconds(dt: datetime) -> float:
    return (dt - EPOCH).total_seconds()


def _rough_width(text: str) -> float:
    """Stand-in for font metrics when none is given: about 7 px a character."""
    return 7.0 * len(text)


class TimeScale:
    """Maps time to x pixels: ``x = (t - t0) / spp``, clamped to sane zoom and range limits."""

    def __init__(self, t0: float = 0.0, spp: float = DAY, width: float = 800.0) -> None:
        self.width = max(1.0, float(width))
        self.t0 = float(t0)
        self.spp = float(spp)
        self._clamp()

    @property
    def t1(self) -> float:
        return self.t0 + self.width * self.spp

    def x_of(self, t: float) -> float:
        return (t - self.t0) / self.spp

    def t_of(self, x: float) -> float:
        return self.t0 + x * self.spp

    def zoom(self, factor: float, anchor_x: float) -> None:
        """Zoom in by ``factor`` (> 1 in, < 1 out), keeping the time under ``anchor_x`` there."""
        anchor_t = self.t_of(anchor_x)
        self.spp = self._clamped_spp(self.spp / factor)
        self.t0 = anchor_t - anchor_x * self.spp
        self._clamp()

    def pan(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right (the view goes back in time)."""
        self.t0 -= dx * self.spp
        self._clamp()

    def set_range(self, t0: float, t1: float) -> None:
        """Show ``[t0, t1]``; a range beyond the zoom limits keeps its centre."""
        centre = (t0 + t1) / 2
        self.spp = self._clamped_spp(abs(t1 - t0) / self.width)
        self.t0 = centre - self.width * self.spp / 2
        self._clamp()

    def resize(self, width: float) -> None:
        """A new widget width keeps the visible time range."""
        t0, t1 = self.t0, self.t1
        self.width = max(1.0, float(width))
        self.set_range(t0, t1)

    def _clamped_spp(self, spp: float) -> float:
        return min(max(spp, MIN_SPAN / self.width), MAX_SPAN / self.width)

    def _clamp(self) -> None:
        self.spp = self._clamped_spp(self.spp)
        self.t0 = min(max(self.t0, MIN_T), MAX_T - self.width * self.spp)


@dataclass(frozen=True, slots=True)
class _Step:
    unit: str  # "year", "month", "day", "hour", "minute"
    count: int
    min_seconds: float  # the least time between two ticks of this step
    fmt: str  # "long" or "short"


_STEPS: tuple[_Step, ...] = (
    *(_Step("minute", n, n * 60.0, "short") for n in (1, 2, 5, 10, 15, 30)),
    *(_Step("hour", n, n * 3600.0, "short") for n in (1, 2, 3, 6, 12)),
    _Step("day", 1, DAY, "long"),
    *(_Step("day", n, n * DAY, "short") for n in (1, 2, 5, 10)),
    *(_Step("month", n, n * 28 * DAY, "short") for n in (1, 2, 3, 6)),
    *(_Step("year", n, n * 365 * DAY, "short")
      for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)  # fmt: skip

_SAMPLE = {"minute": "23:45", "hour": "23:00", "day": "28", "month": "May", "year": "2000"}


def _minor_label(dt: datetime, step: _Step) -> str:
    if step.unit in ("minute", "hour"):
        return f"{dt.hour:02d}:{dt.minute:02d}"
    if step.unit == "day":
        day = str(dt.day)
        return f"{WEEKDAYS[dt.weekday()][:3]} {day}" if step.fmt == "long" else day
    if step.unit == "month":
        return MONTHS[dt.month - 1][:3]
    return str(dt.year)


def _floor(dt: datetime, unit: str, count: int) -> datetime:
    if unit == "year":
        return datetime(max(1, dt.year - dt.year % count), 1, 1)
    if unit == "month":
        return datetime(dt.year, dt.month - (dt.month - 1) % count, 1)
    if unit == "day":
        return datetime(dt.year, dt.month, 1)
    if unit == "hour":
        return datetime(dt.year, dt.month, dt.day, dt.hour - dt.hour % count)
    return datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute - dt.minute % count)


def _next_month(dt: datetime, months: int = 1) -> datetime:
    month = dt.month - 1 + months
    return datetime(dt.year + month // 12, month % 12 + 1, 1)


def _iter_ticks(t0: float, t1: float, unit: str, count: int) -> Iterator[datetime]:
    """Calendar-aligned tick times from before ``t0`` up to ``t1``."""
    dt = _floor(to_datetime(t0), unit, count)
    end = to_datetime(t1)
    while dt <= end:
        if unit == "year":
            yield dt
            dt = datetime(dt.year + count, 1, 1)
        elif unit == "month":
            yield dt
            dt = _next_month(dt, count)
        elif unit == "day":
            # Days 1, 1+n, 1+2n… of each month, dropping a last one too close to the next 1st.
            following = _next_month(dt)
            while dt < following and dt <= end:
                if dt.day == 1 or dt + timedelta(days=count) <= following:
                    yield dt
                dt += timedelta(days=count)
            dt = following
        else:
            yield dt
            dt += timedelta(hours=count) if unit == "hour" else timedelta(minutes=count)


def _ticks_for(t0: float, t1: float, step: _Step) -> list[tuple[float, str]]:
    return [
        (to_seconds(dt), _minor_label(dt, step))
        for dt in _iter_ticks(t0, t1, step.unit, step.count)
        if to_seconds(dt) >= t0
    ]


def _fits(ticks: list[tuple[float, str]], spp: float, measure: Measure) -> bool:
    right = -math.inf
    for t, label in ticks:
        x = t / spp + LABEL_PAD
        if x < right + LABEL_GAP:
            return False
        right = x + measure(label)
    return True


_LAST_STEP: list[tuple[tuple[float, float, float, Measure], _Step]] = []  # one frame's


def _choose_step(t0: float, t1: float, width_px: float, measure: Measure) -> _Step:
    """The finest step whose labels fit (remembered for the last view: a frame asks twice,
    for the minor ticks and for the major ones)."""
    key = (t0, t1, width_px, measure)
    if _LAST_STEP and _LAST_STEP[0][0] == key:
        return _LAST_STEP[0][1]
    step = _finest_fitting(t0, t1, width_px, measure)
    _LAST_STEP[:] = [(key, step)]
    return step


def _finest_fitting(t0: float, t1: float, width_px: float, measure: Measure) -> _Step:
    spp = (t1 - t0) / max(1.0, width_px)
    for step in _STEPS:
        sample = _minor_label(datetime(2000, 9, 27, 23, 45), step) if step.fmt == "long" else ""
        needed = max(measure(sample or _SAMPLE[step.unit]), 1.0) + LABEL_GAP
        if step.min_seconds / spp < needed:
            continue
        if _fits(_ticks_for(t0, t1, step), spp, measure):
            return step
    return _STEPS[-1]


def axis_ticks(
    t0: float, t1: float, width_px: float, measure: Measure | None = None
) -> list[tuple[float, str]]:
    """Calendar ticks for ``[t0, t1]`` drawn across ``width_px`` pixels, as ``(t, label)``.

    The step is the finest whose labels, each starting ``LABEL_PAD`` right of its tick and
    ``measure(label)`` pixels wide, keep ``LABEL_GAP`` apart: years, then months, days,
    hours and minutes as the range shrinks.

    >>> [label for _, label in axis_ticks(0, 3 * YEAR, 100)]
    ['1970', '1972']
    >>> [label for _, label in axis_ticks(0, 3 * YEAR, 200)]
    ['Jan', 'Jul', 'Jan', 'Jul', 'Jan', 'Jul']
    """
    if t1 <= t0:
        return []
    measure = measure or _rough_width
    return _ticks_for(t0, t1, _choose_step(t0, t1, width_px, measure))


def _major_label(dt: datetime, unit: str, fmt: str) -> str:
    if unit == "year":
        return str(dt.year)
    month = MONTHS[dt.month - 1]
    if unit == "month":
        return f"{month} {dt.year}" if fmt == "long" else f"{month[:3]} {dt.year}"
    weekday = WEEKDAYS[dt.weekday()]
    if fmt == "long":
        return f"{weekday} {dt.day} {month} {dt.year}"
    return f"{weekday[:3]} {dt.day} {month[:3]} {dt.year}"


_MAJOR_UNIT = {"month": "year", "day": "month", "hour": "day", "minute": "day"}


def axis_major_ticks(
    t0: float,
    t1: float,
    width_px: float,
    measure: Measure | None = None,
    measure_major: Measure | None = None,
) -> list[tuple[float, str]]:
    """The upper axis tier: the periods that hold the minor ticks ("2022" over months,
    "February 2022" over days, "Friday 4 February 2022" over hours), starting with the one
    that holds ``t0`` even when it began before it. Empty over year ticks. ``measure`` sizes
    the minor labels, ``measure_major`` (default: the same) these."""
    if t1 <= t0:
        return []
    measure = measure or _rough_width
    measure_major = measure_major or measure
    unit = _MAJOR_UNIT.get(_choose_step(t0, t1, width_px, measure).unit)
    if unit is None:
        return []
    spp = (t1 - t0) / max(1.0, width_px)
    periods = list(_iter_ticks(t0, t1, unit, 1))
    start = to_datetime(t0)
    while len(periods) > 1 and periods[1] <= start:  # begin with the period holding t0
        periods.pop(0)
    for fmt in ("long", "short"):
        ticks = [(to_seconds(dt), _major_label(dt, unit, fmt)) for dt in periods]
        if _fits(ticks[1:], spp, measure_major):
            break
    return ticks


def format_when(start: float, end: float, precision: str) -> str:
    """An event's date as a person reads it, at its own precision ("February 2022"), as the
    table and the detail panel write it (``core.timelabel``)."""
    first = format_span(to_datetime(start), to_datetime(end), precision)
    if precision == "day" and end - start > 1.5 * DAY:
        return date_label(first, format_value(to_datetime(end - DAY), "day"))
    return date_label(first)
