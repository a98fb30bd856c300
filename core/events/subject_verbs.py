"""A subject that holds a finite verb of its own: two clauses glued into one title.

When the parse misses a clause's verb ("Lima's stance contrasts with …", "Acme sees rising
profits …") and takes a later one for it (the verb of a relative after a comma, a speaker's
"said", a participle), everything before that verb reads as its subject, and the title glues
the two clauses: "Lima's stance contrasts with that of Quito took a softer line". The date
found may be either clause's; the title is none.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> own_verb("Acme Corp sees rising profits".split(), c)
True
>>> own_verb("The company's plans for expansion".split(), c)
False
>>> own_verb("The man who runs the firm".split(), c)
False
>>> own_verb("Oslo's dams".split(), c)
False
"""

from __future__ import annotations

from types import ModuleType

_EDGE = "\"'“”‘’()<>[],.;:"


def glued_subject(subject: list[str], predicate: str, c: ModuleType) -> bool:
    """Whether ``subject`` holds a finite verb of its own (``own_verb``) before a predicate
    that opens on no auxiliary: a second verb that is one is left to ``title_structure``'s
    last look, which retells the clause as written ("Once the bypass opens, a new route |
    will start" → "A new route will start")."""
    first = predicate.split(maxsplit=1)[0].lower() if predicate.strip() else ""
    if first in c.AUX and first not in c.NON_FINITE_AUX:
        return False
    return own_verb(subject, c)


def own_verb(words: list[str], c: ModuleType) -> bool:
    """Whether ``words``, read as a subject, hold a finite verb after a noun and before any
    comma, relative or subordinator that would open a clause inside the subject: an
    auxiliary ("The plan is …"), or a form the lexicon knows only as a verb, a third person
    ("sees") or a simple past followed by its object ("bought the stake")."""
    if not c.SUBJECT_CLAUSE_VERBS or len(words) < 2:
        return False
    lower = [w.lower().strip(_EDGE) for w in words]
    opens = c.SUBJECT_RELATIVES | c.RELATIVES | c.SUBORDINATORS | {c.THAT, c.TO}
    for k in range(1, len(words)):
        word, before = lower[k], lower[k - 1]
        if words[k - 1].endswith((",", ";", ":")) or word in opens or not word.isalpha():
            return False  # an aside or a clause inside the subject may hold a verb
        if before in c.DETERMINERS | c.PREPOSITIONS | c.AUX or not before:
            continue  # ("the planned outlay", "of sold goods"): a modifier, no verb
        if words[k - 1].endswith(c.POSSESSIVE_ENDINGS):
            continue  # "the town's dams": a possessive's noun, whatever the lexicon lacks
        if word in c.AUX and not words[k].islower():
            continue  # "Acme's May sales": a month or a name, no auxiliary
        if _finite(word, lower[k + 1] if k + 1 < len(lower) else "", c):
            return True
    return False


def _finite(word: str, after: str, c: ModuleType) -> bool:
    if word in c.AUX:
        return word not in c.NON_FINITE_AUX
    forms = c.lemmas(word)
    if "VERB" not in forms or set(forms) - {"VERB"}:
        return False  # "plans", "sales", "remains": a plural noun as well
    if word.endswith(c.THIRD_PERSON_ENDS):
        return word not in forms["VERB"]  # "sees", not a lemma ending so ("focus")
    # "bought the stake": a past with its object; not a participle ("spent in 1985", "hit by")
    return c.is_past(word) and after in c.DETERMINERS | c.POSSESSIVE_PRONOUNS
