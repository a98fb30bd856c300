"""Whether what a clause "has" is a happening: "The play will have its premiere in June",
"the two leaders had talks on Monday", "she had an accident in 2019". "Have" with a thing
held tells a state ("had net profit of 3 mln", ``core.events.states``); with a noun that
names one happening (``core.events.nominal``) it tells that happening."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.nominal import is_happening_noun


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def had_happening(words: list[str], language: str) -> bool:
    """Whether ``words``, the first words after "have" (lower case), are a noun phrase whose
    head names a happening: an article or a possessive, at most one describing word, then
    that noun; or that noun alone ("had talks").

    >>> had_happening(["its", "premiere", "at", "the"], "en")
    True
    >>> had_happening(["net", "profit", "of", "3"], "en")
    False
    """
    c = _clauses(language)
    if not words:
        return False
    first = 1 if words[0] in c.ARTICLES | c.POSSESSIVE_PRONOUNS else 0  # ("had talks")
    head = next(
        (
            k
            for k in range(first, min(first + 2, len(words)))
            if is_happening_noun(words[k], language)
        ),
        None,
    )
    if head is None:
        return False
    after = words[head + 1] if head + 1 < len(words) else ""
    return not after or "NOUN" not in c.lemmas(after)  # not "a strike fund", "its fire alarm"
