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

from core import lang
from core.events.antecedents import Subject, _clauses, _head, _previous, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.plural_antecedent import _plurals_after
from core.events.pronoun_chain import CHAIN_SENTENCES
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
    subject (``DROPPED_PLURAL_TAKES_SUBJECT_BEFORE``: Spanish "El lunes amarraron
    …") goes on about; None when it is not sure."""
    c = _clauses(s.language)
    if not c.DROPPED_PLURAL_TAKES_SUBJECT_BEFORE:
        return None
    return _plural_subject(s, verb, subject_of, c)


def plural_main(s: Sentence, clause: Clause, k: int) -> bool:
    """Whether a pronoun that is "she" or "they" by its verb (German "sie") stands, in a
    subordinate clause, for the main clause's plural subject: both verbs plural ("Die Kraniche
    erreichten den See, nachdem sie in Spanien beringt worden waren": the cranes)."""
    numbers = _numbers(s, clause, k)
    return numbers is not None and numbers == (True, True)


def number_differs(s: Sentence, clause: Clause, k: int) -> bool:
    """Whether such a pronoun's verb and the main clause's differ in number ("Der Verein kaufte
    die Pferde, nachdem sie … versteigert worden waren": the horses, not the club)."""
    numbers = _numbers(s, clause, k)
    return numbers is not None and numbers[0] != numbers[1]


def _numbers(s: Sentence, clause: Clause, k: int) -> tuple[bool, bool] | None:
    """Whether the main clause's verb and the verb a subordinate clause puts last are
    plural, for a pronoun ``k`` that is "she" or "they" by its verb (German "sie"); None for
    any other pronoun or language."""
    c = _clauses(s.language)
    main = s.clauses[0].verb
    if s.tokens[k].lower != c.THEY or c.THEY not in c.PERSONAL_PRONOUNS or main is None:
        return None
    if clause.opener.lower() not in c.VERB_FINAL_OPENERS:
        return None  # "…; sie soll … stattfinden": its finite verb second, read elsewhere
    last = clause.end - 1  # the verb a subordinate clause puts last
    while last > clause.body and not s.tokens[last].text[:1].isalpha():
        last -= 1
    if clause.verb == k + 1:  # "sagte, sie werde … wechseln": reported, its verb second
        last = clause.verb
    return _plural_ending(s.tokens[main].lower, c), _plural_ending(s.tokens[last].lower, c)


def _plural_ending(word: str, c: ModuleType) -> bool:
    """Whether a finite verb ends as a plural where the language's plural verbs do
    (``PLURAL_VERB_ENDINGS``: German "stammen", "waren") or is one (``PLURAL_VERBS``)."""
    endings = c.PLURAL_VERB_ENDINGS
    return (bool(endings) and word.endswith(endings)) or word in c.PLURAL_VERBS


def _plural_subject(
    s: Sentence,
    k: int,
    subject_of: Callable[[Sentence, Clause], Subject],
    c: ModuleType,
    depth: int = 0,
) -> tuple[str, list[Mention]] | None:
    """The plural subject of the sentence before ``s`` for the plural pronoun or verb ``k``
    opening it, followed back through sentences that open on the same plural pronoun ("Les
    joueuses préparent la finale. Elles s'entraînent … . Le 9 mai, elles affrontent …")."""
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        chain = _same_pronoun_before(s, k, c) if depth < CHAIN_SENTENCES else None
        return _plural_subject(*chain, subject_of, c, depth + 1) if chain else None
    before, subject, mentions, a, b = found
    verb = subject_verb(before, c)
    if verb is None or verb < b or says(before.tokens[verb].lower, c):
        return None  # "Los sindicatos dijeron que los barcos …": what was said is the topic
    if not _plural_finite(before.tokens[verb].text, c):
        return None  # "El comité de vecinos …": one body, whatever plural it holds
    head = _head(before, a, b, c)
    if head is None or not is_plural(before.tokens[head].text, c):
        return None
    if not _agrees(s.tokens[k].lower, before.tokens[head].lower, c):
        return None  # "Les salariés … . Le 9 mars, elles votent": the women named earlier
    if any(_calendar_word(before, j) for j in range(a, head + 1)):
        return None  # "Le 2 mai, les joueuses …": a date the sentence is parsed without
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


def _same_pronoun_before(s: Sentence, k: int, c: ModuleType) -> tuple[Sentence, int] | None:
    """The sentence before ``s``, parsed, and its plural pronoun opening its first clause as
    its subject, when ``k`` opens ``s`` the same way; None otherwise."""
    clause = s.clauses[0]
    opens = all(j in s.drop or s.tokens[j].text == "," for j in range(clause.start, k))
    before = _previous(s) if opens else None
    if before is None or not before.clauses or before.clauses[0].verb is None:
        return None
    first = before.clauses[0]
    j = first.body
    if before.tokens[j].lower not in c.PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE or j + 1 != first.verb:
        return None  # "Elles dorment": the pronoun, then its verb
    return before, j


def _agrees(pronoun: str, head: str, c: ModuleType) -> bool:
    """Whether a plural pronoun agrees in gender with the head noun of its antecedent, as far
    as the noun's ending tells (``FEMININE_PLURAL_ENDINGS``): "elles" only with a feminine
    one ("joueuses"), "ils" with no feminine one; a verb without its subject (``pronoun`` no
    pronoun) agrees with any."""
    if pronoun not in c.PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE:
        return True
    feminine = head.endswith(c.FEMININE_PLURAL_ENDINGS)
    return feminine == (pronoun in c.FEMALE_PRONOUNS | c.FEMININE_PLURAL_PRONOUNS)


def _calendar_word(before: Sentence, j: int) -> bool:
    """Whether token ``j`` is a month's or a weekday's name."""
    calendar = lang.words(before.language, "calendar")
    return before.tokens[j].lower in calendar.MONTHS or before.tokens[j].lower in calendar.WEEKDAYS


def _plural_finite(word: str, c: ModuleType) -> bool:
    """Whether a finite verb has a plural's ending (Spanish "votaron", French "ont",
    "manifestent")."""
    endings = c.PLURAL_FINITE_ENDINGS
    return c.plural_verb(word) or bool(endings and word.lower().endswith(endings))
