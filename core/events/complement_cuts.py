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
