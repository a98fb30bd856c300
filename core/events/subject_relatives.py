"""Where a relative clause written without commas inside a sentence's subject ends: Spanish
and French write "El incendio que se declaró el domingo quedó estabilizado el jueves" with no
comma to show where the main clause goes on (``core.events.phrases`` cuts there).
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb, _is_finite
from core.events.tokens import Token


def resumes_after_subject_relative(
    tokens: list[Token], cuts: list[int], k: int, c: ModuleType
) -> bool:
    """ "El incendio que se declaró el domingo en la sierra | quedó estabilizado el jueves": a
    relative clause written without commas straight after the sentence's subject ends where
    a second finite verb follows the relative's own with no "and", comma or auxiliary
    between (a clitic before it opens the main clause with it); the main clause goes on there."""
    if len(cuts) != 2 or tokens[cuts[1]].lower not in c.RELATIVES:
        return False
    rel = cuts[1]
    if tokens[rel - 1].text == "," or _finite_verb(tokens, 0, rel, c) is not None:
        return False  # an aside's relative, or one after a clause with its own verb
    word, before = tokens[k], tokens[k - 1].lower
    if word.lower in c.REFLEXIVES and k + 1 < len(tokens):
        # "La crisis que vivió la ciudad | se prolongó …": the main verb's clitic opens it
        word, k = tokens[k + 1], k + 1
    if _verb_after_bare_relative(tokens, rel, k, c):
        return True  # "La fundación que creó | prepara un concierto …"
    if not word.text.islower() or not (c.is_past(word.text) or c.is_finite_form(word.text)):
        return False
    if not before[:1].isalnum() or before in c.COORDINATORS | c.AUX | c.REFLEXIVES:
        return False
    if before in c.NEGATIONS | c.RELATIVES or before == c.THAT:
        return False
    if word.lower in c.BE and not (k + 1 < len(tokens) and c.is_participle(tokens[k + 1].text)):
        return False  # "La última vez que se abrieron fue en 2019": the relative is the news
    verb = _finite_verb(tokens, rel + 1, k - 1, c)
    return verb is not None and _is_finite(tokens, k, rel + 1, c)


def _verb_after_bare_relative(tokens: list[Token], rel: int, k: int, c: ModuleType) -> bool:
    """ "La fundación que creó | prepara un concierto": a relative whose verb follows its
    pronoun straight away, its subject left out and the noun its object, and a word right
    after that verb that can only be a verb (not "que creó empleo", a noun too): the main
    clause's verb."""
    if k != rel + 2 or not c.DROPS_SUBJECT:
        return False
    own, word = tokens[rel + 1], tokens[k]
    if not own.text.islower() or not (c.is_past(own.text) or c.is_finite_form(own.text)):
        return False
    forms = c.lemmas(word.lower)
    only_verb = set(forms) == {"VERB"} and word.lower not in forms["VERB"]  # not an infinitive
    plain = word.text.isalpha() and word.text.islower()
    return plain and only_verb and not c.is_participle(word.text)


def noun_then_past(word: Token, after: Token, c: ModuleType) -> bool:
    """A lowercase noun that is no verb's form, then a lowercase past verb: Russian "Амбар,
    который …, | фермер купил" resumes the main clause at its subject."""
    forms = c.lemmas(word.lower)
    noun = word.text.isalpha() and word.text.islower() and "NOUN" in forms and "VERB" not in forms
    return noun and after.text.islower() and c.is_past(after.text)
