"""What kind of happening a clause reports, from the lemmas of its words.

>>> kind_of("The two leaders signed a trade deal")
'agreement'
>>> kind_of("Police fired tear gas at protesters")
'protest'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from types import ModuleType

from core import lang

# The kinds of happening, the same in every language (each language's ``events.TRIGGERS``
# names the words of each). Earlier kinds win a tie: a clause with "troops" and "said" is
# military news, not a statement.
KINDS = (
    "violence", "military", "sanction", "election", "protest", "agreement", "meeting",
    "statement", "other",
)  # fmt: skip


@cache
def _events(language: str) -> ModuleType:
    return lang.words(language, "events")


@cache
def _idioms(language: str) -> re.Pattern[str]:
    """Uses of trigger words that report no happening: "strike a balance"."""
    return re.compile(_events(language).IDIOMS, re.I)


@cache
def word_pattern(language: str) -> re.Pattern[str]:
    """A word of the language's script, hyphens inside ("re-elect")."""
    return re.compile(lang.words(language, "clauses").WORD)


def kind_of(text: str, language: str = "en") -> str:
    """The kind of the happening ``text`` reports: the first of KINDS one of its words names."""
    return kinds_in(text, language)[0] if kinds_in(text, language) else "other"


def kinds_in(text: str, language: str = "en") -> list[str]:
    """Every kind some word of ``text`` names, in the order of KINDS.

    Words that name a happening only as verbs ("signs of cooling") count only through
    ``trigger_kind`` on the clause's verb.
    """
    clean = _idioms(language).sub(" ", text)
    verb_only = _events(language).VERB_ONLY_FORMS
    words = [w for w in word_pattern(language).findall(clean) if w.lower() not in verb_only]
    found = {k for word in words for k in word_kinds(word, language)}
    return [k for k in KINDS if k in found]


def trigger_kind(word: str, language: str = "en") -> str | None:
    """The kind a single word names ("visited" → meeting), or None."""
    kinds = word_kinds(word, language)
    return next((k for k in KINDS if k in kinds), None)


@lru_cache(maxsize=65536)
def word_kinds(word: str, language: str = "en") -> frozenset[str]:
    """The kinds whose trigger words are among the lemmas of ``word``."""
    forms = _lemmas(word, language)
    return frozenset(k for k, words in _events(language).TRIGGERS.items() if forms & words)


def _lemmas(word: str, language: str) -> set[str]:
    lower = word.lower()
    found = {lower}
    for forms in lang.words(language, "clauses").lemmas(lower).values():
        found.update(forms)
    return found
