"""A happening named by a clause's subject with its own date, the clause only judging it:
"The final against Dorset on May 17 was another thriller" tells of the final, on May 17,
titled by the clause as written. The date must follow the happening's
noun with no other happening between ("The inquiry into the crash on May 3 was thorough": the
crash's date, not the inquiry's)."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.nominal import is_happening_noun
from core.events.parse import Sentence, When, token_at
from core.events.tokens import Clause

_QUOTES = ('"', "“", "”", "«", "»", "„")


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def dated_subject_noun(
    s: Sentence, clause: Clause, subject: str, span: tuple[int, int], predicate: str,
    when: When | None,
) -> str:  # fmt: skip
    """The title of the happening the subject ``span`` of ``clause`` names with its date
    ``when`` before the verb, when the predicate is a copula and what it says ("was another
    thriller"); "" otherwise, and for a clause a subordinator opens ("after the death of his
    wife in 2012 and was …": no subject of "was") or words quoted."""
    c = _clauses(s.language)
    words = predicate.lower().split()
    verb = clause.verb
    if when is None or verb is None or not words or words[0] not in c.BE_FINITE:
        return ""
    if s.tokens[verb].lower != words[0] or clause.opener not in ("", c.THAT):
        return ""
    if s.tokens[verb - 1].lower in c.COORDINATORS or any(q in predicate for q in _QUOTES):
        return ""
    at = token_at(s.tokens, when.timex.start)
    if not span[0] <= at < verb:
        return ""
    head = next(
        (k for k in range(span[0], at) if s.tokens[k].lower in c.PREPOSITIONS),
        at,
    )  # the noun before the first preposition ("The final | against Dorset on May 17")
    nouns = [t.text for t in s.tokens[span[0] : head] if t.text[:1].isalpha()]
    if not nouns or not is_happening_noun(nouns[-1], s.language):
        return ""
    if nouns[-1].lower() not in subject.lower().split():
        return ""  # the subject as the title gives it is another phrase
    if any(is_happening_noun(t.text, s.language) for t in s.tokens[head:at]):
        return ""  # "the inquiry into the crash on May 3": the crash's date
    # the clause as written, its copula kept: the tense places a date written without its
    # year ("on March 3 was": the March gone by)
    return f"{subject[:1].upper()}{subject[1:]} {predicate}"
