"""A headline the reader kept in the body: a short line of its own with no verb.

A plain-text article may end its headline on a full stop ("Bagarre à Lunel.", "Record crowd
at the fair."): the reader takes a line ending a sentence for the body, so the headline is
the body's first "sentence". It reports no news of its own; the article's opening sentences
(its lead) come after it.
"""

from __future__ import annotations

import re

from core.events.finite import finite_verb
from core.events.tokens import tokenize

# A headline of more words than this is more likely a sentence whose verb was not read.
_MAX_WORDS = 12
_NEXT_LINE = re.compile(r"[ \t]*[\r\n]\s*\S")  # the line ends, and more text follows


def headline_in_body(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]``, the body's first sentence, is a line of its own with no
    finite verb and another line after it ("Bagarre à Lunel.\\nUn livreur …")."""
    if text[start - 1 : start] not in ("", "\n"):
        return False
    if not _NEXT_LINE.match(text, end) or text.count(" ", start, end) >= 2 * _MAX_WORDS:
        return False  # (a long line is a sentence: no need to read its words)
    tokens = tokenize(text, start, end)
    words = [t for t in tokens if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_WORDS:
        return False
    return finite_verb(tokens, 0, len(tokens), language) is None
