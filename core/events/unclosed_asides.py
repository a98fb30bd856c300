"""A second part after a subject's comma that no comma closes before the verb: the subject.

An aside stands between two commas ("Hiram Ltd, the previous owner, sold …"). Words after a
comma that run straight into the verb are no aside: they are the subject, and what stands
before the comma opened the sentence ("According to the state firm, Pemco, the rebels
carried out …": not Pemco; "Only [in May], the plants shipped …" when the date phrase is
dropped: not "Only"). ``core.events.subject_asides`` cuts the subject's aside.
"""

from __future__ import annotations

from types import ModuleType

from core.events.parse import Sentence


def unclosed_second(s: Sentence, keep: list[int], commas: list[int], c: ModuleType) -> list[int]:
    """The words of ``keep`` after its one comma when they open a noun phrase and no comma
    follows them before the verb; empty otherwise."""
    if len(commas) != 1:
        return []
    after = keep[commas[0] + 1 :]
    if not after:
        return []
    verb = min((cl.verb for cl in s.clauses if cl.verb is not None and cl.verb > keep[-1]),
               default=None)  # fmt: skip
    if verb is None or any(k not in s.drop for k in range(keep[-1] + 1, verb)):
        return []  # "Hiram Ltd, the previous owner, sold", "…, a miner named Li Bo, said":
        # an aside closed, or words between the subject and its verb the subject left out
    first = s.tokens[after[0]]
    if first.lower not in c.ARTICLES and first.lower not in c.DETERMINERS:
        return []  # ("Ana Ruiz, 45 said", "Acme, based in Ohio said": no subject opens)
    if len(after) == 1 and first.lower in c.PRONOUNS | c.OBJECT_PRONOUNS:
        return []  # ("Торік, попри пандемію, її відвідали": the object, its doers after)
    if any(s.tokens[j].lower in c.COORDINATORS for j in after):
        return []  # ("The roof, the ramps and the hall": a list)
    return after if _rest_of_fronted(s, keep, commas[0], c) else []


def _rest_of_fronted(s: Sentence, keep: list[int], comma: int, c: ModuleType) -> bool:
    """Whether the words before the comma are what is left of a fronted phrase: its date
    dropped between them and the comma ("Only [in May],"), or the phrase's opening cut before
    them ("According to the firm, | Pemco,", "as | a practical matter,"). A subject that
    opens its clause ("Le Matin, the tabloid launched in May, said") is left to the aside's
    rules: its aside may close after a relative the subject does not hold."""
    if any(k in s.drop for k in range(keep[comma - 1] + 1, keep[comma])):
        return True
    before = keep[0] - 1
    if before < 0:
        return False
    lower = s.tokens[before].lower
    return lower == "," or lower in c.PREPOSITIONS or lower in c.SUBORDINATORS
