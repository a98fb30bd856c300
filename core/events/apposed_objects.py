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
