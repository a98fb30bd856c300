"""A "since" clause whose subject is a noun phrase with no article: "Wages have risen since
unions signed the pact in 1981", "has improved since Hale's team took charge in 1983",
"since fears of a price war pushed rates higher last week", "since a new board of
directors was elected in 1984" (a subject longer than a list item's reach).

The clause's date is its own happening's (the signing, the taking charge), never the main
clause's, which is a state or a count running since then. ``core.events.phrases`` cuts such a
clause; a time ("since last year", "since early 1986", "since then") or a punctuation mark
before the verb is no subject ("since the vote, prices rose" is a phrase and the main clause).
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _is_finite
from core.events.time_words import time_word
from core.events.tokens import Token

SUBJECT_REACH = 7  # words of the subject at most, before its verb


def since_noun_clause(tokens: list[Token], k: int, c: ModuleType, language: str) -> bool:
    """Whether the "since" at ``k`` opens a clause whose subject is a noun phrase (a bare
    noun, a possessive's noun, or a long phrase after an article) and then its verb.

    >>> from core import lang
    >>> from core.events.tokens import tokenize
    >>> c = lang.words("en", "clauses")
    >>> def opens(text):
    ...     tokens = tokenize(text, 0, len(text))
    ...     k = next(i for i, t in enumerate(tokens) if t.lower == "since")
    ...     return since_noun_clause(tokens, k, c, "en")
    >>> opens("Pay has risen since unions signed the pact in 1981.")
    True
    >>> opens("Pay has risen since last year.")
    False
    >>> opens("Pay has risen since Abel's team took charge in 1983.")
    True
    """
    first = k + 1
    if first >= len(tokens) or not _subject_opener(tokens[first], c):
        return False
    for j in range(first + 1, min(len(tokens), first + 1 + SUBJECT_REACH)):
        token = tokens[j]
        if token.lower in c.AUX or _is_finite(tokens, j, first, c):
            return token.text.islower()
        if not _subject_word(tokens, j, c, language):
            return False
    return False


def _subject_opener(token: Token, c: ModuleType) -> bool:
    """A subject's first word: an article or a possessive ("the", "its"), a name's possessive
    ("Hale's"), or a lowercase noun that is no time and no function word ("unions")."""
    word = token.text
    if token.lower in c.ARTICLES | c.POSSESSIVE_PRONOUNS:
        return True
    if word[:1].isupper():
        return word.endswith(tuple(c.POSSESSIVE_ENDINGS)) and word[:1].isalpha()
    if not word.isalpha() or not word.islower():
        return False
    if token.lower in c.FUNCTION_WORDS | c.PREPOSITIONS | c.ADVERBS | c.TIME_UNITS:
        return False
    parts = c.lemmas(token.lower)  # (a word the lexicon lacks is most often a noun: "dockers")
    return (bool(parts.get("NOUN")) or not parts) and not word.endswith(c.ADVERB_ENDING)


def _subject_word(tokens: list[Token], j: int, c: ModuleType, language: str) -> bool:
    """A word inside the subject: a lowercase word that is no time, no opener and no adverb, or
    a name's word, or an article and a preposition of place or kind ("fears of a war",
    "services in Britain")."""
    token = tokens[j]
    word = token.text
    if not word.replace("-", "").isalpha() or time_word(tokens, j, language):
        return False
    if token.lower in c.ARTICLES or token.lower in c.SINCE_SUBJECT_PREPOSITIONS:
        return True  # "fears of a war", "services in Britain", "orders for ships"
    if token.lower in c.OPENERS | c.BARE_OPENERS | c.COORDINATORS | c.PREPOSITIONS:
        return False
    return token.lower not in c.ADVERBS and token.lower not in c.FUNCTION_WORDS
