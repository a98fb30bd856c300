"""A title made of a clause's words as written, cut to fit: at a word, to the length a title
may have, and back past any word no title ends on ("в", "і", "und")."""

from __future__ import annotations

from types import ModuleType


def fitted(words: list[str], max_chars: int, c: ModuleType) -> list[str]:
    """``words`` cut at a word to ``max_chars``, then before a last word a title cannot end
    on: "Почали ремонт мосту і" → "Почали ремонт мосту"."""
    kept = list(words)
    while kept and (len(" ".join(kept)) > max_chars or kept[-1].lower() in c.TITLE_DANGLING):
        kept.pop()
    return kept
