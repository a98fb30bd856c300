"""Words a title in a language that puts its verbs last must keep at its end: the German
infinitive "sein" that closes a verb group ("Die Rücklage könnte aufgebraucht sein") reads
like the possessive "sein" ("his") a cut left waiting for its noun, and is no such word; and
a participle inflected before its noun ("der im MDax gelistete Konzern") is no closing verb.
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token


def closing_infinitive(words: list[str], c: ModuleType) -> bool:
    """Whether the title's last word is an infinitive of "be" that closes its verb group
    after a participle, an adjective or "gewesen", with a hypothesis's auxiliary before them
    or a perfect ("Der Stausee könnte im Sommer leer sein", "soll dort gewesen sein"); not
    "stellte gestern sein [Buch vor]" nor "für sein [Werk]", a possessive whose noun went."""
    if not c.VERB_LAST or len(words) < 3 or words[-1].lower() not in c.NON_FINITE_AUX:
        return False
    before = words[-2]
    if not (before.isalpha() and before.islower()):
        return False  # German nouns are capitalised: "leer", "aufgebraucht" are none
    if before in c.PREPOSITIONS | c.DETERMINERS | c.COORDINATORS | c.ADVERBS:
        return False
    # a perfect's infinitive ("soll überzeugt gewesen sein") or a hypothesis ("könnte …
    # aufgebraucht sein"); not "soll bis Mitte März fertig gebaut sein", a deadline's state,
    # whose direction the dates do not read yet (it took the story's past year)
    perfect = before.lower() in c.NON_FINITE_AUX
    # a plan's state by its date ("soll Anfang Dezember einsatzbereit sein": ``READY_WORDS``)
    ready = before.lower() in c.READY_WORDS and any(w.lower() in c.READY_AUX for w in words[:-2])
    return perfect or ready or any(w.lower() in c.HYPOTHETICAL for w in words[:-2])


def attributive_participle(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k`` is a participle inflected before its noun inside a noun
    phrase ("wie der im MDax gelistete | Konzern mitteilte", "die neu gewählte Rätin"), not
    a finite verb: a capitalised word follows it, and before it, past lower-case words and
    phrases of a preposition ("im MDax"), stands the phrase's article; not "Der Rat
    genehmigte Pläne", where a noun stands before the verb."""
    word = tokens[k].lower
    if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
        return False
    ending = next((e for e in c.ADJECTIVE_ENDINGS if word.endswith(e)), "")
    if not ending or not c.is_participle(word[: -len(ending)]):
        return False
    j = k - 1
    while j >= 0:
        before = tokens[j]
        if before.lower in c.ARTICLES or before.lower in c.POSSESSIVE_PRONOUNS:
            return True
        if before.text[:1].isupper():  # a phrase's noun ("im MDax", "in der Stadt Kiel")
            while j > 0 and (tokens[j - 1].text[:1].isupper() or tokens[j - 1].lower in c.ARTICLES):
                j -= 1
            if j == 0 or tokens[j - 1].lower not in c.PREPOSITIONS:
                return False  # "Der Rat genehmigte": the subject's noun, the verb after it
            j -= 2
            continue
        if not before.text.isalpha() or before.lower in c.AUX:
            return False
        j -= 1
    return False
