"""A purpose infinitive an aside splits from its object: "Ada Kell left the band in 2019 to
found, with two cousins, a record label". The clause's title stops at the aside's comma and
would end on "to found", a verb without what it founded; the title stops before "to" instead
("Ada Kell left the band"), which is whole.

Only an aside set off by two commas, short (``_ASIDE_WORDS``), with the infinitive's object
or phrase after it (an article, a determiner or a preposition opens it), counts: "retired in
May to rest, his son said" keeps "to rest".
"""

from __future__ import annotations

from core import lang
from core.events.infinitives import opens_infinitive
from core.events.parse import Sentence

_ASIDE_WORDS = 4  # "without success", "as it turned out"


def before_split_purpose(s: Sentence, verb: int, stop: int) -> int:
    """``stop``, or the index of the "to" two tokens before it when the predicate of the verb
    at ``verb`` would end on an infinitive an aside splits from its object."""
    c = lang.words(s.language, "clauses")
    tokens = s.tokens
    if stop < verb + 4 or stop >= len(tokens) or tokens[stop].text != ",":
        return stop
    if not opens_infinitive(tokens[stop - 2].text, tokens[stop - 1].text, c):
        return stop
    close = next(
        (
            k
            for k in range(stop + 2, min(len(tokens), stop + 2 + _ASIDE_WORDS))
            if tokens[k].text == ","
        ),
        None,
    )
    if close is None or close + 1 >= len(tokens):
        return stop
    opener = tokens[close + 1].lower
    if opener not in c.ARTICLES | c.DETERMINERS | c.PREPOSITIONS:
        return stop
    return stop - 2
