"""Words a title in a language that puts its verbs last must keep at its end: the German
infinitive "sein" that closes a verb group ("Die Rücklage könnte aufgebraucht sein") reads
like the possessive "sein" ("his") a cut left waiting for its noun, and is no such word.
"""

from __future__ import annotations

from types import ModuleType


def closing_infinitive(words: list[str], c: ModuleType) -> bool:
    """Whether the title's last word is an infinitive of "be" that closes its verb group
    after a participle or an adjective, with a finite auxiliary or modal before them
    ("Der Stausee könnte im Sommer leer sein", "soll bis dahin fertig sein"); not "stellte
    gestern sein [Buch vor]" nor "für sein [Werk]", a possessive whose noun went."""
    if not c.VERB_LAST or len(words) < 3 or words[-1].lower() not in c.NON_FINITE_AUX:
        return False
    before = words[-2]
    if not (before.isalpha() and before.islower()):
        return False  # German nouns are capitalised: "leer", "aufgebraucht" are none
    if before in c.PREPOSITIONS | c.DETERMINERS | c.COORDINATORS | c.ADVERBS:
        return False
    finite = c.AUX | c.HYPOTHETICAL  # ("könnte", "würde")
    return any(w.lower() in finite for w in words[:-2])
