"""E-mail messages (.eml), such as newsletters: subject, body, and the Date header."""

from __future__ import annotations

import logging
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from core.model import Document
from core.reading.formats.base import ReadError, content_hash, document_from_text, read_limited
from core.reading.published import from_metadata

log = logging.getLogger(__name__)

_REPLY_MARKS = re.compile(r"^(?:(?:fwd?|re|tr|wg|aw)\s*:\s*)+", re.IGNORECASE)


def read_eml(path: Path, max_bytes: int) -> Document:
    """The message's text (the plain part, else its HTML part's article text).

    The Date header dates it (source "email-date") unless the text has a header line or
    dateline of its own, as a forwarded article does.
    """
    data, mtime = read_limited(path, max_bytes)
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise ReadError(path, "not an e-mail message")
    body = _body_text(path, message)
    subject = _REPLY_MARKS.sub("", " ".join(str(message.get("Subject", "")).split()))
    text = f"{subject}\n\n{body}" if subject else body
    return document_from_text(
        path,
        text,
        data_hash=content_hash(data),
        mtime=mtime,
        title=subject,
        metadata=from_metadata(str(message.get("Date", "")), source="email-date"),
        body_start=len(text) - len(body),
    )


def _body_text(path: Path, message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise ReadError(path, "the e-mail has no text or HTML body")
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        raise ReadError(path, f"the e-mail body cannot be decoded ({exc})") from exc
    if part.get_content_subtype() == "html":
        content = _html_text(content)
    content = content.replace("\r\n", "\n").strip()
    if not content:
        raise ReadError(path, "the e-mail body is empty")
    return content


def _html_text(markup: str) -> str:
    import lxml.html

    from core.reading.formats.webpage import article_text

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in tree.xpath("//script|//style"):
        element.drop_tree()
    fallback = tree.text_content()  # before trafilatura prunes the tree
    return article_text(tree)[1] or fallback
