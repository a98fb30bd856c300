"""An object's name set off by commas before the infinitive its verb takes: "asked the
assistant coach, Marta Lind, to take charge". The commas close no clause: the predicate goes
on to what was asked ("to take charge"), and the title keeps it, with the name.
"""

from __future__ import annotations

from types import ModuleType

from core.events.infinitives import opens_infinitive
from core.events.tokens import Token

# How many words a name between the commas may run to ("Professor Anna Maria Lind").
_NAME_WORDS = 4


def apposed_name_end(tokens: list[Token], comma: int, end: int, c: ModuleType) -> int:
    """The index of the comma closing a name that opens at the comma ``comma`` right after
    an object, when "to" and a verb's bare form follow it ("the assistant, Marta Lind, | to
    take charge"); 0 otherwise."""
    close = next((k for k in range(comma + 1, min(end, comma + _NAME_WORDS + 2))
                  if tokens[k].text == ","), 0)  # fmt: skip
    if close <= comma + 1 or close + 2 >= end:
        return 0
    name = tokens[comma + 1 : close]
    if not all(t.text[:1].isupper() for t in name):
        return 0  # "the board, which met …", "the mayor, now retired, …"
    before = tokens[comma - 1]
    if not before.text.islower() or before.lower in c.PRONOUNS:
        return 0  # an object's noun before the name ("the assistant"), not a name or "him"
    if not opens_infinitive(tokens[close + 1].text, tokens[close + 2].lower, c):
        return 0
    return close


def apposed_phrase_end(tokens: list[Token], comma: int, end: int, c: ModuleType) -> int:
    """In a language that puts its participle last (``VERB_LAST``), the index of the comma
    closing a noun phrase set off after a noun, when the clause's participle alone follows it
    ("Der Chor hat gestern des Stifters, des alten Grafen, gedacht": the commas close no
    clause, the predicate goes on to "gedacht"); 0 otherwise."""
    if not c.VERB_LAST:
        return 0
    close = next((k for k in range(comma + 2, min(end, comma + _NAME_WORDS + 2))
                  if tokens[k].text == ","), 0)  # fmt: skip
    if not close or tokens[comma + 1].lower not in c.ARTICLES - c.RELATIVES:
        return 0  # (not "…, die gestern kam, …": a relative)
    if not tokens[comma - 1].text[:1].isupper() or not tokens[close - 1].text[:1].isupper():
        return 0  # a noun on each side of the first comma's phrase
    if any(t.text.islower() and (t.lower in c.AUX or c.is_past(t.text))
           for t in tokens[comma + 2 : close]):  # fmt: skip
        return 0
    verb = tokens[close + 1] if close + 1 < end else None
    if verb is None or not verb.text.islower() or not c.is_participle(verb.text):
        return 0
    after = close + 2
    return close if after >= end or not tokens[after].text[:1].isalnum() else 0


def apposed_phrases(tokens: list[Token], verb: int, stop: int, c: ModuleType) -> set[int]:
    """The tokens of each phrase ``apposed_phrase_end`` reads past between the verb at
    ``verb`` and ``stop``, with its commas: a title leaves them out ("Der Chor hat des
    Stifters gedacht")."""
    out: set[int] = set()
    if not c.VERB_LAST:
        return out
    end = min(stop + 1, len(tokens))
    for k in range(verb + 1, stop):
        if tokens[k].text == "," and (close := apposed_phrase_end(tokens, k, end, c)):
            out.update(range(k, close + 1))
    return out
