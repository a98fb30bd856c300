"""What a sentence-opening "it" or "they" stands for when its sentence repeats what the sentence
before reported of a thing, as a correction does: "An earlier edition of this report said the
ferry sailed in 1907. It sailed in 1908" → "The ferry sailed".

The sentence before reports, after its verb of saying, a clause whose subject is a noun
phrase after an article ("the ferry"); the pronoun's own verb is that clause's verb again
("sailed", "was built … was built"). The same happening told twice is of the same thing, so
the pronoun is that phrase, when its number agrees ("it" a singular noun, "they" a plural one).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import _previous, is_plural
from core.events.clause_edges import says
from core.events.parse import Sentence
from core.events.wording import reduce_names

# how many words the reported subject may have ("the first six lynx": an article and three)
SUBJECT_WORDS = 4


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def repeated_subject(s: Sentence, k: int) -> str | None:
    """The subject, as written, of the clause the sentence before ``s`` reports whose verb the
    pronoun ``k`` (opening ``s``) has again; None when there is none or the number differs."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    if pronoun not in (c.ONE_THING_PRONOUNS - c.POSSESSIVE_PRONOUNS) | {c.THEY} or k != 0:
        return None
    verb = _lexical(s, k + 1, c)
    before = _previous(s) if verb is not None else None
    if verb is None or before is None:
        return None
    lemmas = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))
    tokens = before.tokens
    for v, token in enumerate(tokens):
        if not says(token.lower, c):
            continue
        a = v + 2 if v + 1 < len(tokens) and tokens[v + 1].lower == c.THAT else v + 1
        if a >= len(tokens) or tokens[a].lower not in c.ARTICLES:
            continue
        for b in range(a + 2, min(a + SUBJECT_WORDS + 1, len(tokens))):
            again = _lexical(before, b, c)
            if again is None:
                continue
            if not lemmas & set(c.lemmas(tokens[again].lower).get("VERB", ())):
                break  # the reported clause's verb is another
            head = tokens[b - 1].text
            if not (head.isalpha() and head.islower()):
                break
            if is_plural(head, c) != (pronoun == c.THEY):
                return None  # "… said the jets were grounded. It was grounded": not them
            return reduce_names(before.text, tokens, a, b, before.mentions, set(), s.language)
    return None


def _lexical(s: Sentence, j: int, c: ModuleType) -> int | None:
    """The verb of the verb group starting at token ``j`` ("was | built", "sailed"), past its
    auxiliaries and adverbs; None when no finite verb or auxiliary starts there."""
    start = j
    while j < len(s.tokens) - 1 and s.tokens[j].lower in c.AUX | c.ADVERBS:
        j += 1
    if j >= len(s.tokens) or "VERB" not in c.lemmas(s.tokens[j].lower):
        return None
    word = s.tokens[j].text
    if j == start and not c.is_past(word):
        return None  # "the ferry sails": no past told, nothing repeated
    return j
