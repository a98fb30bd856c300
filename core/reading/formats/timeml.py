"""TimeML files (.tml): the article text without its tags, dated by the <DCT>'s TIMEX3."""

from __future__ import annotations

import html
import re
from pathlib import Path

from core.model import Document
from core.reading.formats.base import (
    LANGUAGE,
    ReadError,
    content_hash,
    first_line,
    read_limited,
)
from core.reading.formats.text import decode_text
from core.timeval import parse_value

_DCT_VALUE = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*\bvalue=\"([^\"]+)\"", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
_DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def read_timeml(path: Path, max_bytes: int) -> Document:
    """The <TEXT> of a TimeML document as plain text, published at its <DCT> value.

    The text is exactly the <TEXT> content less its tags, so character offsets match the
    corpus's own (TempEval's JSONL carries the same text).
    """
    data, _ = read_limited(path, max_bytes)
    markup = decode_text(path, data)
    body = _TEXT.search(markup)
    if body is None:
        raise ReadError(path, "no <TEXT> element in this TimeML file")
    dct = _DCT_VALUE.search(markup)
    if dct is None or parse_value(dct.group(1)) is None:
        raise ReadError(path, "no usable <DCT> date in this TimeML file")
    text = html.unescape(_TAG.sub("", body.group(1)))
    title = _one_line(_TITLE, markup) or first_line(text)[0] or _one_line(_DOCID, markup)
    return Document(
        path=str(path),
        title=title or path.stem,
        text=text,
        published=dct.group(1),
        published_source="tml-dct",
        content_hash=content_hash(data),
        language=LANGUAGE,
    )


def _one_line(pattern: re.Pattern[str], markup: str) -> str:
    m = pattern.search(markup)
    return " ".join(html.unescape(_TAG.sub("", m.group(1))).split())[:300] if m else ""
