"""Word forms told by their endings, for a language read without a dictionary (Russian and
Ukrainian): a word is a verb when it ends as a past, a present or an infinitive does and is no
listed noun; its stem is what is left without the ending. Each language folder gives its own
endings and lists (``core/lang/ru/clauses.py``, ``core/lang/uk/clauses.py``); the rules that
read them are here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, eq=False)  # hashed by identity: the caches key on it
class EndingForms:
    """One language's endings and word lists, and the word forms read from them."""

    past: re.Pattern[str]  # "посетил", "відвідав"
    present: re.Pattern[str]  # the third person of the present and perfective future
    infinitive: re.Pattern[str]
    short_passive: re.Pattern[str]  # a passive participle standing as the predicate
    not_verbs: frozenset[str]  # words the endings would take for verbs
    not_participles: frozenset[str]
    noun_stems: frozenset[str]  # nouns whose case forms end like a past ("недели")
    finite_words: frozenset[str]  # forms of "be" and modals: finite whatever their ending
    never_nouns: frozenset[str]  # auxiliaries and prepositions
    verb_endings: tuple[str, ...]  # longest first
    noun_endings: tuple[str, ...]
    stem_vowels: str  # a vowel left before a verb ending belongs to it

    @lru_cache(maxsize=65536)  # noqa: B019 — one instance a language, kept for the run
    def lemmas(self, lower: str) -> dict[str, tuple[str, ...]]:
        """Stems by part of speech of a lower-case word; treat the result as read-only."""
        if not lower[:1].isalpha():
            return {}
        found: dict[str, tuple[str, ...]] = {}
        if (
            lower not in self.not_verbs
            and self.noun_stem(lower) not in self.noun_stems
            and (
                self.past.match(lower)
                or self.present.match(lower)
                or self.infinitive.match(lower)
                or self.passive(lower)
            )
        ):
            found["VERB"] = (self.verb_stem(lower),)
        if lower not in self.never_nouns and "VERB" not in found:
            found["NOUN"] = (self.noun_stem(lower),)
        return found

    def passive(self, lower: str) -> bool:
        return bool(self.short_passive.match(lower)) and lower not in self.not_participles

    def verb_stem(self, lower: str) -> str:
        for ending in self.verb_endings:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                stem = lower[: -len(ending)]
                return stem[:-1] if stem[-1] in self.stem_vowels and len(stem) > 3 else stem
        return lower

    def noun_stem(self, lower: str) -> str:
        for ending in self.noun_endings:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                return lower[: -len(ending)]
        return lower

    @lru_cache(maxsize=65536)  # noqa: B019 — as above
    def is_past(self, word: str) -> bool:
        """A finite verb form: the past or the third person of the present and perfective
        future, not an infinitive."""
        lower = word.lower()
        if lower in self.finite_words:
            return True
        if lower in self.not_verbs or self.noun_stem(lower) in self.noun_stems:
            return False
        return bool(self.past.match(lower) or self.present.match(lower) or self.passive(lower))
