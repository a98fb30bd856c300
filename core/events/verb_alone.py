"""A title cut to its verb alone while the verb's object stands after a phrase of where or whom.

"El Consejo Rector de la Cooperativa de Regantes de Soria aprobará [en Almazán] un plan …" is
too long whole; the cut before the place phrase leaves "… aprobará", a verb without what it
approves. A shorter subject ("El Consejo Rector aprobará un plan …") leaves room for the
object: subject, verb and object in the article's words beat a long subject and a bare verb.
"""

from __future__ import annotations

from types import ModuleType

from core.events.title_compress import between_phrase_end, verb_group_end


def object_left_behind(title: str, subject: list[str], predicate: list[str], c: ModuleType) -> bool:
    """Whether ``title`` keeps of ``predicate`` only its verb group while a phrase of where or
    whom stands between that verb group and an object ("celebrarán | en Bruselas una cumbre")."""
    verb_end = verb_group_end(predicate, 0, c)
    if not 0 < verb_end < len(predicate):
        return False
    if len(title.split()) > len(subject) + verb_end:
        return False  # more than the verb group was kept
    return bool(between_phrase_end(predicate, verb_end, c))
