"""Find an article's publication date (its DCT) and say where it came from."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from core.timeval import format_value

log = logging.getLogger(__name__)

# Lines such as "Published: Fri 4 Feb 2022, 23:15" or "Updated - 5 March 2021".
_HEADER = re.compile(
    r"^[ \t]*(?:first[ \t]+)?(?:published|updated|posted|date|dated|last[ \t]+updated)"
    r"(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*(?P<date>[^\n]{6,60}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 40  # a header sits near the top; a "Date:" deep in the body is not one


@dataclass(frozen=True, slots=True)
class FoundDate:
    moment: datetime
    value: str  # TIMEX3 value at the precision given ("2022-02-04T23:15" or "2022-02-04")
    source: str
    span: tuple[int, int]  # where in the text it was found


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser  # heavy: import where used, off the GUI thread

    return DateDataParser(
        languages=["en"],
        settings={"RETURN_TIME_AS_PERIOD": True, "PREFER_DATES_FROM": "past"},
    )


def parse_date_string(raw: str) -> tuple[datetime, str] | None:
    """A complete date (day or time precision) from a short string, with its TIMEX3 value."""
    data = _parser().get_date_data(raw.strip().rstrip(".,;"))
    if data.date_obj is None or data.period not in ("day", "time"):
        return None
    moment = data.date_obj.replace(tzinfo=None)
    return moment, format_value(moment, "time" if data.period == "time" else "day")


def find_header_date(text: str) -> FoundDate | None:
    """The publication date from a header line near the top of the article.

    >>> find_header_date("Title\\n\\nPublished: Fri 4 Feb 2022, 23:15\\n\\nBody").value
    '2022-02-04T23:15'
    """
    head_end = _nth_line_end(text, _HEADER_LINES)
    for match in _HEADER.finditer(text, 0, head_end):
        parsed = parse_date_string(match["date"])
        if parsed:
            return FoundDate(parsed[0], parsed[1], "header", match.span())
    return None


def from_file_time(mtime: float) -> FoundDate:
    moment = datetime.fromtimestamp(mtime).replace(second=0, microsecond=0)
    return FoundDate(moment, format_value(moment, "time"), "mtime", (0, 0))


def _nth_line_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos
