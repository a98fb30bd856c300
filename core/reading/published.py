"""Find an article's publication date (its DCT) and say where it came from.

Sources, in order of trust (``publication_date``): a header line near the top ("Published:
Fri 4 Feb 2022, 23:15", "Updated …", "By Jane Doe | February 4, 2022", a line holding only
a date), the dateline ("BEIJING, Feb 4 (Reuters) -", "PARIS, 4 février (AFP) -", "МОСКВА,
4 февраля. /ТАСС/.", in every language read; its year taken from a later source when
missing), the format's structured metadata, the file name ("2022-02-04-putin-xi.txt"), and
last the file's modification time. Each FoundDate keeps its ``source`` so the user can see
where a date came from.

Well-formed dates are parsed by explicit patterns (microseconds each); dateparser, which
costs ~0.3 s to import and ~1 ms a call, is the fallback for whatever the patterns miss.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from core.lang import dateparser, languages, words
from core.reading.dates import (
    DAY_SUFFIX,
    MONTHS,
    YEAR_WORD,
    FoundDate,
    found,
    month_number,
    parse_date_string,
    quick_parse,
)
from core.reading.header import find_header_date, nth_line_end
from core.timeval import format_value

log = logging.getLogger(__name__)

# Capitals only: BEIJING, TROMSØ, NEW YORK, МОСКВА, КИЇВ.
_PLACE_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ.'\-]+"
# A capital and small letters, as Spanish agencies write it ("Vigo, 10 de junio de 2025
# (EFE).-"), only before a date with its year: "Stocks, March 3 - fell" is no dateline.
# or before an agency's name in brackets and a dash ("Villablino (León), 9 feb (EFE).-").
_TITLE_PLACE = (
    r"(?=[^\n]{0,60}(?:(?<!\d)(?:1[89]|20)\d\d(?!\d)"
    r"|\([A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^()\n]{1,20}\)[ \t]*\.?[ \t]*[-–—]))"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][a-zß-öø-ÿа-яёєіїґ'\-]+"
    r"(?:[ \t]+\([A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^()\n]{1,30}\))?"  # its province: "Villablino (León)"
)
# Between a day and its month or year, a short word some languages write: "4 de febrero".
_LINK = r"(?:[^\W\d_]{1,3}[ \t]+)?"
# A month's name: one of a read language's (``MONTH``), else a word dateparser may know as
# one ("4 février" before French is read); a word that names no month reads no date.
_MONTH_WORD = r"[^\W\d_]{3,12}\.?"
_DATELINE = re.compile(
    r"^[ \t]*(?-i:(?P<caps>"
    + _PLACE_WORD
    + r"(?:[ \t]+"
    + _PLACE_WORD
    + r"){0,3})|"
    + _TITLE_PLACE
    + ")"
    r"(?:,[ \t]*[A-Z][A-Za-z.']+(?:[ \t]+[A-Z][A-Za-z.']+){0,2})?"  # , Kenya / , N.Y.
    # a comma, or a full stop before the day: "Москва. 4 марта 2025 года. ИНТЕРФАКС -"
    r"(?:,|\.(?=[ \t]+\d))[ \t]+(?P<date>(?P<m1>" + _MONTH_WORD + r")[ \t]+(?P<d1>\d{1,2})"
    r"(?:,?[ \t]+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})" + DAY_SUFFIX + r"[ \t]+" + _LINK + r"(?P<m2>" + _MONTH_WORD + r")"
    r"(?:[ \t]+" + _LINK + r"(?P<y2>\d{4}))?)"
    r"(?:[ \t]+(?P<yw>" + YEAR_WORD + r"))?"  # "4 марта 2025 г." (none in most languages)
    # the agency, "(Reuters)", "(AFP)", "/ТАСС/", then a dash ("(EFE).-"), or "/ТАСС/."
    # (an agency's name may be in quotes: "/«Регион-Информ»/")
    r"[ \t]*\.?[ \t]*(?:(?:\([^\W\d_][^()\n]{1,29}\)|/[«\"“]?[^\W\d_][^/\n]{1,29}/)[ \t]*)?"
    r"(?:\.?(?:-{1,2}|–|—|_)|:|(?<=/)\.|(?(yw)(?<=\.)|(?!))"  # or "28 мая 2025 года."
    # or a place in capitals and the day, then a full stop and the first sentence: "ОДЕСА, 25
    # червня. Суд визнав …"
    r"|(?(caps)(?<=[^\W_]\.)(?=[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])|(?!)))[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
# The agency before the date, both set off by dashes: "SEOUL (Global Press Service) — April
# 25, 2018 —", or the place alone: "OSLO -- May 7, 2024 --" (a place and an agency with no
# date, "WASHINGTON (AP) —", give none).
_AGENCY_FIRST = re.compile(
    r"^[ \t]*(?-i:" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.']+(?:[ \t]+[A-Z][A-Za-z.']+){0,2})?"
    r"[ \t]*(?:\([^\W\d_][^()\n]{1,29}\)|/[^\W\d_][^/\n]{1,29}/)?[ \t]*(?:-{1,2}|–|—)[ \t]*"
    r"(?P<date>(?P<m1>" + _MONTH_WORD + r")[ \t]+(?P<d1>\d{1,2})(?:,?[ \t]+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})" + DAY_SUFFIX + r"[ \t]+" + _LINK + r"(?P<m2>" + _MONTH_WORD + r")"
    r"(?:[ \t]+" + _LINK + r"(?P<y2>\d{4}))?)"
    r"[ \t]*(?:-{1,2}|–|—)[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
# No place, only the date and the agency: "Oct 27 (Reuters) -", as wire copy now writes it.
_AGENCY_AFTER_DATE = re.compile(
    r"^[ \t]*(?P<date>(?P<m1>" + _MONTH_WORD + r")[ \t]+(?P<d1>\d{1,2})(?:,?[ \t]+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})" + DAY_SUFFIX + r"[ \t]+" + _LINK + r"(?P<m2>" + _MONTH_WORD + r")"
    r"(?:[ \t]+" + _LINK + r"(?P<y2>\d{4}))?)"
    r"[ \t]*\((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])[^()\n]{1,29}\)[ \t]*(?:-{1,2}|–|—)[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
_DATELINE_LINES = 15
_DATELINE_SLACK = timedelta(days=2)

_FILENAME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def find_dateline_date(text: str, reference: datetime | None) -> FoundDate | None:
    """The date of a wire-story dateline ("BEIJING, Feb 4 (Reuters) -") near the top.

    A dateline without a year takes the latest year that does not put it after
    ``reference`` (the next most trusted date); with neither, there is no date.
    """
    head_end = nth_line_end(text, _DATELINE_LINES)
    matches = [
        *_DATELINE.finditer(text, 0, head_end),
        *_AGENCY_FIRST.finditer(text, 0, head_end),
        *_AGENCY_AFTER_DATE.finditer(text, 0, head_end),
    ]
    for match in sorted(matches, key=lambda m: m.start()):
        moment = _dateline_moment(match, reference)
        if moment:
            return FoundDate(moment, format_value(moment, "day"), "dateline", match.span())
    return None


def _dateline_moment(match: re.Match[str], reference: datetime | None) -> datetime | None:
    day = int(match["d1"] or match["d2"])
    month = _month(match["m1"] or match["m2"], day)
    if month is None:
        return None
    year = match["y1"] or match["y2"]
    try:
        if year:
            return datetime(int(year), month, day)
        if reference is None:
            return None
        # The latest such day not after the reference (give or take time zones): a later
        # source, even the file's time, is never much earlier than the publication.
        latest = reference + _DATELINE_SLACK
        candidates = (
            _day_or_none(y, month, day) for y in range(reference.year + 1, reference.year - 2, -1)
        )
        return next((c for c in candidates if c and c <= latest), None)
    except ValueError:  # Feb 30
        return None


def _month(word: str, day: int) -> int | None:
    """The month a dateline's word names: a read language's month, else dateparser's."""
    if word.lower().rstrip(".") in MONTHS:
        return month_number(word)
    parsed = dateparser.parse_date_expression(f"{day} {word}")
    return parsed[1] if parsed and parsed[2] == day else None


