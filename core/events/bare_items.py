"""The subject after a fronted phrase and its commas: the last item, unless it is a bare noun.

"In Phnom Penh, Cambodia's capital, Hun Sen staged …": the words after the last comma are the
subject, the item before them the fronted place's apposition. But a subject may have an
apposition of its own: "À Lille, Jean Roy, boulanger, épousera …" is Jean Roy's wedding; a
bare singular noun ("boulanger", "rue des Lilas" of an address) opens no subject in a
language with articles. ``core.events.subject_asides`` and ``core.events.subject_shapes``
read the subject.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence
from core.events.tokens import Token


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def last_subject_item(s: Sentence, keep: list[int], commas: list[int]) -> list[int]:
    """The words of ``keep`` after its last comma (``commas``: their places in ``keep``), or,
    when they open on a bare singular noun, the last item before them that opens as a
    subject can (on a capital, an article, a determiner, a pronoun or a figure); the words
    after the last comma when a phrase opening on a preposition comes first, or none can."""
    c = _clauses(s.language)
    last = keep[commas[-1] + 1 :]
    if not c.ARTICLES:
        return last  # (a language without articles opens every subject bare)
    starts = [0, *(i + 1 for i in commas)]
    for start, end in zip(starts[::-1], [len(keep), *commas[::-1]], strict=True):
        item = keep[start:end]
        if not item or s.tokens[item[0]].lower in c.PREPOSITIONS:
            return last  # the fronted phrase: no subject before it
        if not _bare_noun(s.tokens[item[0]], c):
            return item
    return last


def _bare_noun(token: Token, c: ModuleType) -> bool:
    """Whether ``token`` opens a phrase as a bare singular noun does: lower case, a noun and
    no verb ("approve" opens a clause), no plural ending (a bare plural may be a subject:
    "workers struck")."""
    lower = token.lower
    if not token.text[:1].islower() or lower.endswith(c.PLURAL_ENDING):
        return False
    forms = c.lemmas(lower)
    return "NOUN" in forms and "VERB" not in forms
