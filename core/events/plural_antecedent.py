"""What a sentence-opening "they" stands for when no name does: the one plural thing the
sentence before names.

"Talks between the two hospitals began in 2021. They collapsed in 2022": "they" continues
the subject before it when that subject is a plural noun and nothing else in its clause is
plural ("Talks between the two hospitals collapsed"). "The EU imposed sanctions on the
island's fish. They were lifted in 2014": the subject is one thing, so not "they"; the
plural the verb took is ("Sanctions were lifted"), when it is the only plural there. Anything
else — two plurals, a verb of saying, a person — leaves the pronoun as written.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _clauses, _head, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.thing_antecedent import _subject_before, subject_verb
from core.events.tokens import Clause
from core.events.wording import reduce_names


def plural_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The plural noun phrase of the sentence before ``s`` that "they" (token ``k``, opening
    ``s``'s first clause after a fronted time at most) stands for, as written: that
    sentence's plural subject, or the plural object of a subject that is one thing; None when
    it is not sure."""
    c = _clauses(s.language)
    if not c.THEY_TAKES_PLURAL_BEFORE or s.tokens[k].lower != c.THEY:
        return None
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        return None
    before, subject, mentions, a, b = found
    verb = subject_verb(before, c)
    if verb is None or verb < b or says(before.tokens[verb].lower, c):
        return None  # "Officials said the talks …": what was said is the topic
    head = _head(before, a, b, c)
    if head is None or any(before.tokens[j].lower in c.COORDINATORS for j in range(a, b)):
        return None  # "Smith and Jones …": people, or two things
    plurals = _plurals_after(before, verb, c)
    word = before.tokens[head].text
    named = any(m.start <= before.tokens[head].start < m.end for m in before.mentions)
    if is_plural(word.lower(), c) and not named:
        if plurals or any(m.kind == PERSON for m in mentions):
            return None  # "The unions called strikes. They …": the unions or the strikes?
        return subject, mentions
    x = _group_end(before, verb, c)
    if len(plurals) != 1 or not _object_of(before, x, plurals[0], c):
        return None
    group = before.tokens[verb:x]
    if any(t.lower in c.BE or set(c.lemmas(t.lower).get("VERB", ())) & c.LINKING_VERBS
           for t in group):  # fmt: skip
        return None  # "Carrow had been favourites. They …": what Carrow was, not a thing
    phrase = reduce_names(before.text, before.tokens, x, plurals[0] + 1, before.mentions,
                          before.drop, before.language)  # fmt: skip
    return phrase[:1].upper() + phrase[1:], []


def _plurals_after(before: Sentence, verb: int, c: ModuleType) -> list[int]:
    """The plural nouns (lower case, no time unit) after the verb of the sentence before,
    outside a clause a subordinator opens ("…, when both were struggling with rising
    bills"), which says when, not what."""
    calendar = lang.words(before.language, "calendar")
    times = {*calendar.UNITS, *calendar.SEASONS, *calendar.PARTS_OF_DAY}
    aside = [cl for cl in before.clauses if cl.opener.lower() in c.SUBORDINATORS]
    found = []
    for j in range(verb + 1, len(before.tokens)):
        token = before.tokens[j]
        if j in before.drop or not token.text.isalpha() or not token.text.islower():
            continue
        if any(cl.start <= j < cl.end for cl in aside):
            continue
        if token.lower in times or token.lower in c.PRONOUNS:
            continue
        if is_plural(token.text, c):
            found.append(j)
    return found


def _object_of(before: Sentence, group_end: int, noun: int, c: ModuleType) -> bool:
    """Whether the plural ``noun`` is what the verb took: only its modifiers between the verb
    group (ending at ``group_end``) and it ("imposed [trade] sanctions", "cut [all 40]
    jobs"), no preposition, no comma, no other verb."""
    for j in range(group_end, noun):
        token = before.tokens[j]
        lower = token.lower
        if lower in c.DETERMINERS or token.text[:1].isdigit() or lower in c.NUMBER_WORDS:
            continue
        if not token.text.isalpha() or lower in c.PREPOSITIONS | c.COORDINATORS | c.AUX:
            return False
        forms = c.lemmas(lower)
        if "VERB" in forms and not {"NOUN", "ADJ"} & forms.keys():
            return False
    return True


def _group_end(before: Sentence, verb: int, c: ModuleType) -> int:
    """Where the verb group that ``verb`` opens ends: "had [already] imposed | trade …"."""
    j = verb
    tokens = before.tokens
    while j + 1 < len(tokens) and tokens[j].lower in c.AUX | c.ADVERBS:
        nxt = tokens[j + 1].lower
        if not (nxt in c.AUX or nxt in c.ADVERBS or "VERB" in c.lemmas(nxt)):
            break
        j += 1
    return j + 1
