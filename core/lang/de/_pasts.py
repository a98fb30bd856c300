"""German simple pasts of weak verbs ``core.lang.de._forms``' tables lack, told by shape.

>>> weak_past("folgte"), weak_past("erreichten"), weak_past("letzte"), weak_past("größte")
('folgen', 'erreichen', None, None)
"""

from __future__ import annotations

import re

# The simple past of a weak verb the tables lack, by its shape: a stem ending on a consonant,
# then "-te", "-ten" ("folgte", "schätzte", "erreichten", "meldete"). German writes nouns with
# a capital, so a lower-case word of this shape is a verb or an adjective; the adjectives
# (and ordinals) of that shape are the endings and stems below: "letzte", "größte", "dritte",
# "alte", "rechte", "zehnte".
_WEAK_PAST = re.compile(r"(?P<stem>[a-zäöü]{2,}[b-df-hj-np-tv-zß])e?ten?")
_NOT_WEAK_PAST_ENDINGS = ("ste", "sten", "ßte", "ßten", "tte", "tten", "zehnte", "zehnten")
_ADJECTIVE_STEMS = frozenset(
    "alt kalt hart zart recht echt leicht schlecht dicht licht acht vier fünf sieb neun zehn"
    " elf zwölf gesamt bekannt direkt perfekt korrekt letzt bunt sanft sacht mächt bestimmt"
    " heut verwandt berühmt beliebt bereit gerecht hundert".split()
)


def weak_past(lower: str) -> str | None:
    """The infinitive a weak simple past of an unlisted verb gives ("folgte" → "folgen"),
    or None."""
    found = _WEAK_PAST.fullmatch(lower)
    if found is None or lower.endswith(_NOT_WEAK_PAST_ENDINGS):
        return None
    stem = found.group("stem")
    if stem + "t" in _ADJECTIVE_STEMS:
        return None
    return stem + "en"
