"""A title cut between a verb's object and the phrase the object needs: "The council placed
the old pier | on the list of protected sites" says half of what was done ("placed the pier"),
as "A union leader described the plant | as a relic" does, and as a cut before the purpose
that gives an object its point does ("adopted a plan | to curb rents"). ``core.events.title_ends``
then tries a title a little longer, keeping the title as it was when none fits.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> complement_cut("The council placed the old pier on the list".split(), 2, 6, c)
True
>>> complement_cut("The council repaired the old pier on Monday".split(), 2, 6, c)
False
>>> purpose_cut("The club set up a fund to rebuild the pier".split(), 2, 6, c)
True
"""

from __future__ import annotations

from types import ModuleType

from core.events.infinitives import infinitive_at
from core.events.title_words import EDGE_PUNCT

_REACH = 8  # words a cut may drop before the phrase the verb needs


def complement_cut(words: list[str], subject: int, at: int, c: ModuleType) -> bool:
    """Whether a cut at ``at`` drops the phrase the predicate's verb needs after its object:
    the verb (the first word after the ``subject`` words and any auxiliaries, or else the
    last verb before the cut that takes one: a reported clause's) takes such a phrase
    (``c.TITLE_OBJECT_COMPLEMENTS``), the cut word opens it, and no such word came between
    the verb and the cut (an object, at least one word, came first)."""
    verb = next((k for k in range(subject, at) if words[k].lower() not in c.AUX), None)
    if verb is None or at - verb < 2 or at >= len(words):
        return False
    wanted = _complements(words[verb], c)
    if not wanted:  # "said it estimated 1986 profit | at …": the reported verb's
        verb = next((k for k in range(at - 2, verb, -1) if _complements(words[k], c)), verb)
        wanted = _complements(words[verb], c)
    if words[at].lower() not in wanted:
        return False
    return not any(w.lower() in wanted for w in words[verb + 1 : at])


def complement_beyond(words: list[str], subject: int, at: int, c: ModuleType) -> bool:
    """Whether a cut at ``at`` drops, a phrase or two further on, the phrase the predicate's
    verb needs after its object: "Estimates put the region's losses | from the gale in the
    hills at 4 mln dlrs" ("put the losses" says half); not past a comma, a coordinator or a
    relative, where the words are another clause's or an aside's."""
    verb = next((k for k in range(subject, at) if words[k].lower() not in c.AUX), None)
    if verb is None or at - verb < 2 or at >= len(words):
        return False
    wanted = _complements(words[verb], c)
    if not wanted or any(w.lower() in wanted for w in words[verb + 1 : at]):
        return False
    return complement_at(words, verb, at, c) > at


def complement_at(words: list[str], verb: int, at: int, c: ModuleType) -> int:
    """Where the phrase the verb at ``verb`` needs opens, a phrase or two after ``at``, or 0."""
    wanted = _complements(words[verb], c)
    stops = c.COORDINATORS | c.SUBJECT_RELATIVES | {c.THAT}
    for k in range(at + 1, min(len(words) - 1, at + 1 + _REACH)):
        if words[k].lower() in wanted:
            return k
        if words[k].lower() in stops or words[k].endswith((",", ";")):
            return 0
    return 0


def without_phrases_before_complement(
    words: list[str], subject: int, at: int, c: ModuleType
) -> list[str]:
    """``words`` without the phrases from ``at`` to the one the verb needs, which a title
    may drop as it drops any phrase: "put the losses [from the gale in the hills] at 4 mln
    dlrs"; ``words`` when there is none."""
    verb = next((k for k in range(subject, at) if words[k].lower() not in c.AUX), None)
    if verb is None or words[at].lower() not in c.PREPOSITIONS - {c.OF}:
        return words  # (not "put the cost | of the floods at …": what the cost is of)
    to = complement_at(words, verb, at, c)
    return [*words[:at], *words[to:]] if to else words


def keeps_complement(words: list[str], subject: int, c: ModuleType) -> bool:
    """Whether a title's words hold, after its verb's object, the phrase the verb needs
    ("put the losses … at 4 mln dlrs"), and do not end on its first word."""
    verb = next((k for k in range(subject, len(words)) if words[k].lower() not in c.AUX), None)
    if verb is None:
        return False
    wanted = _complements(words[verb], c)
    kept = [w.lower().strip(EDGE_PUNCT) for w in words[verb + 2 :]]
    return bool(kept) and kept[-1] not in wanted and bool(set(kept[:-1]) & wanted)


def _complements(word: str, c: ModuleType) -> frozenset[str]:
    """The words opening the phrase a verb needs after its object ("as" of "described")."""
    forms = c.lemmas(word.lower().strip(EDGE_PUNCT)).get("VERB", ())
    return frozenset().union(*(c.TITLE_OBJECT_COMPLEMENTS.get(f, ()) for f in forms))


def purpose_cut(words: list[str], subject: int, at: int, c: ModuleType) -> bool:
    """Whether a cut at ``at`` drops the infinitive of purpose after the verb's object, a
    common noun ("will use all its powers | to stop the sale", "set up a fund | to rebuild
    the pier"); not after a name or a place's noun ("met in Oslo | to discuss …", "went to
    court | to seek …"), whose verb reads whole."""
    if at - subject < 3 or words[at].lower() != c.TO or not infinitive_at(words, at, c):
        return False
    before = words[at - 1]
    if not before.isalpha() or not before.islower() or before in c.BARE_PLACE_NOUNS:
        return False
    return "NOUN" in c.lemmas(before)
