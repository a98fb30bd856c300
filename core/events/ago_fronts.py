"""A sentence that opens on how long ago its story was, set off by a comma: "Полвека назад,
в мае 1973 года, группа геологов нашла …", "Пів століття тому, …, група аматорів побачила
…". The words before the comma are a time phrase ending on its "ago" word, not the subject:
the subject comes after the last comma before the verb.
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence

_PHRASE_WORDS = 4  # "Почти полвека назад", "Two decades ago": a longer stretch is more


def opens_on_ago(s: Sentence, keep: list[int]) -> bool:
    """Whether the subject's words ``keep`` open on a short phrase that ends on an "ago" word
    ("назад", "тому", ``cues.AGO_WORDS`` that count back from now) right before a comma."""
    comma = next((i for i, k in enumerate(keep) if s.tokens[k].text == ","), None)
    if comma is None or comma < 2 or comma > _PHRASE_WORDS or comma + 1 >= len(keep):
        return False
    ago = lang.words(s.language, "cues").AGO_WORDS.get(s.tokens[keep[comma - 1]].lower)
    return ago == (-1, True)
