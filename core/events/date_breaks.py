"""Where a date dropped from inside a predicate ends its title (``core.events.happenings``).

A date dropped from inside a phrase ("indications [1987] revenues") ends the title there,
unless the words read whole without it ("a major [overnight] assault"). Where the words after
a bare date complete the verb ("began delving [Thursday] into the losses"), the title reads
on, and the stop before the date is kept to fall back on when the longer title cuts to
nothing a reader would parse.
"""

from __future__ import annotations

from core.events.clause_checks import _breaks_phrase
from core.events.parse import Sentence
from core.events.phrase_edges import reads_on_to_complement, reads_whole_without


def predicate_breaks(s: Sentence, drop: set[int], verb: int, stop: int) -> tuple[int, int | None]:
    """(the token the predicate of the verb at ``verb`` stops before, at most ``stop``; the
    earlier stop before a date the title reads on past, or None): "began delving [Thursday]
    into the losses [of …]" → (``stop``, the index of "Thursday")."""
    soft = None
    for k in range(verb + 1, stop):
        # (read as English whatever the language, as the stop always was)
        if not _breaks_phrase(s, drop, k) or reads_whole_without(s.tokens, drop, k):
            continue
        if not reads_on_to_complement(s.tokens, drop, k, s.language):
            return k, soft
        soft = k if soft is None else soft
    return stop, soft
