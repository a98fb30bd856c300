"""A plural present, its verb's plain form, after a plural subject set off by a relative
("The new fees, which apply from 3 May, cover every car park"): both "apply" and "cover"
are finite, though neither has the third person's ending that marks a present
elsewhere (``finite``). Only for a language whose plural present is the plain form
(``PLURAL_PRESENT_IS_BASE``).
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite_cues import present_relatives
from core.events.tokens import Token


def plural_relative_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k`` is the plain form of a verb right after ", which" or ", who"
    that follow a plural noun ("The new fees, which | apply from …")."""
    if not c.PLURAL_PRESENT_IS_BASE or k < 3 or not _plain_verb(tokens[k], c):
        return False
    if tokens[k - 1].lower not in present_relatives(c) or tokens[k - 2].text != ",":
        return False
    return _plural_noun(tokens[k - 3], c)


def plural_resumed_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k``, after the comma that closes such a relative, is the main
    clause's plural present ("The new fees, which apply from 3 May, | cover …"): the
    subject before the relative opens the sentence with no verb or comma of its own, and a
    determiner, a preposition or a figure follows the verb."""
    if not c.PLURAL_PRESENT_IS_BASE or k + 1 >= len(tokens) or tokens[k - 1].text != ",":
        return False
    if not _plain_verb(tokens[k], c):
        return False
    relative = next(
        (j for j in range(k - 2, 2, -1) if tokens[j].lower in present_relatives(c)), None
    )
    if (
        relative is None
        or tokens[relative - 1].text != ","
        or not _plural_noun(tokens[relative - 2], c)
    ):
        return False
    subject = tokens[: relative - 1]
    if any(t.text == "," or t.lower in c.AUX or c.is_past(t.text) for t in subject):
        return False
    nxt = tokens[k + 1]
    return nxt.lower in c.DETERMINERS or nxt.lower in c.PREPOSITIONS or nxt.text[:1].isdigit()


def _plain_verb(token: Token, c: ModuleType) -> bool:
    """A lower-case word that is a verb's plain form ("apply", "cover")."""
    return token.text.islower() and token.lower in c.lemmas(token.lower).get("VERB", ())


def _plural_noun(token: Token, c: ModuleType) -> bool:
    """A lower-case plural noun ("fees"): its noun's lemma differs from it."""
    nouns = c.lemmas(token.lower).get("NOUN", ())
    return token.text.islower() and bool(nouns) and token.lower not in nouns
