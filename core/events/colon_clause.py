"""The clause a clause opened by "and" goes on from when a colon or semicolon stands before
it: "Rain did not stop them: in May the crew removed the fence, and in June finished the
paving" — the crew finished it, not the rain; the first clause of the sentence is only what
the colon announces.
"""

from __future__ import annotations

from types import ModuleType

from core.events.parse import Sentence
from core.events.tokens import Clause

# the openers of a clause that stands as a sentence of its own after the first one
_OWN_SENTENCE_OPENERS = frozenset({":", ";"})


def joined_main(s: Sentence, clause: Clause, c: ModuleType) -> Clause | None:
    """The clause after a colon or semicolon that ``clause``, opened by a coordinator, goes on
    from, past relatives between them ("…: the crew, which …, removed …, and finished");
    None when the sentence's first clause is the one, or ``clause`` opens on no coordinator."""
    if clause not in s.clauses or clause.opener not in c.COORDINATORS | c.BUT:
        return None
    k = s.clauses.index(clause) - 1
    while k > 0 and s.clauses[k].opener in c.RELATIVES:
        k -= 1
    if k <= 0 or s.clauses[k].opener not in _OWN_SENTENCE_OPENERS or s.clauses[k].verb is None:
        return None
    return s.clauses[k]
