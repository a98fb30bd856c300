"""The date a web page prints above its article, where the article extractor does not look.

trafilatura keeps the article's paragraphs and drops the lines around them: the byline box
("Jane Roe, Science Correspondent<br>12 October 2016"), the live page's "LIVE · Last updated:
5 July 2024, 04:12 BST", the "Published …" line under the headline. Those lines are read here
from the page's visible text above the article's first paragraph, by the same header rules
as a plain-text article (``find_header_date``), for a page whose metadata names no date.
"""

from __future__ import annotations

from core.reading.header import find_header_date
from core.reading.published import FoundDate

# Elements that start a line of their own on screen.
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4"
    " h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg"})
# How much of the article's first paragraph locates it in the page's text.
_LOCATE_CHARS = 40
_MAX_LINES = 40


def visible_header_date(tree, body: str) -> FoundDate | None:
    """The publication date printed in the page's lines above ``body``'s first paragraph."""
    parts: list[str] = []
    _lines(tree, parts)
    page = "".join(parts)
    lines = [" ".join(line.split()) for line in page.splitlines()]
    text = "\n".join(line for line in lines if line)
    first = next((p.strip() for p in body.splitlines()[1:] if len(p.strip()) >= _LOCATE_CHARS), "")
    end = text.find(first[:_LOCATE_CHARS]) if first else -1
    head = text[:end] if end > 0 else "\n".join(text.splitlines()[:_MAX_LINES])
    found = find_header_date(head)
    return FoundDate(found.moment, found.value, "header") if found else None


def _lines(element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in _HIDDEN:
        out.append(element.tail or "")
        return
    block = tag.lower() in _BLOCKS
    if block or tag.lower() == "br":
        out.append("\n")
    out.append(element.text or "")
    for child in element:
        _lines(child, out)
    if block:
        out.append("\n")
    out.append(element.tail or "")
