"""A sentence opening on a preposition and an infinitive or past infinitive, set off by a
comma before the main clause: "Tras dejar la alcaldía en 2014, Ruiz fundó una empresa",
"Après avoir quitté la mairie en 2014, Roux a fondé une entreprise". The phrase is a clause of
its own: its date is not the main clause's.

The openers are language data (``FRONTED_INFINITIVE_OPENERS``: "tras", "después de", "après
avoir"); a language without them never cuts here.
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb
from core.events.tokens import Token


def fronted_infinitive_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """Where the main clause starts after a fronted infinitive's phrase (its comma, a finite
    verb after it), or None when the sentence opens on no such phrase."""
    verb = _verb_after_opener(tokens, c)
    if verb is None:
        return None
    stop = next((k for k in cuts[1:] if k > verb), len(tokens))
    comma = next((k for k in range(verb + 1, stop) if tokens[k].text == ","), None)
    if comma is None or _finite_verb(tokens, comma + 1, stop, c) is None:
        return None
    return comma + 1


def _verb_after_opener(tokens: list[Token], c: ModuleType) -> int | None:
    """The index of the infinitive or participle straight after an opener the data list
    ("Tras | dejar", "Après avoir | quitté"), None when the sentence opens otherwise."""
    for opener in c.FRONTED_INFINITIVE_OPENERS:
        k = len(opener)
        if len(tokens) <= k + 2 or any(tokens[j].lower != w for j, w in enumerate(opener)):
            continue
        word = tokens[k]
        if not word.text.islower():
            return None
        infinitive = word.lower in c.lemmas(word.lower).get("VERB", ())
        return k if infinitive or c.is_participle(word.text) else None
    return None
