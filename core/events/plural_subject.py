"""What a plural pronoun, or a plural verb with its subject left out, stands for when it
opens a sentence in a language whose verbs agree in number: the plural subject of the
sentence before.

"Les riverains de la rue Haute ont écrit au préfet. Jeudi, ils manifesteront …" → "Les
riverains de la rue Haute manifesteront …"; Spanish "Los pescadores del puerto votaron la
huelga. El lunes amarraron sus barcos" → "Los pescadores del puerto amarraron …". Only when
that subject is sure: a plural noun phrase (its head and its verb both plural) naming no
person, joining no two things with "and", not what a verb of saying reported, and the only
plural noun of its sentence outside a subordinate clause. Anything else leaves the clause
without a subject, as before (a misleading subject is worse than none).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core.events.antecedents import Subject, _clauses, _head, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.plural_antecedent import _plurals_after
from core.events.thing_antecedent import _subject_before, subject_verb
from core.events.tokens import Clause


def plural_pronoun_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The plural subject of the sentence before that the plural pronoun ``k``
    (``PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE``: French "ils", "elles"), opening ``s``'s first
    clause after a fronted time at most, stands for; None when it is not sure."""
    c = _clauses(s.language)
    if s.tokens[k].lower not in c.PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE:
        return None
    return _plural_subject(s, k, subject_of, c)


def dropped_plural_before(
    s: Sentence, verb: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The plural subject of the sentence before that a plural verb opening ``s`` with no
    subject (``DROPPED_PLURAL_TAKES_SUBJECT_BEFORE``: Spanish "Al día siguiente lograron
    …") goes on about; None when it is not sure."""
    c = _clauses(s.language)
    if not c.DROPPED_PLURAL_TAKES_SUBJECT_BEFORE:
        return None
    return _plural_subject(s, verb, subject_of, c)


def _plural_subject(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject], c: ModuleType
) -> tuple[str, list[Mention]] | None:
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        return None
    before, subject, mentions, a, b = found
    verb = subject_verb(before, c)
    if verb is None or verb < b or says(before.tokens[verb].lower, c):
        return None  # "Los sindicatos dijeron que los barcos …": what was said is the topic
    if not _plural_finite(before.tokens[verb].text, c):
        return None  # "El comité de vecinos …": one body, whatever plural it holds
    head = _head(before, a, b, c)
    if head is None or not is_plural(before.tokens[head].text, c):
        return None
    if any(before.tokens[j].lower in c.COORDINATORS | {c.AND} for j in range(a, head)):
        return None  # "Ana Ruiz y los vecinos …": two of them, which one goes on?
    if any(m.kind == PERSON for m in mentions):
        return None
    if _other_plurals(before, verb, c):
        return None  # "Los vecinos denunciaron a los guardas. Fueron …": which of them?
    return subject, mentions


def _other_plurals(before: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether the sentence before names a plural noun after its verb, outside a subordinate
    clause: not a participle of the verb ("fueron [evacuados]"), nor an article or a number
    whose lemma reads as a noun ("una"), nor a word without a plural's ending where the
    language writes one (``PLURAL_WORD_ENDINGS``)."""
    function = c.ARTICLES | c.DETERMINERS | c.NUMBER_WORDS
    words = [before.tokens[j] for j in _plurals_after(before, verb, c)]
    words = [t for t in words if t.lower not in function and not c.is_participle(t.text)]
    endings = c.PLURAL_WORD_ENDINGS  # ("la", "primera": a lemma that only reads as a noun)
    return any(not endings or t.lower.endswith(endings) for t in words)


def _plural_finite(word: str, c: ModuleType) -> bool:
    """Whether a finite verb has a plural's ending (Spanish "votaron", French "ont",
    "manifestent")."""
    endings = c.PLURAL_FINITE_ENDINGS
    return c.plural_verb(word) or bool(endings and word.lower().endswith(endings))
