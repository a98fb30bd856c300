"""Reuters-style SGML wire archives (.sgm): one Document per <REUTERS> element.

Each article is dated by its own <DATE> ("03-MAR-1987 09:12:44.20"), read leniently:
trailing junk and doubled spaces are ignored, and an impossible time ("605:12:19.12")
keeps the day and drops the time. The file is read as Latin-1, which maps every byte to
one character, so a stray non-ASCII byte cannot stop the file and each article's own bytes
(for its content hash) are recovered exactly.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import datetime
from pathlib import Path

from core.model import Document
from core.reading.formats.base import (
    LANGUAGE,
    ReadError,
    content_hash,
    first_line,
    read_limited,
)
from core.reading.published import FoundDate, found, publication_date

log = logging.getLogger(__name__)

_NEWID = re.compile(r'\bNEWID="?(\d+)')
_DATE = re.compile(
    r"(?P<d>\d{1,2})-(?P<mon>[A-Za-z]{3})-(?P<y>\d{4})"
    r"(?:\s+(?P<h>\d+):(?P<mi>\d{2}))?"
)
_MONTHS = {
    m: i for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}  # fmt: skip
_TITLE = re.compile(r"<TITLE>.*?</TITLE>", re.DOTALL)
_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def read_sgml(path: Path, max_bytes: int, share: tuple[int, int] = (0, 1)) -> list[Document]:
    """Every <REUTERS> article of a wire archive, each with its own date and locator;
    ``share`` ``(part, parts)``: every ``parts``-th from ``part`` only (finding where the
    articles are is cheap; making each a Document is not, and each worker makes its own)."""
    data, mtime = read_limited(path, max_bytes)
    raw = data.decode("latin-1")
    elements = list(_elements(raw))
    if not elements:
        raise ReadError(path, "no <REUTERS> articles in this SGML file")
    part, parts = share
    return [_article(path, *element, mtime) for element in elements[part::parts]]


def _elements(raw: str):
    """(offset, attributes, inner text, whole element) of each <REUTERS> element."""
    start = raw.find("<REUTERS")
    while start >= 0:
        tag_end = raw.find(">", start)
        end = raw.find("</REUTERS>", tag_end)
        if tag_end < 0 or end < 0:
            log.warning("an article cut short at offset %d is left out", start)
            return
        yield start, raw[start + 8 : tag_end], raw[tag_end + 1 : end], raw[start : end + 10]
        start = raw.find("<REUTERS", end)


def _article(
    path: Path, offset: int, attributes: str, inner: str, element: str, mtime: float
) -> Document:
    newid = _NEWID.search(attributes)
    locator = f"NEWID={newid.group(1)}" if newid else f"offset={offset}"
    title = _clean(_field("TITLE", inner)).replace("\n", " ")
    dateline = " ".join(_clean(_field("DATELINE", inner)).split())
    body = _body(inner)
    head = "\n\n".join(part for part in (title, dateline) if part)
    text = f"{head}\n\n{body}" if head else body
    body_start = len(text) - len(body)
    found_date = parse_sgml_date(_field("DATE", inner))
    if found_date is None:
        log.warning("%s %s: no usable <DATE>; dating it from its text", path, locator)
        found_date = publication_date(text, mtime=mtime)
    return Document(
        path=str(path),
        title=" ".join(title.split()) or first_line(body)[0] or f"{path.stem} {locator}",
        text=text,
        published=found_date.value,
        published_source=found_date.source,
        content_hash=content_hash(element.encode("latin-1")),
        body_start=body_start,
        locator=locator,
        language=LANGUAGE,
    )


def parse_sgml_date(raw: str) -> FoundDate | None:
    """A Reuters <DATE>: "03-MAR-1987 09:12:44.20" → 1987-03-03T09:12, source "sgml-date".

    >>> parse_sgml_date("31-MAR-1987 605:12:19.12").value  # no such hour: keep the day
    '1987-03-31'
    """
    m = _DATE.search(raw)
    month = _MONTHS.get(m["mon"].upper()) if m else None
    if not m or not month:
        return None
    try:
        day = datetime(int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None
    hour, minute = int(m["h"] or 99), int(m["mi"] or 99)
    if hour < 24 and minute < 60:
        return found(day.replace(hour=hour, minute=minute), True, "sgml-date")
    return found(day, False, "sgml-date")


def _field(name: str, inner: str) -> str:
    start = inner.find(f"<{name}>")
    if start < 0:
        return ""
    start += len(name) + 2
    end = inner.find(f"</{name}>", start)
    return inner[start:end] if end >= 0 else ""


def _body(inner: str) -> str:
    body = _field("BODY", inner)
    if not body:  # BRIEF and UNPROC articles: whatever the <TEXT> holds besides its title
        text = _TEXT.search(inner)
        body = _TITLE.sub("", text.group(1)) if text else ""
        body = _TAG.sub("", body)
    return _without_sign_off(_clean(body)).lstrip("*").strip()


def _without_sign_off(body: str) -> str:
    """The body less the agency's closing "Reuter" line."""
    body = body.rstrip()
    for sign_off in ("Reuters", "Reuter"):
        if body.endswith(sign_off) and (
            len(body) == len(sign_off) or body[-len(sign_off) - 1].isspace()
        ):
            return body[: -len(sign_off)]
    return body


def _clean(raw: str) -> str:
    return _CONTROL.sub("", html.unescape(raw)).strip()
