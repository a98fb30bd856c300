"""A verb put before its pronoun subject (Russian, Ukrainian): "Родилась она в 1941 году в
Омске" is titled with whom "она" stands for ("Мария Холодова родилась в Омске") or, when
no one is sure, the pronoun before its verb ("Она родилась в Омске"), never the words as
written with the pronoun after the verb.
"""

from __future__ import annotations

from core import lang
from core.events.ending_person import shown_sex
from core.events.entities import PERSON, Mention
from core.events.kinds import clause_kind
from core.events.learned_sex import learned_other_sex
from core.events.parse import Happening, Sentence, When
from core.events.pronoun_antecedent import antecedent
from core.events.pronoun_names import _given_sex, _other_sex
from core.events.states import is_state
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.wording import name_in_title, reduce_names


def inverted_pronoun(
    s: Sentence, when: When, verb: int, after: int, stop: int, drop: set[int]
) -> Happening | None:
    """The happening of a clause whose verb ``verb`` has the personal pronoun ``after``
    straight after it for subject, its predicate up to ``stop``; None when the word after
    the verb is no such pronoun, or nothing is left to tell."""
    c = lang.words(s.language, "clauses")
    if after != verb + 1 or s.tokens[after].lower not in c.PERSONAL_PRONOUNS:
        return None
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop | {after}, s.language)
    if len(predicate.split()) < 2 or is_state(predicate, s.language):
        return None
    mention = antecedent(s, after, subject_of)
    resolved = [mention] if mention is not None and _same_sex(s, mention, after) else []
    subject = name_in_title(s.text, mention, s.language) if resolved else s.tokens[after].text
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([(after, after + 1), (verb, stop)], resolved))


def _same_sex(s: Sentence, person: Mention, k: int) -> bool:
    """Whether ``person`` may be whom pronoun ``k`` stands for: a person the article shows of
    the pronoun's sex, by the given name or a past verb's ending ("Марія Холод померла")."""
    c = lang.words(s.language, "clauses")
    if person.kind != PERSON:
        return False
    if _other_sex(s, person, k, c) or learned_other_sex(s, person.name, k):
        return False
    sex = "f" if s.tokens[k].lower in c.FEMALE_PRONOUNS else "m"
    # by the given name, else by the past verb after the name ("Петро Холод помер"): shown
    return (_given_sex(person.name, s.language) or shown_sex(s, person)) == sex
