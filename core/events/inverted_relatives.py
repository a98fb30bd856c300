"""A relative whose subject follows its verb, the noun before it being the verb's object:
Spanish "el acuerdo que firmaron ayer los dos gobiernos", "el Gobierno que formó Ana Ruiz".

Spanish puts the subject of an object relative after its verb as readily as before it; read as
a subject relative the title turns the actors round ("El acuerdo firmaron los dos gobiernos").
Only two signs are taken as sure: the verb's number belies the noun before it and fits the
noun phrase after it ("el acuerdo" is one, "firmaron" and "los dos gobiernos" many), or a
person's name follows the verb and the noun before it names no person. The title then reads
as the language writes a clause: "Los dos gobiernos firmaron el acuerdo".
"""

from __future__ import annotations

from types import ModuleType

from core.events.kinds import clause_kind
from core.events.mention import PERSON
from core.events.parse import Happening, Sentence, When, _clauses, kept_text
from core.events.titles import headline
from core.events.tokens import Clause


def inverted_relative(s: Sentence, clause: Clause, when: When | None) -> Happening | None:
    """The happening of relative ``clause`` told with its own subject after the verb, the
    noun before it put back as its object; None when the clause is no such relative."""
    c = _clauses(s.language)
    verb = clause.verb
    if not c.INVERTED_RELATIVES or clause.opener not in c.INVERTED_RELATIVES or verb is None:
        return None
    if when is None or verb != clause.body:
        return None
    subject_range = _noun_before(s, clause.start, c) or (0, 0)
    if subject_range[1] <= subject_range[0]:
        return None
    after = next((k for k in range(verb + 1, clause.end) if k not in s.drop), None)
    if after is None:
        return None
    head = s.tokens[subject_range[0]].lower
    end = _person_after(s, after, subject_range) or _plural_after(s, verb, after, head, c)
    if end is None:
        return None
    obj = kept_text(s, *subject_range)
    title = headline(kept_text(s, after, end), f"{s.tokens[verb].text} {obj[:1].lower()}{obj[1:]}",
                     language=s.language)  # fmt: skip
    if not title:
        return None
    kind = clause_kind(s, s.tokens[verb].text, title)
    return Happening(title, kind, when, s.entities([(after, end), subject_range], []))


def _noun_before(s: Sentence, at: int, c: ModuleType) -> tuple[int, int] | None:
    """The noun phrase right before the relative opening at ``at``, from its article ("el
    autoproclamado Gobierno | que …"); None when no article opens it within a few words."""
    for k in range(at - 1, max(-1, at - 5), -1):
        word = s.tokens[k]
        if word.lower in c.ARTICLES:
            return (k, at)
        if not word.text[:1].isalpha() or word.lower in c.PREPOSITIONS | c.AUX:
            return None
    return None


def _person_after(s: Sentence, after: int, subject_range: tuple[int, int]) -> int | None:
    """The end (a token index) of a person's name straight after the verb, when the noun
    before names no person ("el Gobierno que formó Ana Ruiz"); else None."""
    at = s.tokens[after].start
    lo, hi = s.span(*subject_range)
    if any(m.kind == PERSON and lo <= m.start < hi for m in s.mentions):
        return None
    name = next((m for m in s.mentions if m.start == at and m.kind == PERSON), None)
    if name is None:
        return None
    return next((k for k, t in enumerate(s.tokens) if t.start >= name.end), len(s.tokens))


def _plural_after(s: Sentence, verb: int, after: int, head: str, c: ModuleType) -> int | None:
    """The end of a plural noun phrase after a plural verb, the noun before being one thing
    ("el acuerdo que firmaron ayer los dos gobiernos"); else None."""
    if head not in c.SINGULAR_ARTICLES or s.tokens[after].lower not in c.PLURAL_ARTICLES:
        return None
    if not s.tokens[verb].lower.endswith(c.PLURAL_VERB_ENDINGS):
        return None
    k = after + 1
    while (
        k < len(s.tokens)
        and s.tokens[k].text not in ",;"
        and s.tokens[k].lower not in (c.PREPOSITIONS | c.COORDINATORS | c.RELATIVES)
    ):
        k += 1
    return k if k > after + 1 else None
