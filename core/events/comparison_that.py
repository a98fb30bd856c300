"""Whether the "que" before a date opens what someone said, not a comparison's standard:
"La alcaldesa anunció que el jueves visitará a los vecinos del barrio" dates the meeting, where
"más alto que el año pasado" compares with a time (``core.events.anchor_context``)."""

from __future__ import annotations

import re

from core.events.anchor_cues import _Cues

# the last "que" (or French "qu'") of the text and the word before it
_WORD_THEN_THAT = re.compile(r"([^\W\d_]+)\s+(?:que|qu['’])\s*(?:\S+\s+){0,2}$", re.IGNORECASE)


def said_that(reach: str, cues: _Cues) -> bool:
    """Whether the "que" right before the date follows a verb of saying ("anunció que el
    lunes …", "a annoncé que lundi, …"): a reported clause, whose date is its own."""
    found = _WORD_THEN_THAT.search(reach)
    if found is None:
        return False
    verbs = cues.lemmas(found.group(1).lower()).get("VERB", ())
    return bool(set(verbs) & cues.speech_verbs)
