"""The object a free-order sentence puts before its pronoun subject: "Премию она получила в
1990 году" opens on what she received; the title names her and puts the object back after
the verb ("Мария Холодова получила премию"), where the subject alone would drop it
("Мария Холодова получила").
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence
from core.events.tokens import Clause

# The longest fronted noun phrase read so, in words ("Главную премию фестиваля").
_FRONTED_WORDS = 3


def object_before_pronoun(s: Sentence, clause: Clause) -> str:
    """The words before the personal pronoun that stands right before the verb of the
    sentence's first clause, when they are a short noun phrase of no name, time or place
    ending as an object does (``FRONTED_OBJECT_ENDINGS``: "Премию она получила"); "" otherwise."""
    c = lang.words(s.language, "clauses")
    verb = clause.verb
    if not c.FRONTED_OBJECT_ENDINGS or verb is None or clause is not s.clauses[0]:
        return ""
    before = [k for k in range(clause.body, verb) if k not in s.drop]
    if len(before) < 2 or before[-1] != verb - 1:
        return ""
    if s.tokens[verb - 1].lower not in c.PERSONAL_PRONOUNS:
        return ""
    words = [s.tokens[k] for k in before[:-1]]
    if len(words) > _FRONTED_WORDS or not all(t.text.isalpha() for t in words):
        return ""
    if any(t.lower in c.PREPOSITIONS | c.ADVERBS | c.OPENERS | c.COORDINATORS for t in words):
        return ""  # ("Тогда она …", "В Омске она …": no object)
    if any(m.start < words[-1].end and words[0].start < m.end for m in s.mentions):
        return ""  # ("Петрову она …": a person, whose case a title cannot keep)
    if not words[-1].lower.endswith(c.FRONTED_OBJECT_ENDINGS):
        return ""  # ("Уперше вона взяла голку": an adverb, no object)
    text = " ".join(t.text for t in words)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
