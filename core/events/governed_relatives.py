"""A relative clause its preposition opens ("…, mit dem das Unternehmen seit 2019
zusammenarbeitet", "…, з яким вона прожила …") or its owned noun opens ("…, фасад которого
покрасили в 1990 году"): a clause of its own, so its date is not the main clause's, nor its
verb the main clause's. Used by ``core.events.phrases``."""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token


def governed_relative(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A relative clause its preposition opens, where the finite verb goes last ("…, mit dem
    das Unternehmen seit 2019 zusammenarbeitet", "…, in der 1999 das Fest stattfand"): the
    preposition, a relative pronoun, no noun straight after it (not "…, mit dem Zug"), and a
    finite verb last before the next comma."""
    if k + 2 >= len(tokens):
        return False
    if tokens[k].lower not in c.PREPOSITIONS:
        return owned_noun(tokens, k, c)
    if not c.VERB_LAST:
        return _pronoun_after(tokens, k, c)
    if tokens[k + 1].lower not in c.RELATIVES or tokens[k + 2].text[:1].isupper():
        return False  # ("…, mit dem Zug": an article and its noun)
    stop = next((j for j in range(k + 2, len(tokens)) if tokens[j].text in ",;"), len(tokens))
    last = next((j for j in range(stop - 1, k + 1, -1) if tokens[j].text[:1].isalnum()), None)
    return last is not None and last > k + 2 and _finite_last(tokens[last].text, c)


def _pronoun_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A relative pronoun that is nothing else right after the preposition at ``k`` ("…, з
    яким вона прожила …", "…, с которым …"): not an article, nor a "that"."""
    word = tokens[k + 1].lower
    return word in c.RELATIVES and word not in c.ARTICLES and word != c.THAT


def owned_noun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A noun and the relative pronoun that owns it (``OWNER_RELATIVES``): "Амбар, крышу
    которого перекрыли в 1990 году, купил фермер" (the roof's relative, not the main clause:
    the farmer bought the barn), "…, дах якого …"."""
    word = tokens[k]
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].lower in c.OWNER_RELATIVES
        and word.text.isalpha()
        and word.text.islower()
        and "NOUN" in c.lemmas(word.lower)
    )


def _finite_last(word: str, c: ModuleType) -> bool:
    """A verb's finite form ("zusammenarbeitet", "wurde"), not its infinitive or participle."""
    lower = word.lower()
    if not word.islower():
        return False
    if lower in c.AUX:
        return lower not in c.NON_FINITE_AUX
    verbs = c.lemmas(lower).get("VERB", ())
    return bool(verbs) and not c.is_participle(lower) and lower not in verbs
