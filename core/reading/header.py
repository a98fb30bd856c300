"""The publication date printed in an article's header: the lines above its body.

Forms read, most trusted first: a keyword line ("Published: Fri 4 Feb 2022, 23:15",
"Updated …", "Posted on …", "Veröffentlicht am …", "Publié le …": every language's words), a
byline or masthead ending in a date ("By Jane Doe | February 4, 2022", "By Jane Roe, Harbour
Wire4 February 2022", "ATLANTIC NEWS AGENCYFeb 4, 2022", "The Daily Courier: 4 February
2022"), and a line holding only a date ("February 4, 2022 11:15 PM"). The looser forms count
only in the header area, so that a date standing alone in the third paragraph is never taken
for the day the article appeared.

The dates are read in every language's month and weekday names by explicit patterns; what
those miss goes to dateparser in the article's own language, detected from the text (the
header is read before the article is given its language), and in those Datelines reads. A
line with no keyword goes to dateparser only in an article not in English, whose date forms
the patterns were not made on ("Freitag, 4. Februar 2022, 14:05 Uhr"): dateparser refuses a
line with a word it does not know, so a line of prose is not taken for a date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache, cached_property, partial

from core.lang import REFERENCE, languages, words
from core.reading.dates import (
    MONTH,
    WEEKDAY,
    FoundDate,
    languages_of,
    names_year,
    parse_date_string,
    quick_parse,
)
from core.timeval import format_value

log = logging.getLogger(__name__)


@cache
def _words() -> tuple[str, str, str, str, frozenset[str]]:
    """Every language's header words at once (published, updated, on, by, name links): the
    header is read before the article's language is known."""
    data = [words(code, "reports") for code in languages()]

    def either(name: str) -> str:
        return "(?:" + "|".join(getattr(d, name) for d in data) + ")"

    links = frozenset().union(*(d.NAME_LINKS for d in data))
    published, updated = either("HEADER_PUBLISHED"), either("HEADER_UPDATED")
    return published, updated, either("HEADER_ON"), either("BYLINE_BY"), links


_PUBLISHED, _UPDATED, _ON, _BY_WORD, _NAME_LINKS = _words()
_BY = re.compile(r"^" + _BY_WORD + r"[ \t]+", re.IGNORECASE)
_NAME_KEYWORDS = re.compile(
    r"[ \t,]*(?:(?:"
    + _PUBLISHED
    + "|"
    + _UPDATED
    + r")(?:[ \t]+"
    + _ON
    + r")?|"
    + _ON
    + r")[ \t]*:?$",
    re.IGNORECASE,
)

