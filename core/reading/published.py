"""Find an article's publication date (its DCT) and say where it came from.

Sources, in order of trust (``publication_date``): a header line near the top ("Published:
Fri 4 Feb 2022, 23:15", "Updated …", "By Jane Doe | February 4, 2022", a line holding only
a date), the dateline ("BEIJING, Feb 4 (Reuters) -", its year taken from a later source when
missing), the format's structured metadata, the file name ("2022-02-04-putin-xi.txt"), and
last the file's modification time. Each FoundDate keeps its ``source`` so the user can see
where a date came from.

Well-formed dates are parsed by explicit patterns (microseconds each); dateparser, which
costs ~0.3 s to import and ~1 ms a call, is the fallback for whatever the patterns miss.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.lang import dateparser, words
from core.timeval import format_value

log = logging.getLogger(__name__)

# Header lines, datelines and metadata are read as English, whatever the article's language:
# the wire services and sites Datelines reads write their dates so.
_DATE_LANGUAGE = "en"
_MONTHS = words(_DATE_LANGUAGE, "calendar").MONTHS
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_CLOCK = (
    r"(?P<{h}>\d{{1,2}})[:.](?P<{mi}>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
    r"\s*(?P<{ap}>[ap]\.?\s?m\b\.?)?"
)
_TIME_AFTER = r"(?:,?\s*(?:at\s+|-\s+)?" + _CLOCK.format(h="h", mi="mi", ap="ap") + r")?"
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
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH + r"),?\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<na>\d{1,2})(?P<sep>[./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4})"
    r")" + _TIME_AFTER + r")" + _ZONE + r"\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# What may follow a date on a header line without making it something else.
_TRAILER = re.compile(r"(?:[|·•;/(–—-]|updated\b|last\b|$)", re.IGNORECASE)

_HEADER = re.compile(
    r"^[ \t]*(?P<kw>(?:first[ \t]+)?(?:published|updated|posted|date|dated|last[ \t]+updated))"
    r"(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*(?P<date>[^\n]{6,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE = re.compile(
    r"^[ \t]*by[ \t]+[^\n|·•]{2,80}?[ \t]*[|·•][ \t]*"
    r"(?:(?:published|updated|posted)(?:[ \t]+on)?[ \t]*:?[ \t]*)?(?P<date>[^\n]{6,60}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_LINE = re.compile(r"^[ \t]*(?P<date>[^\n]{8,60}?)[ \t]*$", re.MULTILINE)
_HEADER_LINES = 40  # a header sits near the top; a "Date:" deep in the body is not one
_DATE_ONLY_LINES = 12  # a line holding nothing but a date counts only this near the top

_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+"  # capitals only: BEIJING, TROMSØ, NEW YORK
_DATELINE = re.compile(
    r"^[ \t]*(?-i:" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.']+(?:[ \t]+[A-Z][A-Za-z.']+){0,2})?"  # , Kenya / , N.Y.
    r",[ \t]+(?P<date>(?P<m1>" + _MONTH + r")[ \t]+(?P<d1>\d{1,2})(?:,?[ \t]+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})[ \t]+(?P<m2>" + _MONTH + r")(?:[ \t]+(?P<y2>\d{4}))?)"
    r"[ \t]*(?:\([A-Za-z .\-]{2,30}\)[ \t]*)?(?:-{1,2}|–|—|_)[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
_DATELINE_LINES = 15
_DATELINE_SLACK = timedelta(days=2)

_FILENAME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?")

# Header keywords by trust: a "Published" line beats an "Updated" one on the same page.
_KEYWORD_RANK = {"updated": 3, "last updated": 3}


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


def quick_parse(raw: str, *, whole: bool = False) -> tuple[datetime, bool] | None:
    """A complete date written in a common form, with whether it gave a time; fast.

    With ``whole`` the string must hold nothing else (a time zone and punctuation aside).

    >>> quick_parse("Fri 4 Feb 2022, 23:15")
    (datetime.datetime(2022, 2, 4, 23, 15), True)
    """
    m = _QUICK.match(raw)
    if not m:
        return None
    rest = raw[m.end() :].strip(" \t.,")
    if rest and (whole or not _TRAILER.match(rest)):
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
        day = datetime(int(m["ny"]), *_numeric_month_day(int(m["na"]), int(m["nb"]), m["sep"]))
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
    else:
        month = m["m1"] or m["m2"]
        day = datetime(int(m["y1"] or m["y2"]), _MONTHS[month[:3].lower()], int(m["d1"] or m["d2"]))
        hour, minute, ampm = m["h"] or m["h0"], m["mi"] or m["mi0"], m["ap"] or m["ap0"]
    if hour is None:
        return day, False
    h = int(hour) % 12 + (12 if ampm and ampm[0].lower() == "p" else 0) if ampm else int(hour)
    return day.replace(hour=h, minute=int(minute)), True


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
    parsed = dateparser.parse_publication_date(raw, _DATE_LANGUAGE)
    if parsed is None:
        return None
    moment, precision = parsed
    return moment, format_value(moment, precision)


def find_header_date(text: str) -> FoundDate | None:
    """The publication date from a header line near the top of the article.

    >>> find_header_date("Title\\n\\nPublished: Fri 4 Feb 2022, 23:15\\n\\nBody").value
    '2022-02-04T23:15'
    """
    best: tuple[int, int, FoundDate] | None = None
    for rank, match in _header_candidates(text):
        if best and (rank, match.start()) >= best[:2]:
            continue
        if rank == 2:  # a bare line must be a date and nothing else
            quick = quick_parse(match["date"], whole=True)
            parsed = quick and (quick[0], format_value(quick[0], "time" if quick[1] else "day"))
        else:
            parsed = parse_date_string(match["date"])
        if parsed:
            best = (rank, match.start(), FoundDate(parsed[0], parsed[1], "header", match.span()))
    return best[2] if best else None


def _header_candidates(text: str):
    head_end = _nth_line_end(text, _HEADER_LINES)
    for match in _HEADER.finditer(text, 0, head_end):
        keyword = " ".join(match["kw"].lower().split())
        yield _KEYWORD_RANK.get(keyword, 0), match
    for match in _BYLINE.finditer(text, 0, head_end):
        yield 1, match
    for match in _DATE_LINE.finditer(text, 0, _nth_line_end(text, _DATE_ONLY_LINES)):
        if match["date"][:1].isalnum():
            yield 2, match


def find_dateline_date(text: str, reference: datetime | None) -> FoundDate | None:
    """The date of a wire-story dateline ("BEIJING, Feb 4 (Reuters) -") near the top.

    A dateline without a year takes the latest year that does not put it after
    ``reference`` (the next most trusted date); with neither, there is no date.
    """
    head_end = _nth_line_end(text, _DATELINE_LINES)
    for match in _DATELINE.finditer(text, 0, head_end):
        moment = _dateline_moment(match, reference)
        if moment:
            return FoundDate(moment, format_value(moment, "day"), "dateline", match.span())
    return None


def _dateline_moment(match: re.Match[str], reference: datetime | None) -> datetime | None:
    month = _MONTHS[(match["m1"] or match["m2"])[:3].lower()]
    day = int(match["d1"] or match["d2"])
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
    if in_text:
        return _with_time_from(in_text, metadata)
    if later is None:
        raise ValueError("no publication date: give the file time as the last resort")
    return later


def _with_time_from(day: FoundDate, metadata: FoundDate | None) -> FoundDate:
    """A day from the text, with the time of day the metadata gives for that same day."""
    if metadata is None or "T" in day.value or "T" not in metadata.value:
        return day
    if metadata.moment.date() != day.moment.date():
        return day
    return FoundDate(metadata.moment, metadata.value, day.source, day.span)


def _nth_line_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


# Where a publication date came from, in words for the person reading it.
SOURCE_NAMES = {
    "header": "a date line in the article",
    "dateline": "the article's dateline",
    "metadata": "the page's or file's metadata",
    "email-date": "the e-mail's Date header",
    "filename": "the file name",
    "mtime": "the file's modification time",
    "sgml-date": "the archive's <DATE> tag",
    "tml-dct": "the TimeML document's DCT",
    "pasted": "the time it was pasted or dropped",
    "user": "you",
}


def source_name(source: str) -> str:
    """ "header" → "a date line in the article"; an unknown source is shown as it is."""
    return SOURCE_NAMES.get(source, source)
