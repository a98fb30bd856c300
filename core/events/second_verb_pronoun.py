"""A follow-on clause that puts its verb second and its own pronoun subject after it (German):
"Der Maler zog 1990 nach Kiel, und 1995 gewann er den Preis der Stadt" — "er" is the
subject of "gewann", so the title names whom "er" stands for ("Jan Roth gewann den Preis der
Stadt") or, when no one is sure, the pronoun as written ("Er wurde festgenommen"), never the
first clause's subject with the pronoun left inside ("Beamte wurde er festgenommen").
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When
from core.events.pronoun_antecedent import antecedent
from core.events.states import is_state
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import cut_coordination, name_in_title, reduce_names, widen_drop


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def pronoun_after_verb(s: Sentence, verb: int, end: int) -> int | None:
    """Where the personal pronoun that is the subject of the finite ``verb`` stands, right
    after it past adverbs and dropped time words, in a language that puts its verb second
    ("…, 1995 gewann [er] den Preis"); None elsewhere."""
    c = _clauses(s.language)
    if not c.VERB_LAST:
        return None
    k = verb + 1
    while k < end and (k in s.drop or s.tokens[k].lower in c.ADVERBS - c.NEGATIONS):
        k += 1
    if k >= end or s.tokens[k].lower not in c.PERSONAL_PRONOUNS:
        return None
    return k


def _many(s: Sentence, verb: int, k: int, c: ModuleType) -> bool:
    """Whether pronoun ``k`` is "they" by its verb's plural ending ("1970 gewannen sie")."""
    plural = s.tokens[verb].lower.endswith(c.PLURAL_VERB_ENDINGS)
    return plural and s.tokens[k].lower in c.PLURAL_TOO_PRONOUNS


def pronoun_follow_on(
    s: Sentence, clause: Clause, when: When, verb: int, k: int, end: int
) -> Happening | None:
    """The happening of the follow-on whose verb ``verb`` has the pronoun ``k`` for subject:
    whom the same pronoun as the clause's subject stands for, else the person it stands for,
    else the pronoun itself, with the verb's own words after it ("…, einen Tag später wurde
    er festgenommen" → "Er wurde festgenommen")."""
    stop = cut_coordination(s.tokens, verb, end, s.language)
    drop = widen_drop(s.tokens, s.drop, s.language) | {k}
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop, s.language)
    if not predicate or is_state(predicate, s.language, when.timex.value):
        return None
    subject, resolved = _pronoun_subject(s, clause, verb, k)
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([(k, k + 1), (verb, stop)], resolved))


def _pronoun_subject(s: Sentence, clause: Clause, verb: int, k: int) -> tuple[str, list[Mention]]:
    """Whom pronoun ``k`` stands for in a title, else the pronoun as written."""
    if _many(s, verb, k, _clauses(s.language)):
        return s.tokens[k].text, []  # "…, 1970 gewannen sie": they, whom no one name stands for
    subject, resolved = _same_pronoun_subject(s, clause, k)
    if subject:
        return subject, resolved
    mention = antecedent(s, k, subject_of)
    if mention is None or mention.kind != PERSON:
        return s.tokens[k].text, []
    return name_in_title(s.text, mention, s.language), [mention]


def _same_pronoun_subject(s: Sentence, clause: Clause, k: int) -> tuple[str, list[Mention]]:
    """The clause's own subject as resolved, when it is the same pronoun as ``k`` ("1990 nahm
    sie …, 1995 lehnte sie …": both the one woman); ("", []) otherwise."""
    subject, resolved, (a, b) = subject_of(s, clause)
    if b != a + 1 or a == k or s.tokens[a].lower != s.tokens[k].lower:
        return "", []
    if subject.lower() == s.tokens[k].lower:
        return "", []  # the pronoun stood for no one sure there either
    return subject, resolved
