"""Whether a word after a figure's hedge ("about", "some") counts the verb's object: "sold
about one-third of its stock", "bought about half the shares", "represents about 40 pct".
A cut before the hedge would leave the verb without what it took ("The agency sold"); the
words a language counts with are its ``NUMBER_WORDS`` and ``FRACTION_WORDS``.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> counted_word("one-third", c), counted_word("40", c), counted_word("half", c)
(True, True, True)
>>> counted_word("the", c), counted_word("noon", c)
(False, False)
"""

from __future__ import annotations

from types import ModuleType


def counted_word(word: str, c: ModuleType) -> bool:
    """Whether ``word`` is a figure, a number word or a fraction ("one-third", "half")."""
    lower = word.lower()
    if lower[:1].isdigit():
        return True
    first = lower.split("-", 1)[0]
    return first in c.NUMBER_WORDS or lower in c.FRACTION_WORDS or first in c.FRACTION_WORDS
