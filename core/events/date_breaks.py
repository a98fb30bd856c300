"""Where a date dropped from inside a predicate ends its title (``core.events.happenings``).

A date dropped from inside a phrase ("indications [1987] revenues") ends the title there,
unless the words read whole without it ("a major [overnight] assault"). Where the words after
a bare date complete the verb ("began delving [Thursday] into the losses"), the title reads
on, and the stop before the date is kept to fall back on when the longer title cuts to
nothing a reader would parse; so they do where the words after the date are the phrase the
verb needs after its object ("described the tariff [on Monday] as a relic"), and where
they are the verb of the clause a verb of showing reports ("showed the cost of bread [last
month] was …": without it the title says half).
"""

from __future__ import annotations

from core import lang
from core.events.clause_checks import _breaks_phrase
from core.events.complement_cuts import _complements
from core.events.parse import Sentence
from core.events.phrase_edges import reads_on_to_complement, reads_whole_without
from core.events.well_formed import reported_verb


def predicate_breaks(s: Sentence, drop: set[int], verb: int, stop: int) -> tuple[int, int | None]:
    """(the token the predicate of the verb at ``verb`` stops before, at most ``stop``; the
    earlier stop before a date the title reads on past, or None): "began delving [Thursday]
    into the losses [of …]" → (``stop``, the index of "Thursday")."""
    soft = None
    for k in range(verb + 1, stop):
        # (read as English whatever the language, as the stop always was)
        if not _breaks_phrase(s, drop, k) or reads_whole_without(s.tokens, drop, k):
            continue
        if not (
            reads_on_to_complement(s.tokens, drop, k, s.language)
            or _complement_after(s, drop, verb, k)
            or _reported_verb_after(s, drop, verb, k)
        ):
            return k, soft
        soft = k if soft is None else soft
    return stop, soft


def _complement_after(s: Sentence, drop: set[int], verb: int, k: int) -> bool:
    """Whether the words after the date dropped at ``k`` open the phrase the verb needs after
    its object ("described the old tariff [on Monday] as a relic", "turned the mill [in 1990]
    into flats"), none of them said before the date: without it the title says half."""
    c = lang.words(s.language, "clauses")
    n = len(s.tokens)
    after = next((j for j in range(k, n) if j not in drop), n)
    if after + 1 >= n:
        return False
    head = next((j for j in range(verb, k) if s.tokens[j].lower not in c.AUX), None)
    if head is None or head + 1 >= k:
        return False  # (an object, at least one word, comes before the date)
    wanted = _complements(s.tokens[head].text, c)
    if s.tokens[after].lower not in wanted:
        return False
    return not any(s.tokens[j].lower in wanted for j in range(head + 1, k))


def _reported_verb_after(s: Sentence, drop: set[int], verb: int, k: int) -> bool:
    """Whether the date dropped at ``k`` stands between the subject of a clause the verb at
    ``verb`` reports ("showed", "estimated") and that clause's verb, the first word after the
    date ("Data showed steel output [in March] rose …"): the title reads on to it."""
    c = lang.words(s.language, "clauses")
    n = len(s.tokens)
    after = next((j for j in range(k, n) if j not in drop), n)
    if after >= n:
        return False
    before = [s.tokens[j].text for j in range(verb, k) if j not in drop]
    words = [*before, *(t.text for t in s.tokens[after : after + 3])]
    return reported_verb(words, 0, c) == len(before)
