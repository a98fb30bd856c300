"""Checks that keep a title a sentence a reader can parse: no cut between a preposition and
the reciprocal it takes ("300 miles | from each other"), and no subject whose head is plural
before a verb that takes one thing ("The girl's cousins was found": the clause read the wrong
noun as its subject).

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> number_slip(["The", "girl's", "cousins"], "was", c)
True
>>> number_slip(["Five", "years"], "was", c)
False
>>> reciprocal_edge("occurred 300 miles from each other but".split(), 3, c)
False
>>> reciprocal_edge("occurred 300 miles from each other but".split(), 6, c)
True
"""

from __future__ import annotations

from types import ModuleType


def _lower(word: str) -> str:
    return word.lower().strip(",.;:!?\"'“”")


def number_slip(subject: list[str], verb: str, c: ModuleType) -> bool:
    """Whether ``verb``, a finite verb only one thing takes ("was", "has"), follows a subject
    whose head is a common noun's plural ("the cousins", "two of her cousins" aside): the
    clause took the wrong noun for its subject, and the title would not parse. Not a sum or
    a span ("Five years was a long time"), a name, a pronoun, nor a noun whose plural is its
    own form ("news", "series")."""
    if not subject or _lower(verb) not in c.TITLE_SINGULAR_VERBS:
        return False
    words = [_lower(w) for w in subject]
    # the head is before the subject's first phrase: "The cousins [of the girl]"
    k = next((i for i, w in enumerate(words) if i and w in c.PREPOSITIONS), len(words))
    if any(w in c.COORDINATORS or w[:1].isdigit() or w in c.NUMBER_WORDS for w in words):
        return False  # "Smith and Jones", "Five years", "ten dollars": many, or a sum
    head, written = words[k - 1], subject[k - 1]
    if not head.isalpha() or not written.islower() or head in c.DETERMINERS:
        return False
    if head in c.PRONOUNS or not head.endswith(c.PLURAL_ENDING):
        return False
    nouns = c.lemmas(head).get("NOUN", ())
    return bool(nouns) and head not in nouns and "VERB" not in c.lemmas(head)


def reciprocal_edge(words: list[str], k: int, c: ModuleType) -> bool | None:
    """Whether a long title may be cut before ``words[k]``, as a reciprocal reads: False
    before the preposition that takes one ("occurred 300 miles | from each other": the pair
    completes the figure or verb before it), True right after the pair ("… from each other |
    but …": it closes its phrase), None elsewhere (other rules decide)."""
    if (
        _lower(words[k]) in c.PREPOSITIONS
        and tuple(map(_lower, words[k + 1 : k + 3])) in c.RECIPROCALS
    ):
        return False
    if k >= 2 and tuple(map(_lower, words[k - 2 : k])) in c.RECIPROCALS:
        return True
    return None
