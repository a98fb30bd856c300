"""Calendar arithmetic and the per-document state the resolvers share.

An ``Anchor`` is the last date the text mentioned, with its precision; anaphora ("the
following day", "a year earlier") count from it, deictic expressions ("yesterday") from the
publication date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from core.temporal.tense import FUTURE, NEAREST, PAST
from core.timeval import format_value

RANK = {"century": 0, "decade": 1, "year": 2, "quarter": 3, "month": 4, "week": 5, "day": 6}
_COMPARABLE = ("quarter", "month", "day")
# A line this short holding the publication's day is a dateline or a byline, not the news
_DATELINE_CHARS = 60
UNIT_PRECISION = {"Y": "year", "Q": "quarter", "M": "month", "W": "week", "D": "day"}
# Years before the common era are counted on a calendar of their own, since Python's starts
# at year 1: 480 BC is year ``BC_BASE - 480`` here, so "the following year" after it is
# 479 BC. ``core.temporal.era.written`` turns such a year back into TIMEX3's ``BC0479``.
BC_BASE = 10000
BC_FROM = 5000  # no year the tagger reads lies this far ahead


def is_bc(year: int) -> bool:
    """Is ``year`` (as the resolvers count) a year before the common era?"""
    return year >= BC_FROM


@dataclass(slots=True)
class Anchor:
    """A mentioned date: its first day and how precisely it was given."""

    day: date
    precision: str


@dataclass(slots=True)
class Context:
    """What the resolvers know while walking through one document."""

    text: str
    dct: date
    lang: str = "en"  # the text's language: whose words the resolvers read it with
    anchor: Anchor | None = None
    anchor_end: int = -1
    quarter: tuple[int, int] | None = None
    quarter_end: int = -1
    story: Anchor | None = None  # the time the text narrates (``core.temporal.story``)
    story_end: int = -1
    passed_over: int = -1  # the end of the last date the story passed over ("since 513 BC")
    told: set[int] = field(default_factory=set)  # starts of dates the story gave their year
    extra: dict[str, object] = field(default_factory=dict)
    published_at: time | None = None  # the publication's clock time, when the text gives it
    at: int = -1  # the start of the expression being read

    def reference(self, finest: str = "year") -> Anchor:
        """The last mentioned date if it is at least as precise as ``finest``, else the DCT."""
        if self.anchor and RANK[self.anchor.precision] >= RANK[finest]:
            return self.anchor
        return Anchor(self.dct, "day")

    def mention(self, day: date, precision: str, end: int) -> None:
        self.anchor = Anchor(day, precision)
        self.anchor_end = end
        if precision == "day":  # "the next day" after a month named in passing counts from it
            self.extra["day_anchor"] = (self.anchor, end)
            if "first_day" not in self.extra and not self._dateline(day, end):
                self.extra["first_day"] = day  # the day the news is about: ``clock``
        if RANK[precision] >= RANK["month"]:  # "the following month" after a year in passing
            self.extra["month_anchor"] = (self.anchor, end)
        # Only a completed quarter can be "the quarter" a report goes on about; a forecast
        # for "the fourth quarter" does not change which results the text discusses, nor does
        # a look back at an earlier one ("after a flat second quarter").
        named = (day.year, (day.month - 1) // 3 + 1)
        completed = precision == "quarter" and add_months(day, 3) <= self.dct
        if completed and (self.quarter is None or named >= self.quarter):
            self.quarter = named
            self.quarter_end = end
        elif precision == "quarter" and not completed:
            self.extra["ahead_quarter"] = named  # "optimistic about the fourth quarter"

    def _dateline(self, day: date, end: int) -> bool:
        """Is the day ending at ``end`` the publication's, on a short line of its own (a
        dateline, a byline: "By Ann Lee | Feb. 13, 2020")?"""
        if day != self.dct:
            return False
        line = self.text.rfind("\n", 0, end) + 1
        stop = self.text.find("\n", end)
        return (len(self.text) if stop == -1 else stop) - line <= _DATELINE_CHARS

    def year_before(self, start: int, sentence_start: int, deictic: bool = False) -> str:
        """What "a year earlier" / "year-ago" names: the period the sentence compares, a year back.

        Earnings reports compare a quarter (or a quarter-end date) with the same one a year
        before; elsewhere it is simply the year before the publication date. A ``deictic``
        "a year ago" counts from now, so a date still ahead ("elections on May 11 … since she
        took power a year ago") is no anchor for it.
        """
        anchor = self.anchor
        if anchor and deictic and anchor.day > self.dct:
            anchor = None
        if anchor and self.anchor_end > sentence_start and anchor.precision in _COMPARABLE:
            return fmt(shift(anchor.day, "Y", -1), anchor.precision)
        if self.quarter and start - self.quarter_end < 400:
            return f"{self.quarter[0] - 1:04d}-Q{self.quarter[1]}"
        return f"{self.dct.year - 1:04d}"

    def last_quarter(self) -> tuple[int, int]:
        """The quarter the text last named, else the last one completed before the DCT."""
        if self.quarter:
            return self.quarter
        return add_quarters(self.dct.year, (self.dct.month - 1) // 3 + 1, -1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + n
    return index // 4, index % 4 + 1


def shift(day: date, letter: str, n: int) -> date:
    """``day`` moved by ``n`` units (TIMEX3 letters Y, Q, M, W, D)."""
    if letter == "D":
        return day + timedelta(days=n)
    if letter == "W":
        return day + timedelta(weeks=n)
    if letter == "M":
        return add_months(day, n)
    if letter == "Q":
        return add_months(day, 3 * n)
    return add_months(day, 12 * n)


def fmt(day: date, precision: str) -> str:
    """The TIMEX3 value of ``day`` at ``precision``."""
    return format_value(day, precision)


def clock_value(day: date, hour: int, minute: int) -> str:
    """``2022-02-04T23:15``. Midnight after a day ("midnight Friday") is that day's end,
    ``T24:00`` as TIMEX3 and TimeBank write it: it belongs to Friday, not to Saturday."""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def coarser(a: str, b: str) -> str:
    return a if RANK[a] <= RANK[b] else b


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


# How far from the DCT a yearless date may lie before the tense moves it to another year:
# a day more than _DAY_PAST_REACH days ahead in a past sentence (_DAY_REACH whatever the
# tense but a future) is last year's; more than _DAY_FUTURE_REACH days behind in a future
# sentence (_DAY_BEHIND_REACH unless past), next year's.
_DAY_PAST_REACH, _DAY_REACH = 90, 183
_DAY_FUTURE_REACH, _DAY_BEHIND_REACH = 90, 300


def year_for_day(month: int, day: int, dct: date, tense: int) -> int:
    """The year of "February 14" given the DCT and the tense around it.

    The DCT's own year unless the date lies far on the side the tense rules out: news dates
    cluster around publication, and tense detection is too rough to move a date a whole year
    for a few weeks' difference.
    """
    year = dct.year
    if not valid_day(year, month, day):  # 29 February
        return year
    delta = (date(year, month, day) - dct).days
    if delta > 0 and (
        (tense == PAST and delta > _DAY_PAST_REACH) or (tense != FUTURE and delta > _DAY_REACH)
    ):
        return year - 1
    if delta < 0 and (
        (tense == FUTURE and delta < -_DAY_FUTURE_REACH)
        or (tense != PAST and delta < -_DAY_BEHIND_REACH)
    ):
        return year + 1
    return year


def day_needs_tense(month: int, day: int, dct: date) -> bool:
    """Whether ``year_for_day`` may answer differently for another tense: only for a day
    further from the DCT than the nearest reach (most dates of the news are nearer, and need
    no look at the sentence's verbs)."""
    year = dct.year
    if not valid_day(year, month, day):
        return False
    delta = (date(year, month, day) - dct).days
    return delta > min(_DAY_PAST_REACH, _DAY_REACH) or delta < -min(
        _DAY_FUTURE_REACH, _DAY_BEHIND_REACH
    )


# A past-tense sentence naming a month this many months after the DCT's means last year's.
# Not 1: the month just ahead is often future after all ("told … of a cutback in September",
# "has decided to admit them in early March"), which the verb cues miss.
_PAST_AHEAD = 2
# Any sentence but a future one naming a month more than this many months after the DCT's
# means last year's; a future one naming a month this many before it or more, next year's.
_AHEAD = 6
_FUTURE_BEHIND = 3
# A plan agreed in the past ("agreed to buy it in March") is the agreement's month gone by,
# unless the plan's month ahead is this near and the one gone by twice as far or farther.
_PLAN_AHEAD = 4


def year_for_month(month: int, dct: date, tense: int) -> int:
    """The year of "in August" given the DCT and the tense around it."""
    diff = month - dct.month
    past = tense == PAST and diff >= _PAST_AHEAD
    if diff > 0 and (past or (tense != FUTURE and diff > _AHEAD)):
        return dct.year - 1
    if diff < 0 and tense == FUTURE and diff <= -_FUTURE_BEHIND:
        return dct.year + 1
    if diff < 0 and tense == NEAREST and diff + 12 <= _PLAN_AHEAD:
        return dct.year + 1  # "agreed to buy it in February" in October: the coming one
    return dct.year


def month_needs_tense(month: int, dct: date) -> bool:
    """Whether ``year_for_month`` may answer differently for another tense: only for a month
    at least ``_PAST_AHEAD`` after the DCT's or ``_FUTURE_BEHIND`` before it."""
    diff = month - dct.month
    return diff >= min(_PAST_AHEAD, _AHEAD + 1) or diff <= -_FUTURE_BEHIND


def weekday_near(dct: date, weekday: int, tense: int) -> date:
    """The weekday (1 = Monday) meant by a bare "on Friday" in an article of ``dct``."""
    diff = weekday - dct.isoweekday()
    if diff == 0:
        return dct
    if tense == FUTURE or (tense == NEAREST and diff % 7 <= _NEAREST_DAYS_AHEAD):
        return dct + timedelta(days=diff % 7)
    return dct - timedelta(days=(-diff) % 7)


_NEAREST_DAYS_AHEAD = 3  # a weekday either way: the coming one up to three days ahead


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (negative: from the end) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def holiday_date(rule: tuple[str | int, ...], year: int) -> date:
    """The date in ``year`` of a named day, given by its language's rule
    (``core.lang.<code>.calendar.HOLIDAYS``).

    >>> holiday_date(("weekday", 11, 4, 4, 1), 2021)  # Black Friday
    datetime.date(2021, 11, 26)
    """
    kind, args = rule[0], [int(a) for a in rule[1:]]
    if kind == "day":
        return date(year, *args)
    if kind == "weekday":
        month, weekday, n, after = args
        return nth_weekday(year, month, weekday, n) + timedelta(days=after)
    if kind == "easter":
        return easter(year) + timedelta(days=args[0])
    raise ValueError(f"no such kind of holiday rule: {kind!r}")


def unknown(precision: str) -> str:
    """A date of ``precision`` whose place in time the text does not give.

    >>> unknown("month"), unknown("week")
    ('XXXX-XX', 'XXXX-WXX')
    """
    return {"week": "XXXX-WXX", "day": "XXXX-XX-XX", "month": "XXXX-XX"}.get(precision, "XXXX")
