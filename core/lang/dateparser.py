"""dateparser, configured once: the one module that imports it.

Two uses, with the settings each needs:

- ``parse_date_expression``: the absolute dates the tagger hands over, in the languages wire
  copy quotes and in numeric forms ("14. Februar 2022", "14 février", "14 февраля 2022",
  "2/4/2022"). Each distinct expression is parsed once and cached as (year or None, month,
  day or None); the caller places a year-less date against the document's own publication
  date and tense, so the cache does not depend on it.
- ``parse_publication_date``: a publication date written in a page's header or metadata
  ("Friday, February 4th, 2022 11:15 PM", "4. Februar 2022, 14:05 Uhr"), in the languages
  given (the article's own and those Datelines reads; any of dateparser's 200, the others are
  passed over), with the precision it gave (day or time); a date that could be either past
  or future is taken as past.

dateparser is imported on first use only: it costs ~0.3 s.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

log = logging.getLogger(__name__)

# The languages of the dates the tagger hands over: English and those wire copy quotes.
EXPRESSION_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk"]
# A base far from any real date, so a year dateparser filled in is recognisable as such.
_BASE = datetime(1904, 1, 1)
_lock = threading.Lock()


@cache
def _parser(languages: tuple[str, ...], settings: tuple[tuple[str, object], ...]) -> Any:
    with _lock:  # dateparser's own caches are thread-safe only from 1.5.0
        from dateparser.date import DateDataParser  # heavy: import where used

        return DateDataParser(languages=list(languages), settings=dict(settings))


def _expression_parser(date_order: str = "") -> Any:
    settings: tuple[tuple[str, object], ...] = (
        ("RELATIVE_BASE", _BASE), ("PREFER_DAY_OF_MONTH", "first")
    )  # fmt: skip
    if date_order:  # the order numeric dates are written in ("DMY": 3.5.2003 is 3 May)
        settings += (("DATE_ORDER", date_order),)
    return _parser(tuple(EXPRESSION_LANGUAGES), settings)


def _publication_parser(languages: tuple[str, ...]) -> Any:
    settings = (("RETURN_TIME_AS_PERIOD", True), ("PREFER_DATES_FROM", "past"))
    return _parser(languages, settings)


@cache
def _known_languages() -> frozenset[str]:
    from dateparser.data.languages_info import language_order

    return frozenset(language_order)


@lru_cache(maxsize=4096)
def parse_date_expression(
    expression: str, date_order: str = ""
) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of an absolute date expression; year/day None when not written.
    ``date_order`` is how the text's language writes numeric dates ("DMY"), if it says.

    >>> parse_date_expression("14 février"), parse_date_expression("3.5.2003", "DMY")
    ((None, 2, 14), (2003, 5, 3))
    """
    data = _expression_parser(date_order).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    moment = data.date_obj
    has_year = bool(re.search(r"\d{4}|\d+[/.]\d+[/.]\d{2}\b", expression))
    day = moment.day if data.period in ("day", "time") else None
    return (moment.year if has_year else None), moment.month, day


def parse_publication_date(
    raw: str, languages: str | Sequence[str] = "en"
) -> tuple[datetime, str] | None:
    """The moment a publication date names (no time zone) and its precision, "day" or "time";
    None when it names less than a day. dateparser reads it in the first of ``languages``
    whose words it is all written in, so a date in German is never half read as English.

    >>> parse_publication_date("Friday, February 4th, 2022 11:15 PM")
    (datetime.datetime(2022, 2, 4, 23, 15), 'time')
    >>> parse_publication_date("4 février 2022 à 23h15", ["en", "fr", "xx"])
    (datetime.datetime(2022, 2, 4, 23, 15), 'time')
    """
    wanted = [languages] if isinstance(languages, str) else languages
    codes = tuple(dict.fromkeys(c for c in wanted if c in _known_languages()))
    # The first language alone, then the others: dateparser weighs every language it is
    # given before it parses, so one at first is 2-4 times as fast when the first is right.
    for group in (codes[:1], codes[1:]):
        data = _publication_parser(group).get_date_data(raw) if group else None
        if data is not None and data.date_obj is not None and data.period in ("day", "time"):
            return data.date_obj.replace(tzinfo=None), data.period
    return None