def _day_or_none(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:  # 29 February in a year without one
        return None


def from_filename(name: str) -> FoundDate | None:
    """A date written in a file name: "2022-02-04-putin-xi.txt", "20220204_report.pdf"."""
    for match in _FILENAME.finditer(name):
        try:
            moment = datetime(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        return FoundDate(moment, format_value(moment, "day"), "filename")
    return None


def from_file_time(mtime: float) -> FoundDate:
    moment = datetime.fromtimestamp(mtime).replace(second=0, microsecond=0)
    return FoundDate(moment, format_value(moment, "time"), "mtime", (0, 0))


def from_metadata(raw: str | None, source: str = "metadata") -> FoundDate | None:
    """A date from structured metadata: ISO 8601, RFC 2822, a PDF date or plain English.

    The wall-clock time is kept as written (no conversion between zones); a midnight with
    nothing after it is taken as a date alone, since many sites fill the time with zeros.
    """
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    parsed = _iso_or_pdf(raw) or quick_parse(raw) or _rfc2822(raw)
    if parsed is None:
        fallback = parse_date_string(raw)
        parsed = fallback and (fallback[0], "T" in fallback[1])
    if not parsed:
        return None
    moment, has_time = parsed
    if has_time and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        has_time = False
    return found(moment.replace(second=0, microsecond=0, tzinfo=None), has_time, source)


def _iso_or_pdf(raw: str) -> tuple[datetime, bool] | None:
    if raw.startswith("D:") or (raw[:8].isdigit() and "-" not in raw[:8]):
        m = _PDF_DATE.match(raw)
        if not m or not m.group(3):
            return None
        parts = [int(g) for g in m.groups() if g]
        try:
            return datetime(*parts), len(parts) > 3
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=None), len(raw) > 10


def _rfc2822(raw: str) -> tuple[datetime, bool] | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).replace(tzinfo=None), True
    except (TypeError, ValueError, IndexError):
        return None


