"""The date forms that header lines and metadata write, parsed by explicit patterns.

"Fri 4 Feb 2022, 23:15", "Feb. 4, 2022 11:02 AM", "04.02.22 23:15", "2022-02-04T23:15":
each a complete date (day or time precision), read in microseconds. dateparser, which costs
~0.3 s to import and ~1 ms a call, is the fallback for whatever the patterns miss.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from core.lang import dateparser, words
from core.timeval import format_value

log = logging.getLogger(__name__)

# Header lines, datelines and metadata are read as English, whatever the article's language:
# the wire services and sites Datelines reads write their dates so.
DATE_LANGUAGE = "en"
MONTHS = words(DATE_LANGUAGE, "calendar").MONTHS
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_CLOCK = (
    r"(?P<{h}>\d{{1,2}})[:.](?P<{mi}>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
    r"\s*(?P<{ap}>[ap]\.?\s?m\b\.?)?"
)
# "…, 23:15", "… at 11:15 PM", "… - 23:15", "… | 11:15 PM", "… 202211:15" (run together)
_TIME_AFTER = r"(?:,?\s*(?:at\s+|[-|·•/–—]\s*)?" + _CLOCK.format(h="h", mi="mi", ap="ap") + r")?"
_TIME_BEFORE = r"(?:" + _CLOCK.format(h="h0", mi="mi0", ap="ap0") + r"(?:\s*[A-Z]{2,5})?,?\s+)?"
_ZONE = (
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}"
    r"|\(?(?:GMT|UTC|[A-Z]{1,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?))?"
)

# One complete date (day or time precision), as header lines and metadata write it.
_QUICK = re.compile(
    r"\s*(?:"
    r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"(?:[T ](?P<ih>\d{2}):(?P<imi>\d{2})(?::\d{2}(?:\.\d+)?)?)?"
    r"|" + _TIME_BEFORE + _WEEKDAY + r"(?:"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + MONTH + r"),?\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<na>\d{1,2})(?P<sep>[./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2}(?!\d))"
    r")" + _TIME_AFTER + r")" + _ZONE + r"\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# What may follow a date on a header line without making it something else.
TRAILER = re.compile(r"(?:[|·•;/(–—-]|updated\b|last\b|$)", re.IGNORECASE)
# Two-digit years as C's strptime reads them: 69–99 are 1969–1999, 00–68 are 2000–2068.
_CENTURY_PIVOT = 69


@dataclass(frozen=True, slots=True)
class FoundDate:
    moment: datetime
    value: str  # TIMEX3 value at the precision given ("2022-02-04T23:15" or "2022-02-04")
    source: str
    span: tuple[int, int] = (0, 0)  # where in the text it was found; (0, 0) when not in it


def found(moment: datetime, has_time: bool, source: str, span=(0, 0)) -> FoundDate:
    """A FoundDate at day precision, or minute precision when the source gave a time."""
    precision = "time" if has_time else "day"
    return FoundDate(moment, format_value(moment, precision), source, span)


def quick_parse(
    raw: str, *, whole: bool = False, trailer: re.Pattern[str] = TRAILER
) -> tuple[datetime, bool] | None:
    """A complete date written in a common form, with whether it gave a time; fast.

    With ``whole`` the string must hold nothing else (a time zone and punctuation aside);
    otherwise it may go on with what ``trailer`` allows ("| Updated …").

    >>> quick_parse("Fri 4 Feb 2022, 23:15")
    (datetime.datetime(2022, 2, 4, 23, 15), True)
    >>> quick_parse("04.02.22 23:15")
    (datetime.datetime(2022, 2, 4, 23, 15), True)
    """
    m = _QUICK.match(raw)
    if not m:
        return None
    rest = raw[m.end() :].strip(" \t.,")
    if rest and (whole or not trailer.match(rest)):
        return None
    try:
        return _moment(m)
    except ValueError:  # 31 February, hour 25
        return None


def _moment(m: re.Match[str]) -> tuple[datetime, bool]:
    if m["iy"]:
        day = datetime(int(m["iy"]), int(m["im"]), int(m["id"]))
        hour, minute, ampm = m["ih"], m["imi"], None
    elif m["na"]:
        year = _full_year(m["ny"])
        day = datetime(year, *_numeric_month_day(int(m["na"]), int(m["nb"]), m["sep"]))
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
    else:
        month = m["m1"] or m["m2"]
        day = datetime(int(m["y1"] or m["y2"]), MONTHS[month[:3].lower()], int(m["d1"] or m["d2"]))
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
    if hour is None:
        return day, False
    h = int(hour) % 12 + (12 if ampm and ampm[0].lower() == "p" else 0) if ampm else int(hour)
    return day.replace(hour=h, minute=int(minute)), True


def _full_year(written: str) -> int:
    if len(written) == 4:
        return int(written)
    two = int(written)
    return (1900 if two >= _CENTURY_PIVOT else 2000) + two


def _numeric_month_day(a: int, b: int, sep: str) -> tuple[int, int]:
    """Month and day of "04.02.2022" (day first, as everywhere dots are used) or of
    "4/2/2022", read only when one number cannot be a month: a guess would be a wrong date."""
    if sep == "." or a > 12:
        return b, a
    if b > 12:
        return a, b
    raise ValueError("ambiguous day and month")


def parse_date_string(raw: str) -> tuple[datetime, str] | None:
    """A complete date (day or time precision) from a short string, with its TIMEX3 value.

    Explicit patterns first; dateparser only for a string that names a year and is no
    ambiguous numeric date ("4/2/2022"), so "2 hours ago" or "Feb 4" never take today's
    date or year, and day and month are never swapped by guesswork.
    """
    raw = raw.strip().rstrip(".,;")
    quick = quick_parse(raw)
    if quick:
        return quick[0], format_value(quick[0], "time" if quick[1] else "day")
    if not _YEAR.search(raw) or _NUMERIC.search(raw):
        return None
    parsed = dateparser.parse_publication_date(raw, DATE_LANGUAGE)
    if parsed is None:
        return None
    moment, precision = parsed
    return moment, format_value(moment, precision)