# Emphasis marks a Markdown page may wrap a header line in: "*Updated 4 March 2025*".
_EMPHASIS = r"[*_]{0,2}"
# A label before the keyword, set off by a bar, a dot or a dash: "LIVE · Last updated: …",
# "*Weather desk* · Updated …", "Business Desk — Published …": a few words, no figure.
_LABEL = (
    r"(?:" + _EMPHASIS + r"[^\W\d_][^\n\d|·•–—]{0,38}?" + _EMPHASIS + r"[ \t]*"
    r"(?:[|·•]|(?<=[ \t])[–—]{1,2})[ \t]*" + _EMPHASIS + r")?"
)
_HEADER = re.compile(
    r"^[ \t]*" + _EMPHASIS + _LABEL + r"(?:(?P<updated>" + _UPDATED + r")|" + _PUBLISHED + r")"
    r"(?:[ \t]+" + _ON + r")?[ \t]*[:\-–—]?[ \t]*(?P<date>[^\n]{6,80}?)" + _EMPHASIS + r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE = re.compile(
    # a word or three may name the work first: "Interview by …", "Words and pictures by …"
    r"^[ \t]*"
    + _EMPHASIS
    + r"(?:[^\W\d_]+[ \t]+){0,3}?"
    + _BY_WORD
    + r"[ \t]+[^\n|·•]{2,80}?(?:[ \t]*[|·•]|[ \t]+[-–—](?=[ \t]*(?:"
    + _PUBLISHED
    + "|"
    + _UPDATED
    + r")\b))[ \t]*"  # or a dash before the keyword: "Par Jo Roy - Publié le 4 mars 2025"
    # an agency or desk between the name and the date: "By Jane Doe | Reuters | March 4, 2025"
    r"(?:[^\n|·•\d]{2,40}?[ \t]*[|·•][ \t]*)?"
    r"(?:(?:"
    + _PUBLISHED
    + "|"
    + _UPDATED
    + r")(?:[ \t]+"
    + _ON
    + r")?[ \t]*:?[ \t]*)?(?P<date>[^\n]{6,60}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_LINE = re.compile(r"^[ \t]*(?P<date>[^\n]{8,100}?)[ \t]*$", re.MULTILINE)
# Where a date may start inside a line, even run into the word before it ("AGENCYFeb 4").
_DATE_START = re.compile(r"(?<!\d)\d|" + MONTH.removesuffix(r"\.?"), re.IGNORECASE)
# The longest line that is handed to dateparser as a date alone ("Mittwoch, 14. September
# 2022, 14:05 Uhr MESZ" is 41 characters): a longer one is a sentence.
_DATE_LINE_CHARS = 60
# What may follow a date standing on a line of its own: "… GMT+1 Updated 2 years ago",
# "March 4, 2025 / 2:05 PM / Updated an hour ago".
_LINE_TRAILER = re.compile(r"(?:[|·•]|(?:/[ \t]*)?" + _UPDATED + r"\b)", re.IGNORECASE)
# A byline written after the date on its line: "Publié le 4 mars 2025 à 14h05 | Par Jean
# Dupont", "March 4, 2025 — By Jane Doe"; the date is what comes before it.
_BYLINE_AFTER = re.compile(
    r"[ \t]*(?:[|·•]|(?<=[ \t])[-–—]{1,2})[ \t]*(?=" + _BY_WORD + r"[ \t]+\w).*$"
    # or right after the date's year or clock time, as blog pages write it: "Posted on 2
    # September 2016 by Group Corporate Affairs", "Publié le 4 mars 2025 à 14h05 par Jean Roy"
    r"|(?<=\d)[ \t]+(?=" + _BY_WORD + r"[ \t]+\w).*$",
    re.IGNORECASE,
)
# An update written after the date on its line: "Publié le …, mis à jour le …".
_UPDATE_AFTER = re.compile(
    r"(?:[,;]|[ \t]+[|·•\-–—])\s*(?=" + _UPDATED + r"\b)", re.IGNORECASE
)  # or after a bar, a dot or a dash: "Publicado el 4 de marzo de 2025 | Actualizado a las 12:40"
# Between a masthead and its date: a colon, a bar, a dash — or nothing at all.
_MASTHEAD_SEPARATORS = ":|·•–—-"
# Marks that set a page's separator apart from prose: before a bar or a dot, a desk's or
# the writers' label may be any few words ("Health desk · 3 December 2020", "Amy Kwan (now)
# and Luke Harding (earlier) · Thu 19 May 2022 21.48 AEST").
_LABEL_SEPARATORS = "|·•"
_LABEL_WORDS = 8
# Markdown's emphasis around a header line or a part of it: "*Health desk* · 3 May 2020".
_EMPHASIS_MARKS = re.compile(r"\*{1,2}|(?<!\w)_{1,2}|_{1,2}(?!\w)")
# A weekday between a masthead or place and its date: "Palma, jueves 3 de julio de 2025".
_TRAILING_WEEKDAY = re.compile(r"(?<![^\W\d_])" + WEEKDAY + r"[ \t,]*$", re.IGNORECASE)
# The word for "on" between a place's comma and its date: "Paris, le 5 mars 2026", "Berlin,
# den 2. März 2026".
_TRAILING_ON = re.compile(r"(?<=,)[ \t]*" + _ON + r"[ \t]*$", re.IGNORECASE)

_HEADER_LINES = 40  # a keyword line sits near the top; a "Date:" deep in the body is not one
_HEAD_LINES = 12  # the looser forms count only among the first lines that hold text …
_PROSE_WORDS = 20  # … and above the second paragraph of prose (the first may be a standfirst)

# Header keywords by trust: a "Published" line beats an "Updated" one on the same page.
_UPDATED_RANK = 3
_BYLINE_RANK, _DATE_LINE_RANK = 1, 2


def find_header_date(text: str) -> FoundDate | None:
    """The publication date from a header line near the top of the article.

    >>> find_header_date("Title\\n\\nPublished: Fri 4 Feb 2022, 23:15\\n\\nBody").value
    '2022-02-04T23:15'
    >>> find_header_date("Title\\n\\nThe Daily Courier: 4 February 2022\\n\\nBody").value
    '2022-02-04'
    >>> find_header_date("Title\\n\\nBy Jo Ames | Reuters | March 4, 2025\\n\\nBody").value
    '2025-03-04'
    >>> find_header_date("Title\\n\\nMarch 4, 2025 — By Jo Ames\\n\\nBody").value
    '2025-03-04'
    """
    best: tuple[int, int, FoundDate] | None = None
    for rank, match, parse, raw in _candidates(text, _Languages(text)):
        if best and (rank, match.start()) >= best[:2]:
            continue  # parse only what could win: dateparser costs a millisecond a call
        parsed = parse(raw)
        if parsed:
            best = (rank, match.start(), FoundDate(parsed[0], parsed[1], "header", match.span()))
    return best[2] if best else None


_Parse = Callable[[str], tuple[datetime, str] | None]


class _Languages:
    """The languages a text's header dates are read in beyond the patterns: detected when
    first needed only (0.2 ms), since most headers are read by the patterns alone."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def codes(self) -> tuple[str, ...]:
        return languages_of(self.text)

    @property
    def foreign(self) -> bool:
        """Whether the text is not in English, whose forms the patterns read."""
        return self.codes[0] != REFERENCE


def _candidates(text: str, langs: _Languages) -> Iterator[tuple[int, re.Match[str], _Parse, str]]:
    keyword_end = nth_line_end(text, _HEADER_LINES)
    keyword_date = partial(_keyword_date, langs=langs)
    for match in _HEADER.finditer(text, 0, keyword_end):
        yield (_UPDATED_RANK if match["updated"] else 0), match, keyword_date, match["date"]
    for match in _BYLINE.finditer(text, 0, keyword_end):
        yield _BYLINE_RANK, match, keyword_date, match["date"]
    whole_date = partial(_whole_date, langs=langs)
    masthead_date = partial(_masthead_date, langs=langs)
    place_date = partial(_masthead_date, langs=langs, place=True)
    for match in _DATE_LINE.finditer(text, 0, _head_end(text)):
        line = _EMPHASIS_MARKS.sub("", match["date"]).strip()  # "*Health desk · 3 May 2020*"
        if not line or _HEADER.match(line) or _BYLINE.match(line):
            continue
        if line[:1].isalnum():
            yield _DATE_LINE_RANK, match, whole_date, line
        # below the headline, a place and a comma may lead the date (a local dateline)
        yield _BYLINE_RANK, match, place_date if match.start() else masthead_date, line


def _keyword_date(raw: str, langs: _Languages) -> tuple[datetime, str] | None:
    """The date after a keyword: the patterns', else dateparser's in the text's languages."""
    raw = _BYLINE_AFTER.sub("", _UPDATE_AFTER.split(raw, maxsplit=1)[0])
    raw = _day_first(raw, langs)
    quick = quick_parse(raw.strip().rstrip(".,;"))
    if quick:
        return quick[0], format_value(quick[0], "time" if quick[1] else "day")
    return parse_date_string(raw, langs.codes) if names_year(raw) else None


def _whole_date(line: str, langs: _Languages) -> tuple[datetime, str] | None:
    """The date of a line holding nothing else (an "Updated …" or a byline after it aside)."""
    line = _BYLINE_AFTER.sub("", line) or line
    line = _day_first(line, langs) if _NUMERIC_SLASHES.match(line) else line
    return _quick_date(line) or _foreign_date(line, langs)


def _quick_date(line: str) -> tuple[datetime, str] | None:
    quick = quick_parse(line, trailer=_LINE_TRAILER)
    return quick and (quick[0], format_value(quick[0], "time" if quick[1] else "day"))


def _foreign_date(line: str, langs: _Languages) -> tuple[datetime, str] | None:
    """dateparser's reading of a short line naming a year, in an article not in English."""
    if len(line) > _DATE_LINE_CHARS or not names_year(line) or not langs.foreign:
        return None
    return parse_date_string(line, langs.codes)


def _masthead_date(
    line: str, langs: _Languages, place: bool = False
) -> tuple[datetime, str] | None:
    """The date ending a byline or masthead: "By Jane Roe, Harbour Wire4 February 2022",
    "ATLANTIC NEWS AGENCYFeb 4, 2022", "The Daily Courier: 4 February 2022"; dateparser is
    asked only after a masthead (it costs a millisecond or more a call). With ``place`` (a
    line below the headline of an article not in English, whose headlines are not written
    in capitals word by word), a place and a comma lead it too: "A Coruña, 12 de enero de
    2026", "Palma, jueves 3 de julio de 2025"."""
    placed = place and langs.foreign
    for start in _DATE_START.finditer(line, 1):
        lead, date = line[: start.start()], line[start.start() :]
        # day first where the language writes it so: "AGENCIA EFE04/03/2025 14:05" (4 March)
        date = _day_first(date, langs) if _NUMERIC_SLASHES.match(date) else date
        quick = _quick_date(date)
        if quick:
            return quick if _is_masthead(lead, placed) else None
        if _is_masthead(lead, placed):
            parsed = _foreign_date(date, langs)
            if parsed:
                return parsed
    return None


def _is_masthead(lead: str, place: bool = False) -> bool:
    """Whether what comes before a date is a byline or the name of a paper or agency (or,
    with ``place``, a place and a comma)."""
    run_together = lead[-1:].isalpha() or lead[-1:] == "."
    unweekdayed = _TRAILING_WEEKDAY.sub("", lead).rstrip()
    if place:
        unweekdayed = _TRAILING_ON.sub("", unweekdayed)
    if unweekdayed[-1:] in _LABEL_SEPARATORS and _is_label(unweekdayed.rstrip(_LABEL_SEPARATORS)):
        return True  # "Health desk · 3 December 2020"
    masthead, bar, label = max(
        (unweekdayed.rpartition(sep) for sep in _LABEL_SEPARATORS), key=lambda p: len(p[0])
    )
    if bar and label.endswith(",") and _is_label(label.rstrip(" ,")) and _is_name(masthead.strip()):
        return True  # "Lakeside Herald | Live coverage, Monday, March 6, 2023"
    # the weekday before the date is the date's: "The Capital Ledger — Wednesday, April 27, 2016"
    bare = unweekdayed if place or unweekdayed != lead.rstrip() else lead.rstrip()
    separated = bare[-1:] in _MASTHEAD_SEPARATORS or (place and bare.endswith(","))
    bare = bare.rstrip(_MASTHEAD_SEPARATORS + " \t,")
    byline = _BY.match(bare)
    if byline:
        bare = _NAME_KEYWORDS.sub("", bare[byline.end() :])
    if not _is_name(bare):
        return False
    capitals = bare.upper() == bare and any(c.isalpha() for c in bare)
    return bool(byline) or run_together or separated or capitals


def _is_label(words: str) -> bool:
    """ "Health desk", "Amy Kwan (now) and Luke Harding (earlier)": a few words with no
    figure, set off from the date by a bar or a dot (no sentence ends in one)."""
    parts = words.split()
    return 1 <= len(parts) <= _LABEL_WORDS and not any(c.isdigit() for c in words)


def _is_name(words: str) -> bool:
    """ "Jane Roe, Harbour Wire", "ATLANTIC NEWS AGENCY", "Bank of England": each word
    capitalised or a linking word, a handful of them; not a sentence, no time or number."""
    parts = words.replace(",", " ").split()
    if not 1 <= len(parts) <= 10 or parts[-1].lower() in _NAME_LINKS:
        return False
    if any(c.isdigit() for c in words):
        return False
    return all(p[:1].isupper() or p.lower() in _NAME_LINKS for p in parts)


def _head_end(text: str) -> int:
    """Where the header area ends: after the first lines that hold text, and before the
    second paragraph of prose."""
    pos, lines, prose = 0, 0, 0
    while pos < len(text) and lines < _HEAD_LINES:
        nxt = text.find("\n", pos)
        end = len(text) if nxt < 0 else nxt + 1
        line = text[pos:end]
        if line.strip():
            lines += 1
            prose += len(line.split()) >= _PROSE_WORDS
            if prose == 2:
                return pos
        pos = end
    return pos


def nth_line_end(text: str, n: int) -> int:
    """Where the text's ``n``-th line ends (the whole text when it has fewer)."""
    pos = 0
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


# "03/10/2025": day, month, year in every language read but English (``_day_first``).
_NUMERIC_SLASHES = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)")


def _day_first(raw: str, langs: _Languages) -> str:
    """A numeric date with slashes read day first, as dots are, in an article in a language
    that writes it so ("Publicado: 03/10/2025 10:15" is 3 October); elsewhere "4/2/2022"
    stays unread (a guess would be a wrong date)."""
    code = langs.codes[0]
    if "/" not in raw or code not in languages():  # (a language not read: dateparser's)
        return raw
    if not words(code, "reports").NUMERIC_SLASHES_DAY_FIRST:
        return raw
    return _NUMERIC_SLASHES.sub(r"\1.\2.\3", raw, count=1)
