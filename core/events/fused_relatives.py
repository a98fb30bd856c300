"""A reported clause whose subject holds a relative with no comma, the clause's own verb read
into the relative: "aseguró que la campaña | que hará el partido será limpia".

The clause cutter ends the reported clause at the relative's "que" and leaves the verb that
resumes it ("será") inside the relative; the reported clause is then its subject alone, with no
verb, and the statement is lost. A second finite verb in the relative, after the relative's
own verb and some words, with no "and" or comma between, is the reported clause's.
"""

from __future__ import annotations

from core.events.parse import Sentence, _clauses
from core.events.relative_resumes import second_finite
from core.events.tokens import Clause


def fused_relative_main(s: Sentence, content: Clause, relative: Clause) -> Clause | None:
    """``content`` (a reported clause with no verb) as one clause from its subject to the end
    of ``relative``, with the verb that resumes it inside ``relative`` ("que la campaña | que
    hará el partido será limpia": "será"); None when there is no such verb."""
    c = _clauses(s.language)
    if content.verb is not None or relative.verb is None or relative.start != content.end:
        return None
    if relative.opener not in c.RELATIVES | {c.THAT} or content.end - content.body < 1:
        return None
    k = resumed_verb(s, relative)
    if k is None or _cut_in_title(s, relative.start, k):
        return None  # "que le pont que la ville a construit en 1990 sera": debris
    return Clause(content.start, content.body, relative.end, content.opener, k)


def resumed_verb(s: Sentence, relative: Clause) -> int | None:
    """The finite verb inside relative ``relative`` that is no longer its own, after its own
    verb and some words, with no comma or "and" between ("que visitó ayer a Luis | es
    médico": "es"); None when there is none, or in a language whose relative ends on its
    verb."""
    c = _clauses(s.language)
    if relative.verb is None or c.VERB_LAST or relative.opener not in c.RELATIVES | {c.THAT}:
        return None
    tokens = s.tokens
    own = relative.verb
    first = tokens[relative.body]  # French "que mènera son parti": the relative's verb first
    if relative.body < own and first.text.islower() and "VERB" in c.lemmas(first.lower):
        own = relative.body
    return second_finite(tokens, own, relative.end, relative.start, c)


def _cut_in_title(s: Sentence, start: int, end: int) -> bool:
    """Whether the title would lose words of the relative ``tokens[start:end]``: a date it
    drops, or a participle a subject's words leave out ("que la ville a construit en 1990")."""
    c = _clauses(s.language)
    nouns_after = c.ARTICLES | c.DETERMINERS | c.POSSESSIVE_PRONOUNS  # "su partido": a noun
    return any(
        k in s.drop
        or (c.is_participle(s.tokens[k].text) and s.tokens[k - 1].lower not in nouns_after)
        for k in range(start, end)
    )