def publication_date(
    text: str,
    *,
    metadata: FoundDate | None = None,
    name: str = "",
    mtime: float | None = None,
) -> FoundDate:
    """The most trusted publication date: header, dateline, metadata, file name, file time.

    A header or dateline that gives the day alone takes its time of day from metadata
    that agrees on the day (the source stays the one in the text that confirmed the day).

    >>> found = publication_date("Title\\n\\nBEIJING, Feb 4 (Reuters) - Talks.", name="2022-02-05")
    >>> found.value, found.source
    ('2022-02-04', 'dateline')
    """
    named = from_filename(name) if name else None
    timed = from_file_time(mtime) if mtime is not None else None
    later = metadata or named or timed
    in_text = find_header_date(text) or find_dateline_date(text, later.moment if later else None)
    yearless = in_text and not re.search(r"\d{4}", text[in_text.span[0] : in_text.span[1]])
    if yearless and in_text.source == "dateline" and timed is not None and later is timed:
        # "LONDON, March 4 (Reuters) -" with only the file's time to give it a year: the day
        # is the article's, the year a guess; the article still needs its date
        told = _year_of_weekday(text, in_text, timed.moment)
        if told is not None:  # "Oct 27 (Reuters) - … reported … on Thursday": 2022's
            return FoundDate(told, format_value(told, "day"), "dateline-weekday", in_text.span)
        return FoundDate(in_text.moment, in_text.value, "dateline-mtime", in_text.span)
    if in_text:
        return _with_time_from(in_text, metadata)
    if later is None:
        raise ValueError("no publication date: give the file time as the last resort")
    return later


