"""A verb-last title with no cut that fits, made to fit by leaving out an object's genitive.

German closes the clause on its verbs, so a long title cannot be cut at its end; when no
prepositional phrase of the middle can go either, the genitive after the object's noun may:
"Die Musikkapelle Hinterdorf hat den begehrten Wanderpokal [des Bezirksverbandes] erhalten"
reads whole without it, and a headline beats no event at all.
"""

from __future__ import annotations

from types import ModuleType

from core.events.middle import without_a_genitive
from core.events.title_ends import _finish, _verb_tail


def without_genitive_title(
    subject: list[str], predicate: list[str], max_chars: int, c: ModuleType
) -> str:
    """The title of ``subject`` and ``predicate`` with one genitive of the middle left out
    (``core.events.middle.without_a_genitive``), in the middle before the closing verbs;
    "" in a language that does not put its verb last, with no closing verbs, or where none
    fits."""
    if not c.VERB_LAST:
        return ""
    words = [*subject, *predicate]
    keep = len(subject) + 1
    tail = _verb_tail(words, keep, c)
    if not tail:
        return ""  # "demonstrierte den Stellenwert [der Küche]": the end, no middle
    shorter = without_a_genitive(words, keep, len(tail), max_chars, c)
    return _finish(subject, shorter[len(subject) :], max_chars, c) if shorter else ""
