"""Articles written in a test: a headline, a body of our own, and a given publication date."""

from __future__ import annotations

from core.model import Document

HEADLINE = "A headline for the test"


def article(body: str, published: str = "2022-02-04T23:15") -> Document:
    """A document whose body is ``body``, published at ``published`` (its header says so)."""
    text = f"{HEADLINE}\n\n{body}"
    return Document("/t.txt", HEADLINE, text, published, "header", "h",
                    body_start=text.index(body))  # fmt: skip