# How many years back from the file's time a dateline's weekday may put it: a file saved
# years after the story appeared is an archive's; beyond that the year stays the file's.
_WEEKDAY_YEARS = 12
_LEAD_CHARS = 400


def _year_of_weekday(text: str, dateline: FoundDate, saved: datetime) -> datetime | None:
    """The dateline's day in a year, not after the file was saved, whose calendar puts it on
    the weekday the lead names: wire copy dates its lead's news by the weekday ("Oct 27
    (Reuters) - Harlan Foods reported … on Thursday": 27 October 2022). Of those years, the
    first not before the latest year the article names (a story is written after the years
    it tells: "took over in March 2021"), else the latest. None when the lead names no
    weekday, or the file's own year agrees with it."""
    lead = text[dateline.span[1] : dateline.span[1] + _LEAD_CHARS].split("\n\n", 1)[0]
    named = next((_WEEKDAY_NUMBERS[w.lower()] for w in _WORD.findall(lead)
                  if w.lower() in _WEEKDAY_NUMBERS), None)  # fmt: skip
    if named is None:
        return None
    month, day = dateline.moment.month, dateline.moment.day
    days = [
        moment
        for year in range(saved.year, saved.year - _WEEKDAY_YEARS, -1)
        if (moment := _day_or_none(year, month, day)) is not None
        and moment <= saved + _DATELINE_SLACK
        and moment.isoweekday() == named
    ]
    if not days or days[0].year == dateline.moment.year:
        return None  # (the file's own year agrees: most files are saved the year they appear)
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= saved.year]
    after = [d for d in days if years and d.year >= max(years)]
    return after[-1] if after else days[0]


def _weekday_numbers() -> dict[str, int]:
    """Every read language's weekday names (ISO numbers); a name two languages give
    different days is left out."""
    numbers: dict[str, int] = {}
    clashes: set[str] = set()
    for code in languages():
        for name, number in words(code, "calendar").WEEKDAYS.items():
            if numbers.setdefault(name.lower(), number) != number:
                clashes.add(name.lower())
    return {name: n for name, n in numbers.items() if name not in clashes}


_WEEKDAY_NUMBERS = _weekday_numbers()
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _with_time_from(day: FoundDate, metadata: FoundDate | None) -> FoundDate:
    """A day from the text, with the time of day the metadata gives for that same day."""
    if metadata is None or "T" in day.value or "T" not in metadata.value:
        return day
    if metadata.moment.date() != day.moment.date():
        return day
    return FoundDate(metadata.moment, metadata.value, day.source, day.span)


# Where a publication date came from, in words for the person reading it.
SOURCE_NAMES = {
    "header": "a date line in the article",
    "dateline": "the article's dateline",
    "metadata": "the page's or file's metadata",
    "email-date": "the e-mail's Date header",
    "filename": "the file name",
    "mtime": "the file's modification time",
    "dateline-mtime": "the article's dateline, its year from the file's modification time",
    "dateline-weekday": "the article's dateline, its year from the weekday its first lines name",
    "sgml-date": "the archive's <DATE> tag",
    "tml-dct": "the TimeML document's DCT",
    "pasted": "the time it was pasted or dropped",
    "user": "you",
}


def source_name(source: str) -> str:
    """ "header" → "a date line in the article"; an unknown source is shown as it is."""
    return SOURCE_NAMES.get(source, source)


# Sources that are no date of the article's own, only a stand-in for one: the time the file
# was saved or the text dropped. Every "on Monday" in such an article may be resolved against
# the wrong week, so the user is shown which articles these are and asked to set their date.
STAND_IN_SOURCES = frozenset({"mtime", "pasted", "dateline-mtime", "dateline-weekday"})


def has_own_date(source: str) -> bool:
    """Whether a date from ``source`` is the article's own, not the file's or drop's time.

    >>> has_own_date("header"), has_own_date("mtime"), has_own_date("dateline-mtime")
    (True, False, False)
    """
    return source not in STAND_IN_SOURCES
