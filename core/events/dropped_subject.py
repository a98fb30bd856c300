"""Where a language that leaves its subject out (``clauses.DROPS_SUBJECT``) does so after a
fronted phrase: "Ya instalada en Lima, abrió en 1974 su taller", "La semana pasada, además,
firmó un acuerdo" — the phrase and its comma are where and when, the verb's ending says who.
And where it does not: "Según la policía, murió un hombre" names its subject after the verb.
"""

from __future__ import annotations

from types import ModuleType

from core.events.parse import Sentence
from core.events.subject_shapes import passive_be, past_phrases


def fronted_only(s: Sentence, keep: list[int], verb: int, c: ModuleType) -> bool:
    """Whether the words ``keep`` before the opening clause's verb are only fronted phrases,
    each closed by its comma, the last straight before the verb: every stretch between
    commas is empty (a dropped date), linking adverbs, or opens on a preposition."""
    if not c.DROPS_SUBJECT or not keep or s.tokens[keep[-1]].text != ",":
        return False
    if keep[-1] != verb - 1:
        return False  # "De vuelta, [el martes] fundó": a date between is read as before
    stretch: list[str] = []
    for k in keep:
        if s.tokens[k].text != ",":
            stretch.append(s.tokens[k].lower)
            continue
        phrase = not stretch or stretch[0] in c.PREPOSITIONS or set(stretch) <= c.ADVERBS
        if not phrase and (not _lone_participle(stretch, c) or _named(s, k - 1)):
            return False  # "El club, nervioso, tardó": a subject and its aside
        stretch = []
    return True


def _named(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is in a name ("Casado, sin embargo, …": Rubén Casado)."""
    at = s.tokens[k].start
    return any(m.start <= at < m.end for m in s.mentions)


def _lone_participle(stretch: list[str], c: ModuleType) -> bool:
    """ "Jubilada, vendió la casa", "Ya jubilada, …": a participle alone (after adverbs) says
    how the one the verb's ending stands for was, it is no subject."""
    *before, last = stretch
    return c.is_participle(last) and set(before) <= c.ADVERBS


def subject_follows(s: Sentence, verb: int, c: ModuleType) -> bool:
    """Whether a verb that puts its subject after it (``clauses.SUBJECT_FOLLOWS``: "murió",
    "llegó") has a determiner's noun or a count there, past its prepositional phrases: "Ayer
    murió un hombre", "llegó a la ciudad el nuevo director" — not the one the verb's ending
    would stand for; a passive's too ("El martes fue detenido un hombre")."""
    verbs = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))
    passive = passive_be(s, verb, c)
    if not (verbs & c.SUBJECT_FOLLOWS or passive):
        return False
    lexical = verb + 1 if passive else verb  # ("fue detenido | en Sevilla su hermano")
    after = next((k for k in range(lexical + 1, len(s.tokens)) if k not in s.drop), None)
    after = past_phrases(s, after, len(s.tokens), c)
    if after is None:
        return False
    word = s.tokens[after]
    return word.lower in c.DETERMINERS or word.text[:1].isdigit()


def bare_phrase_fronted(s: Sentence, keep: list[int], verb: int, c: ModuleType) -> bool:
    """Whether the words ``keep`` straight before the opening clause's verb are one short
    prepositional phrase and no comma (``clauses.PHRASE_BEFORE_VERB``): "En términos
    parecidos se expresó el alcalde", "Por su parte votó en contra la oposición" — a
    preposition, perhaps a determiner, then only lowercase words, none of them a determiner
    or pronoun that could open a subject ("En 2019 la empresa cerró" keeps "la empresa")."""
    if not c.PHRASE_BEFORE_VERB or len(keep) < 2 or len(keep) > _PHRASE_REACH:
        return False
    if keep != list(range(keep[0], verb)) or s.tokens[keep[0]].lower not in c.PREPOSITIONS:
        return False
    rest = keep[2:] if s.tokens[keep[1]].lower in c.DETERMINERS else keep[1:]
    if not rest or any(_named(s, k) for k in keep):
        return False
    words = [s.tokens[k].text for k in rest]
    opens = c.DETERMINERS | c.PRONOUNS | c.PREPOSITIONS
    return all(w.isalpha() and w.islower() and w not in opens for w in words)


_PHRASE_REACH = (
    5  # words of a fronted phrase read as one: "por su parte", "en términos muy parecidos"
)
