"""dateparser for the absolute dates it reads well: other languages and numeric forms.

"14. Februar 2022", "14 février", "14 февраля 2022", "2/4/2022". Each distinct expression is
parsed once and cached as (year or None, month, day or None); the caller places a year-less
date against the document's own publication date and tense, so the cache does not depend on it.
dateparser is imported on first use only: it costs ~0.3 s.
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import datetime
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"]
# A base far from any real date, so a year dateparser filled in is recognisable as such.
_BASE = datetime(1904, 1, 1)
_parser: Any = None
_lock = threading.Lock()


def _get_parser() -> Any:
    global _parser
    with _lock:
        if _parser is None:
            from dateparser.date import DateDataParser

            _parser = DateDataParser(
                languages=LANGUAGES,
                settings={"RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first"},
            )
    return _parser


@lru_cache(maxsize=4096)
def parse(expression: str) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of an absolute date expression; year/day None when not written.

    >>> parse("14 février")
    (None, 2, 14)
    """
    data = _get_parser().get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    moment = data.date_obj
    has_year = bool(re.search(r"\d{4}|\d+[/.]\d+[/.]\d{2}\b", expression))
    day = moment.day if data.period in ("day", "time") else None
    return (moment.year if has_year else None), moment.month, day
