"""A pronoun that opens a sentence after a sentence opening on the same pronoun stands for
what that one does: "He grew up on the island and left school to work on boats out of Ely.
In 1983 he passed his certificate": both "he" are the person named before them, never the
place or the thing the sentence between names in passing ("Ely", "the Theft Act 1968", the
"Messiah" model). The names of a sentence that is about "he" are no candidates for the "he"
after it; the chain is followed back to where the person was named, and when no one is sure
there, neither is the pronoun.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence, parse_sentence
from core.events.sentences import sentence_before

# sentences a chain of "he … he … he" is followed back through, at most
CHAIN_SENTENCES = 6


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def chained(s: Sentence, k: int) -> tuple[Sentence, int] | None:
    """The sentence before ``s``, parsed, and where in it the same pronoun as ``k`` is the
    subject of its first clause, just before its verb ("he" for "he" or "his", "she" for
    "she" or "her", "it" for "it" or "its"); None when that clause's subject is anything
    else, or there is no sentence before."""
    c = _clauses(s.language)
    word = s.tokens[k].lower
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None:
        return None
    previous = parse_sentence(s.text, before[0], before[1], [], s.mentions, s.language)
    if previous is None or not previous.tokens or not previous.clauses:
        return None
    first = previous.clauses[0]
    if first.verb is None:
        return None
    j = first.verb - 1
    while j > first.start and previous.tokens[j].lower in c.AUX | c.ADVERBS:
        j -= 1  # "he had already left"
    if j < first.start or not _same(word, previous.tokens[j].lower, c):
        return None  # "The lawsuit, filed …, seeks what it gained": not about "it"
    if _many(previous, first.verb, c) or _many(s, _verb_of(s, k), c):
        return None  # German "sie" with a plural verb: they, no woman
    return previous, j


def _verb_of(s: Sentence, k: int) -> int | None:
    """The verb of the clause that token ``k`` is in."""
    return next((cl.verb for cl in s.clauses if cl.start <= k < cl.end), None)


def _many(s: Sentence, verb: int | None, c: ModuleType) -> bool:
    """Whether a verb has a plural's ending, where the language's one pronoun for "she" and
    "they" (German "sie") leaves it to the verb to tell which."""
    if c.THEY not in c.PERSONAL_PRONOUNS or verb is None:
        return False
    word = s.tokens[verb].lower
    endings = c.PLURAL_VERB_ENDINGS  # German "gründeten", "sind"
    return (
        c.plural_verb(word) or (bool(endings) and word.endswith(endings)) or word in c.PLURAL_VERBS
    )


def _same(word: str, other: str, c: ModuleType) -> bool:
    """Whether two pronouns stand for the same kind of thing, the second a subject: "his" and
    "he", "she" and "she"; "it" and "it"."""
    if other not in c.PRONOUNS or (other == c.THEY and other not in c.PERSONAL_PRONOUNS):
        return False  # (German "sie" is "she" too, when its verb is singular: ``_many``)
    personal = c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES
    if (word in personal) != (other in personal):
        return False
    return (word in c.FEMALE_PRONOUNS) == (other in c.FEMALE_PRONOUNS)
