"""The date forms that header lines and metadata write, parsed by explicit patterns.

"Fri 4 Feb 2022, 23:15", "Feb. 4, 2022 11:02 AM", "04.02.22 23:15", "2022-02-04T23:15",
"Freitag, 4. Februar 2022", "4 февраля 2022": each a complete date (day or time precision),
read in microseconds, in the month and weekday names of every language Datelines reads (the
header is read before the article's language is known). dateparser, which costs ~0.3 s to
import and ~1 ms a call, is the fallback for whatever the patterns miss ("4 de febrero de
2022", "4 février 2022 à 23h15", "14:05 Uhr"), in the article's own language and those read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from core.lang import dateparser, languages, words
from core.timeval import format_value

log = logging.getLogger(__name__)

# Header lines, datelines and metadata are read in every language Datelines reads at once:
# they are read before the article's language is detected, and wire copy dates its stories
# in its own language whatever the story's.
LANGUAGES = languages()


def _month_names(codes: Sequence[str]) -> dict[str, int]:
    """Every language's month names (lower case) and their numbers; a spelling two languages
    give different months is left out, since either reading could be a wrong date."""
    months: dict[str, int] = {}
    clashes: set[str] = set()
    for code in codes:
        for name, number in words(code, "calendar").MONTHS.items():
            name = name.lower().rstrip(".")
            if months.setdefault(name, number) != number:
                clashes.add(name)
    for name in clashes:
        log.debug("month name %r names different months in %s: not read", name, codes)
        del months[name]
    return months


def _weekday_prefixes(codes: Sequence[str]) -> list[str]:
    """The first three letters of every language's weekday names ("mon", "fre", "пят"):
    a header may write the day whole or shortened ("Fri", "Freitag", "vendredi")."""
    names = {n.lower() for code in codes for n in words(code, "calendar").WEEKDAYS}
    return sorted({n if len(n) < 3 else n[:3] for n in names}, key=len, reverse=True)


def _ordinal_suffixes(codes: Sequence[str]) -> list[str]:
    """What a day number may carry: "4th", "1er", from the numbered ordinals languages give."""
    found = set()
    for code in codes:
        for ordinal in words(code, "calendar").ORDINALS:
            m = re.fullmatch(r"\d+(\D+)", ordinal)
            if m:
                found.add(m[1].lower())
    return sorted(found, key=len, reverse=True)


def _either(names: Sequence[str]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


MONTHS = _month_names(LANGUAGES)
MONTH = _either(list(MONTHS)) + r"\.?"
# What follows a day number: "4th", "1er", or "4." as German and the Slavic languages write it.
DAY_SUFFIX = r"(?:" + _either(_ordinal_suffixes(LANGUAGES)) + r"|\.(?!\d))?"
WEEKDAY = _either(_weekday_prefixes(LANGUAGES)) + r"[^\W\d_]*\.?"
_WEEKDAY = r"(?:" + WEEKDAY + r",?\s+)?"
_CLOCK = (
    r"(?P<{h}>\d{{1,2}})[:.h](?P<{mi}>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?(?:h(?!\w))?"  # "10:15h"
    r"\s*(?P<{ap}>[ap]\.?\s?m\b\.?)?"
)
# The word before a header date's clock time in every language read: "at", "um", "à", "в".
_AT = "|".join(f"(?:{words(c, 'reports').HEADER_AT})" for c in LANGUAGES)
# "…, 23:15", "… at 11:15 PM", "… um 14:05", "… - 23:15", "… | 11:15 PM", "… 202211:15"
_TIME_AFTER = (
    r"(?:,?\s*(?:(?:"
    + _AT
    + r")\s+|[-|·•/–—]\s*)?"
    + _CLOCK.format(h="h", mi="mi", ap="ap")
    + r")?"
)
_TIME_BEFORE = r"(?:" + _CLOCK.format(h="h0", mi="mi0", ap="ap0") + r"(?:\s*[A-Z]{2,5})?,?\s+)?"
_ZONE = (
    r"(?:\s*(?P<zone>Z|[+-]\d{2}:?\d{2}"
    r"|\(?(?:GMT|UTC|[A-Z]{1,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?))?"
)
# The zones of the United States, where a slashed date with a 12-hour clock is month first.
_US_ZONE = re.compile(r"\(?(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\)?")

# One complete date (day or time precision), as header lines and metadata write it.
_QUICK = re.compile(
    r"\s*(?:"
    r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"(?:[T ](?P<ih>\d{2}):(?P<imi>\d{2})(?::\d{2}(?:\.\d+)?)?)?"
    r"|" + _TIME_BEFORE + _WEEKDAY + r"(?:"
    r"(?P<d1>\d{1,2})" + DAY_SUFFIX + r"\s+(?:of\s+)?(?P<m1>" + MONTH + r"),?\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + MONTH + r")\s+(?P<d2>\d{1,2})" + DAY_SUFFIX + r",?\s+(?P<y2>\d{4})"
    r"|(?P<na>\d{1,2})(?P<sep>[./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2}(?!\d))"
    r")" + _TIME_AFTER + r")" + _ZONE + r"\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# What may follow a date on a header line without making it something else: a separator,
# an update, or a clock's word in any language read ("03.09.24, 14:12 Uhr", "… 10:15 horas").
_CLOCK_WORDS = "|".join(f"(?:{words(c, 'cues').CLOCK_AFTER})" for c in LANGUAGES)
TRAILER = re.compile(r"(?:[|·•;/(–—-]|updated\b|last\b|" + _CLOCK_WORDS + r"|$)", re.IGNORECASE)
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


def _quick_day(raw: str) -> datetime | None:
    """The day a date at the start of ``raw`` names, whatever follows it."""
    m = _QUICK.match(raw)
    try:
        return _moment(m)[0] if m else None
    except ValueError:
        return None


def _moment(m: re.Match[str]) -> tuple[datetime, bool]:
    if m["iy"]:
        day = datetime(int(m["iy"]), int(m["im"]), int(m["id"]))
        hour, minute, ampm = m["ih"], m["imi"], None
    elif m["na"]:
        year = _full_year(m["ny"])
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
        us = bool(ampm) and m["sep"] == "/" and (not m["zone"] or _US_ZONE.fullmatch(m["zone"]))
        day = datetime(year, *_numeric_month_day(int(m["na"]), int(m["nb"]), m["sep"], us))
    else:
        month = m["m1"] or m["m2"]
        day = datetime(int(m["y1"] or m["y2"]), month_number(month), int(m["d1"] or m["d2"]))
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
    if hour is None:
        return day, False
    h = int(hour) % 12 + (12 if ampm and ampm[0].lower() == "p" else 0) if ampm else int(hour)
    return day.replace(hour=h, minute=int(minute)), True


def month_number(name: str) -> int:
    """The month a name matched by ``MONTH`` gives, in any language read.

    >>> month_number("Sept."), month_number("FEBRUARY")
    (9, 2)
    """
    return MONTHS[name.lower().rstrip(".")]


def _full_year(written: str) -> int:
    if len(written) == 4:
        return int(written)
    two = int(written)
    return (1900 if two >= _CENTURY_PIVOT else 2000) + two


def _numeric_month_day(a: int, b: int, sep: str, us: bool = False) -> tuple[int, int]:
    """Month and day of "04.02.2022" (day first, as everywhere dots are used) or of
    "4/2/2022", read only when one number cannot be a month: a guess would be a wrong date.
    With ``us`` (a slashed date with a 12-hour clock, "Updated: 10/4/18 5:40 PM", as pages
    in the United States write it) the month comes first."""
    if sep == "." or a > 12 or a == b:  # "03/03/2022" is 3 March either way
        return b, a
    if b > 12 or us:
        return a, b
    raise ValueError("ambiguous day and month")


def parse_date_string(
    raw: str, date_languages: Sequence[str] | None = None
) -> tuple[datetime, str] | None:
    """A complete date (day or time precision) from a short string, with its TIMEX3 value.

    Explicit patterns first; dateparser, in ``date_languages`` (by default those Datelines
    reads), only for a string that names a year, so "2 hours ago" or "Feb 4" never take
    today's date or year. A numeric date ("04.02.2022 14:05 Uhr") is taken from dateparser
    only when the patterns read the same day at its start, so that day and month are never
    swapped by guesswork ("4/2/2022" is read by neither).

    >>> parse_date_string("4 de febrero de 2022", ["es"])
    (datetime.datetime(2022, 2, 4, 0, 0), '2022-02-04')
    """
    raw = raw.strip().rstrip(".,;")
    quick = quick_parse(raw)
    if quick:
        return quick[0], format_value(quick[0], "time" if quick[1] else "day")
    if not names_year(raw):
        return None
    numeric = _NUMERIC.search(raw)
    day = _quick_day(raw) if numeric else None
    if numeric and day is None:
        return None
    parsed = dateparser.parse_publication_date(raw, date_languages or LANGUAGES)
    if parsed is None or (day and parsed[0].date() != day.date()):
        return None
    moment, precision = parsed
    return moment, format_value(moment, precision)


def names_year(raw: str) -> bool:
    """Whether a string writes a year ("2022"): without one, no complete date is read."""
    return bool(_YEAR.search(raw))


def languages_of(text: str) -> tuple[str, ...]:
    """The languages a text's dates are read in: its own, as detected (whether Datelines
    reads it or not: dateparser reads 200), then every language Datelines reads.

    >>> languages_of("Die Ministerin fliegt am Montag in die Hauptstadt und trifft am "
    ...              "folgenden Tag den Präsidenten.")[0]
    'de'
    """
    from core.reading.language import detect_language

    return tuple(dict.fromkeys((detect_language(text).guess, *LANGUAGES)))


# What a year may carry in every language read: "2025 г.", "2025 року" (empty: none).
YEAR_WORD = _either(sorted({w for c in LANGUAGES for w in words(c, "calendar").YEAR_WORDS}))
