"""Time values as people read them: ``198`` is "1980s", ``1998-W10`` "week 10 of 1998",
``1987-03-19TAF`` "19 Mar 1987, afternoon".

The store keeps every date in its ISO / TIMEX3 form (``core.timeval``); these labels are for
showing only. Sort on the stored value's bounds, never on a label.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS_OF_DAY = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
    "DT": "daytime",
}  # fmt: skip
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
HALVES = {"H1": "first half", "H2": "second half"}
QUARTERS = ("first", "second", "third", "fourth")

# An era first ("BC0490", TIMEX3's way, or "-0490"), then a year, decade or century and
# whatever narrows it.
_VALUE = re.compile(
    r"^(?P<fiscal>FY)?(?P<era>BC|-)?(?P<digits>\d{2,4})"
    r"(?:-(?:Q(?P<quarter>[1-4])|(?P<part>SP|SU|FA|AU|WI|H1|H2)|W(?P<week>\d{2})(?P<we>-WE)?"
    r"|(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}(?::\d{2}){0,2})"
    r"|T(?P<pod>MO|MI|AF|EV|NI|DT))?)?))?$"
)


def date_label(
    value: str, end: str | None = None, *, undated: bool = False, long: bool = False
) -> str:
    """``value`` (to ``end``, for a span) written for people; ``long`` spells out weekday
    and month names. An undated event's value is the day its article reported it. A value
    this cannot read is given back as it is.

    >>> date_label("10"), date_label("198"), date_label("1998-W10")
    ('11th century', '1980s', 'week 10 of 1998 (2–8 Mar)')
    >>> date_label("1987-03-19TAF")
    '19 Mar 1987, afternoon'
    >>> date_label("1987-03-19", undated=True)
    'reported 19 Mar 1987, no date given'
    >>> date_label("1987-03-19", "1987-03-21")
    '19–21 Mar 1987'
    """
    if undated:
        return f"reported {_one(value, long)}, no date given"
    if end and end != value:
        return _span(value, end, long)
    return _one(value, long)


def precision_label(value: str, precision: str) -> str:
    """The unit an event's date is given in, as people name it: a season or a half of a year is
    stored at "quarter" precision but is no quarter ("1989-SU" is a season).

    >>> precision_label("1989-SU", "quarter"), precision_label("1986-H1", "quarter")
    ('season', 'half year')
    >>> precision_label("1989-Q2", "quarter")
    'quarter'
    """
    match = _VALUE.match(value) if precision == "quarter" else None
    part = match["part"] if match else None
    if part in SEASONS:
        return "season"
    if part in HALVES:
        return "half year"
    return precision


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _one(value: str, long: bool) -> str:
    # "1998-10-XX": a day of October 1998 the text does not give, written as its month
    m = _VALUE.match(re.sub(r"^((?:BC)?\d{4}(?:-\d{2})?)(?:-XX)+$", r"\1", value.strip()))
    if m is None:
        return value
    try:
        return _written(m, long)
    except ValueError:  # "1987-02-30", "1998-W60": no such day or week
        return value


def _written(m: re.Match[str], long: bool) -> str:
    digits, bc = m["digits"], m["era"] is not None
    era = " BC" if bc else ""
    if len(digits) == 2:
        return f"{ordinal(int(digits) + 1)} century{era}"
    if len(digits) == 3:
        return f"{int(digits) * 10}s{era}"
    year = int(digits)
    year_text = f"{year}{era}"
    if m["fiscal"]:
        fiscal = f"fiscal year {year_text}"
        return f"{QUARTERS[int(m['quarter']) - 1]} quarter of {fiscal}" if m["quarter"] else fiscal
    if m["quarter"]:
        return f"{QUARTERS[int(m['quarter']) - 1]} quarter of {year_text}"
    if m["part"] in HALVES:
        return f"{HALVES[m['part']]} of {year_text}"
    if m["part"]:
        return f"{SEASONS[m['part']]} {year_text}"
    if m["week"]:
        if bc:  # no ISO weeks before the common era
            raise ValueError(m.string)
        return _week(year, int(m["week"]), bool(m["we"]), long)
    if m["month"] is None:
        return year_text
    month = int(m["month"])
    if not 1 <= month <= 12:
        raise ValueError(month)
    if m["day"] is None:
        return f"{MONTHS[month - 1]} {year_text}"
    if bc:
        day = int(m["day"])
        if not 1 <= day <= 31:
            raise ValueError(day)
        return f"{day} {_month(month, long)} {year_text}"
    text = _day(date(year, month, int(m["day"])), long)
    if m["pod"]:
        return f"{text}, {PARTS_OF_DAY[m['pod']]}"
    if m["time"] in ("24", "24:00", "24:00:00"):  # ISO's end of the day: "midnight Friday"
        return f"{text}, midnight"
    if m["time"]:
        return f"{text}, {m['time'][:5] if ':' in m['time'] else m['time'] + ':00'}"
    return text


def _week(year: int, week: int, weekend: bool, long: bool) -> str:
    monday = date.fromisocalendar(year, week, 1)
    if weekend:
        saturday, sunday = monday + timedelta(days=5), monday + timedelta(days=6)
        return f"weekend of {_range(saturday, sunday, long)}"
    return f"week {week} of {year} ({_range(monday, monday + timedelta(days=6), long, False)})"


def _range(first: date, last: date, long: bool, with_year: bool = True) -> str:
    """ "2–8 Mar 1998", "28 Feb – 6 Mar 1998", "29 Dec 1997 – 4 Jan 1998"."""
    year = f" {last.year}" if with_year else ""
    if first.year != last.year:
        return f"{_dmy(first, long)} – {_dmy(last, long)}"
    if first.month != last.month:
        return (
            f"{first.day} {_month(first.month, long)} – {last.day} {_month(last.month, long)}{year}"
        )
    return f"{first.day}–{last.day} {_month(last.month, long)}{year}"


def _dmy(d: date, long: bool) -> str:
    return f"{d.day} {_month(d.month, long)} {d.year}"


def _month(month: int, long: bool) -> str:
    return MONTHS[month - 1] if long else MONTHS[month - 1][:3]


def _day(d: date, long: bool) -> str:
    if long:  # "Thursday 19 March 1987", as a heading reads
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def _span(start: str, end: str, long: bool) -> str:
    """A span written once where its ends share a year or month: "1987–1989",
    "March–May 1987", "19–21 Mar 1987"; else both ends in full."""
    a, b = _VALUE.match(start.strip()), _VALUE.match(end.strip())
    if a and b and _plain(a) and _plain(b) and a["era"] == b["era"] is None:
        same_shape = (a["month"] is None) == (b["month"] is None) and (a["day"] is None) == (
            b["day"] is None
        )
        if same_shape and a["month"] is None and len(a["digits"]) == len(b["digits"]) == 4:
            return f"{a['digits']}–{b['digits']}"
        if same_shape and a["digits"] == b["digits"] and a["day"] is None:
            first, last = MONTHS[int(a["month"]) - 1], MONTHS[int(b["month"]) - 1]
            return f"{first}–{last} {a['digits']}"
        if same_shape and a["day"] is not None:
            try:
                first_day = date(int(a["digits"]), int(a["month"]), int(a["day"]))
                last_day = date(int(b["digits"]), int(b["month"]), int(b["day"]))
            except ValueError:
                pass
            else:
                return _range(first_day, last_day, long)
    return f"{_one(start, long)} – {_one(end, long)}"


def _plain(m: re.Match[str]) -> bool:
    """A plain year, month or day: nothing of weeks, quarters, seasons or hours."""
    return not any(m[g] for g in ("fiscal", "quarter", "part", "week", "time", "pod"))
