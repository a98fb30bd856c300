"""Whether a "they" later in a sentence may stand for the sentence's main subject.

"Officials said they would meet on Monday": the officials. "The high point came in 2008,
when they sang at the Albert Hall": not the high point, one thing; the choir the sentence
before names, or someone else. Pinning a plural pronoun on a singular subject gives a
misleading title ("The high point sang"), so there "they" stays as written when its clause
comes straight after the main one ("They sang at the Albert Hall"), and unresolved (no title)
deeper in the sentence, where another clause's subject may be the one meant ("…, after the
boy's relatives said they would appeal": the relatives, not the main subject).
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import is_plural
from core.events.entities import ORGANISATION, Mention
from core.events.parse import Sentence
from core.events.subject_parts import plural_head


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def can_be_they(s: Sentence, subject: tuple[str, list[Mention], tuple[int, int]]) -> bool:
    """Whether a "they" later in the sentence can stand for its main subject: a plural
    ("Officials said they …", "Maoist guerrillas using dynamite", "The Uruguayans", "69
    percent"), two joined ("Ames and Roe said they …"), a group that takes a plural
    ("Police", "the union", "the council", a body or team by name); not one thing ("The
    best moment came in 2013, when they played …": not the best moment)."""
    c = _clauses(s.language)
    text, resolved, _ = subject
    words = text.split()
    if not words:
        return False
    if c.AND in (w.lower() for w in words) or plural_head(s, text):
        return True
    if any(w[:1].isdigit() for w in words[:2]) or words[0].lower() in c.NUMBER_WORDS:
        return True  # "69 percent of those polled", "Some 50 pct of the managers", "Three"
    named = [*resolved, *(m for m in s.mentions if m.text in text)]
    if any(m.kind == ORGANISATION and not company_name(m.text, s.language) for m in named):
        return True
    cuts = c.PREPOSITIONS | c.ADVERBS
    end = next(
        (k for k, w in enumerate(words) if k and (w.lower() in cuts or w.endswith(c.GERUND))),
        len(words),
    )  # "Maoist guerrillas using dynamite", "The figures initially"
    head = words[end - 1].strip(".,")
    e = lang.words(s.language, "events")
    ending = c.PLURAL_NOUN_ENDING
    people = ending and head[:1].isupper() and head.endswith(ending)  # "The Uruguayans"
    people = people and re.search(e.DEMONYM, head[: -len(ending)])
    groups = c.PLURAL_NOUNS | e.ORGANISATION_WORDS - e.COMPANY_ENDINGS
    return bool(people) or head.lower() in groups or is_plural(head, c)


def company_name(name: str, language: str) -> bool:
    """Whether ``name`` closes on a company's ending ("Galaxy Oil Co", "Lomax Corp."): "it",
    never "they"."""
    last = name.split()[-1].rstrip(".").lower() if name.split() else ""
    return last in lang.words(language, "events").COMPANY_ENDINGS


def next_to_main(s: Sentence, k: int) -> bool:
    """Whether token ``k`` stands in the clause right after the sentence's first one."""
    return len(s.clauses) > 1 and s.clauses[1].start <= k < s.clauses[1].end
