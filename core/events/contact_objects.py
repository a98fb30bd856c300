"""A noun and a relative with no "that" whose subject is written out: "Officials defended the
tax the mayor introduced in 2019". The phrase before the participle holds two noun phrases
with no preposition between them ("the tax | the mayor"): the second is the relative's
subject, the first its object, and the participle is the mayor's own past, not a passive
("The tax the mayor was introduced" gave the act to no one and broke the grammar). The title
keeps the article's words in order: "The tax the mayor introduced". Used by
``core.events.object_participles``.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> contact_subject("the tax the mayor".split(), c), contact_subject("the tax".split(), c)
(True, False)
>>> contact_subject("a report by the ministry".split(), c)
False
>>> contact_subject("a notice yesterday a modest deficit".split(), c)
False
>>> contact_title("the tax the mayor", "introduced")
'The tax the mayor introduced'
"""

from __future__ import annotations

from types import ModuleType

from core.events.titles import MAX_CHARS


def contact_subject(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` (a preposition's object before a participle) hold a second noun
    phrase opening on an article straight after a noun of the first ("the tax | the mayor")."""
    lower = [w.lower() for w in words]
    for k in range(2, len(lower)):
        if lower[k] not in c.ARTICLES:
            continue
        before = lower[k - 1]
        if before in c.SPEECH_DAYS_ALONE:
            return False  # "in a notice yesterday | a modest deficit …": a day, then a clause
        if before.isalpha() and before not in c.PREPOSITIONS | c.ARTICLES | c.COORDINATORS:
            return True
    return False


def contact_title(phrase: str, participle: str) -> str:
    """The noun phrase and its relative as written, capitalised; "" when too long."""
    title = f"{phrase} {participle}"
    return title[:1].upper() + title[1:] if len(title) <= MAX_CHARS else ""
