"""Dates in an object relative whose "that" is left out, with no comma before it: "Halvorsen
withdrew a claim it filed yesterday" — yesterday is the filing's day, not the withdrawal's.

(With a comma, "…, a measure it lifted in 2015", the clause is cut as one of its own:
``core.events.contact_clauses``.)
"""

from __future__ import annotations

from core import lang
from core.events.anchor_cues import _Cues


def in_contact_relative(before: str, cues: _Cues, language: str) -> bool:
    """Whether the date after ``before`` closes an object relative whose "that" is left out,
    after its main clause's verb: "rejected the offer it received on Monday" ("told the court
    it filed on Monday" is a saying's report, no relative; "in the week it opened" names a
    time)."""
    found = cues.contact_relative and cues.contact_relative.search(before)
    if not found:
        return False
    c = lang.words(language, "clauses")
    noun, main = found.group("noun").lower(), found.group("main").lower()
    if noun in cues.time_nouns or noun in cues.function_words or "NOUN" not in c.lemmas(noun):
        return False
    if not cues.is_past(found.group("verb")):
        return False
    verbs = c.lemmas(main).get("VERB", ())
    return bool(verbs) and not set(verbs) & cues.speech_verbs and main not in cues.function_words
