"""The object a free-order sentence fronts before a relative clause: "Склад, який звели у 1912
році, | громада продала у травні" opens on what the community sold; the main clause resumes
after the relative with its own subject ("громада продала"), and its title puts the fronted
noun back after the verb ("Громада продала склад").
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence
from core.events.tokens import Clause

# The longest fronted noun phrase read so, in words ("Старий дерев'яний склад").
_FRONTED_WORDS = 3


def resumed_object(s: Sentence, clause: Clause, subject_start: int) -> str:
    """The words of the verbless noun phrase that opens the sentence before a relative, when
    ``clause`` is the main clause resumed after that relative with a subject of its own (from
    token ``subject_start``, before its verb); "" otherwise."""
    c = lang.words(s.language, "clauses")
    if not c.RESUME_AFTER_PHRASE or clause.verb is None or len(s.clauses) < 3:
        return ""
    first, relative = s.clauses[0], s.clauses[1]
    if first.verb is not None or clause is first or relative.opener not in c.RELATIVES:
        return ""
    if clause is not s.clauses[2] or not clause.body <= subject_start < clause.verb:
        return ""  # (the clause right after the relative)
    if s.tokens[subject_start].lower in c.PRONOUNS | c.OBJECT_PRONOUNS:
        return ""  # "…, а в 2012 году её закрыли": no subject of its own
    words = [t for t in s.tokens[first.start : first.end] if t.text != ","]
    if not 0 < len(words) <= _FRONTED_WORDS or not all(t.text.isalpha() for t in words):
        return ""
    if any(t.lower in c.PREPOSITIONS | c.DETERMINERS for t in words):
        return ""  # ("В том году, …": a phrase of time or place, no object)
    if "NOUN" not in c.lemmas(words[-1].lower):
        return ""
    text = " ".join(t.text for t in words)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
