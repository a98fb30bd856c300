"""A modifier a title's cut left without its noun: "… guidelines for direct [outside
investment]", "… were lifted by an unusually mild [March]" (a date dropped where the noun
stood). ``core.events.title_words.dangles`` lets the title go back past it, then past its
article or preposition, to the last phrase that is whole."""

from __future__ import annotations

from types import ModuleType


def _adverb(lower: str, c: ModuleType) -> bool:
    """ "unusually", "especially": a degree word before an adjective, no adjective itself
    (not "again", "now": no degree)."""
    forms = c.lemmas(lower)
    return lower.endswith(c.ADVERB_ENDING) and set(forms) == {"ADV"}


def _opens_noun_phrase(lower: str, c: ModuleType) -> bool:
    """An article, a possessive, a quantifier or a preposition: a noun phrase follows it;
    not a word that may be the verb's object ("found her unconscious")."""
    if lower in c.TITLE_DEGREE_WORDS or lower == c.TO or lower in c.OBJECT_PRONOUNS:
        return False  # ("to direct": the infinitive)
    return lower in c.DETERMINERS or lower in c.PREPOSITIONS


def modifier_left(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on an adjective in its plain form, or a degree adverb, that an
    article or a preposition opens, the noun it goes before gone: "for direct", "in fresh",
    "an unusually mild", "an unusually"; not a predicate ("was unusually mild", "is more
    likely"), a noun ("in general"), a comparison ("at higher [levels]") nor a fixed phrase
    ("at large")."""
    if not c.TITLE_ADJECTIVE_BEFORE_NOUN or len(words) < 2:
        return False
    lower = words[-1].lower()
    if not lower.isalpha() or not words[-1].islower() or lower in c.TITLE_ADJECTIVE_IDIOMS:
        return False
    forms = c.lemmas(lower)
    if "NOUN" in forms:
        return False
    adjective = lower in forms.get("ADJ", ())  # (its plain form: "mild", not "higher")
    adverb = not adjective and _adverb(lower, c)
    if not (adjective or adverb):
        return False
    k = len(words) - 2
    while adjective and k > 0 and _adverb(words[k].lower(), c):
        k -= 1  # "an unusually | mild"
    before = words[k].lower()
    if adverb:  # "an unusually": only an article may open it ("until recently" is whole)
        return before in c.ARTICLES
    if "VERB" in forms and before not in c.PREPOSITIONS:
        return False  # ("above the top": a word that is a verb too may be the noun itself)
    return _opens_noun_phrase(before, c)
