"""Saved web pages (.html, .htm): the article text, its title and its publication date.

trafilatura finds the article among navigation, ads, scripts and comments; the date comes
from the page's own metadata, read here first because it often carries the time of day
(``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``…), then from
htmldate's (trafilatura's) reading of the page, which gives the day.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path

from core.model import Document
from core.reading.formats.base import ReadError, content_hash, document_from_text, read_limited
from core.reading.formats.page_header import visible_header_date
from core.reading.formats.text import decode_text
from core.reading.published import FoundDate, from_metadata

log = logging.getLogger(__name__)

_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Meta tags that name the publication date, most specific first.
_META_NAMES = (
    "article:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "pubdate", "publication_date", "sailthru.date",
    "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "date", "og:updated_time", "article:modified_time",
)  # fmt: skip
_RANK = {name: rank for rank, name in enumerate(_META_NAMES)}


def read_webpage(path: Path, max_bytes: int) -> Document:
    """The article of a saved web page, titled and dated from its metadata."""
    data, mtime = read_limited(path, max_bytes)
    return document_from_markup(path, _decode(path, data), content_hash(data), mtime)


def read_mhtml(path: Path, max_bytes: int) -> Document:
    """A page saved as one file by a browser (.mhtml, .mht): its HTML part, read as above."""
    from email import policy
    from email.parser import BytesParser

    data, mtime = read_limited(path, max_bytes)
    message = BytesParser(policy=policy.default).parsebytes(data)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ReadError(path, "no HTML page inside this web archive")
    try:
        markup = part.get_content()
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        raise ReadError(path, f"the saved page cannot be decoded ({exc})") from exc
    return document_from_markup(path, markup, content_hash(data), mtime)


def document_from_markup(path: Path, markup: str, data_hash: str, mtime: float) -> Document:
    """The Document of a page's HTML: trafilatura's article text, the metadata's date."""
    import lxml.html  # with trafilatura, heavy: only when a web page is read
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(_XML_DECLARATION.sub("", markup))
    except (ParserError, ValueError) as exc:
        raise ReadError(path, f"the web page cannot be parsed ({exc})") from exc
    metadata = page_date(tree)
    page_title = _page_title(tree)
    _entry_times_kept(tree)
    title, body, library_date = article_text(tree)
    body = _blocks(body)
    if not body.strip():
        raise ReadError(path, "no article text found in this web page")
    title = title or page_title
    text, body_start = _with_title(title, body)
    return document_from_text(
        path,
        text,
        data_hash=data_hash,
        mtime=mtime,
        title=title,
        metadata=metadata or visible_header_date(tree, body) or from_metadata(library_date),
        body_start=body_start,
    )


# A live page's entry time: "14:05", "16.48", "9:30am".
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?")
_BLOCK_PARENTS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "td", "th", "a", "figcaption"})


def _entry_times_kept(tree) -> None:
    """A live page's entry times written in an inline element beside the entry's paragraph
    (``<div><span class="time">04:05</span><p>…</p></div>``) become paragraphs of their own:
    trafilatura drops a lone inline element, and with it the time the entry was posted."""
    for element in tree.iter("span", "time", "b", "strong"):
        parent = element.getparent()
        if parent is None or parent.tag in _BLOCK_PARENTS:
            continue
        if _CLOCK.fullmatch(element.text_content().strip()):
            element.tag = "p"


def _blocks(body: str) -> str:
    """trafilatura's text, one block of the page a line (paragraph, heading, standfirst,
    timestamp, navigation), with a blank line between blocks: a line of a page is never a
    sentence wrapped, so a headline or a "Last updated" line with no full stop does not run
    into the sentence after it. A clock time alone on its line opens the entry after it
    ("14:05" / "Fire brigade says …" is one entry, "14:05 Fire brigade says …")."""
    blocks: list[str] = []
    time = ""
    for line in (line.strip() for line in body.split("\n")):
        if _CLOCK.fullmatch(line):
            time = f"{time} {line}".strip()
        elif line:
            blocks.append(f"{time} {line}" if time else line)
            time = ""
    if time:
        blocks.append(time)
    return "\n\n".join(blocks)


def _with_title(title: str, body: str) -> tuple[str, int]:
    """The text with the title on top, and where the body starts; the extracted body
    often opens with the page's headline already, which is then not repeated."""
    headline, _, rest = body.partition("\n")
    if title and (title.lower() in headline.lower() or headline.lower() in title.lower()):
        return body, len(body) - len(rest.lstrip("\n")) if rest else 0
    if not title:
        return body, 0
    return f"{title}\n\n{body}", len(title) + 2


def _decode(path: Path, data: bytes) -> str:
    """The page's text: UTF-8 when the bytes are UTF-8 (browsers re-encode saved pages
    and leave the old declaration in place; other text is almost never valid UTF-8),
    else the declared charset, else detection."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            log.info("%s: declared charset %s does not decode it", path, declared.group(1))
    return decode_text(path, data)


def page_date(tree) -> FoundDate | None:
    """The publication date a page's metadata gives: meta tags, JSON-LD, <time datetime>."""
    candidates: list[tuple[int, str]] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _RANK and meta.get("content"):
            candidates.append((_RANK[key], meta.get("content")))
    for raw in _json_ld_dates(tree):
        candidates.append((_RANK["datepublished"], raw))
    for time_tag in tree.iter("time"):
        if time_tag.get("datetime"):
            candidates.append((len(_RANK), time_tag.get("datetime")))
            break  # the first <time> on a page is the article's far more often than not
    for _, raw in sorted(candidates, key=lambda c: c[0]):
        found = from_metadata(raw)
        if found:
            return found
    return None


def _json_ld_dates(tree):
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        yield from _find_key(data, "datePublished")


def _find_key(data, key: str):
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        for value in data.values():
            yield from _find_key(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _find_key(item, key)


def _page_title(tree) -> str:
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:title" and meta.get("content"):
            return " ".join(meta.get("content").split())
    titles = tree.findall(".//title")
    return " ".join(titles[0].text_content().split()) if titles else ""


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # The default (250 characters) sends a short news brief to a cruder fallback that runs
    # its paragraphs together.
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "100"
    return config


def article_text(tree) -> tuple[str, str, str | None]:
    """Title, article text and date as trafilatura finds them."""
    import trafilatura

    result = trafilatura.bare_extraction(
        tree,
        config=_config(),
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return "", "", None
    return (result.title or "").strip(), (result.text or "").strip(), result.date
