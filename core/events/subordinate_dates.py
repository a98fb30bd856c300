"""The date of a phrase fronted before a subordinate clause dates the main clause after it,
not the subordinate one: "En 2018, | después de que la fábrica cerrara, | el ayuntamiento
compró los terrenos" (the cut: ``core.events.fronted_subordinates``)."""

from __future__ import annotations

from core import lang
from core.events.fronted_subordinates import fronted_subordinate_end
from core.events.parse import Sentence, When, token_after, token_at
from core.events.when_clauses import fronted_alone


def fronted_subordinate_date(s: Sentence, ci: int) -> When | None:
    """The date of a phrase fronted alone before a subordinate clause, for the main clause
    ``ci`` that the subordinate clause ends before ("En 2018, | después de que la fábrica
    cerrara, | el ayuntamiento compró los terrenos": the purchase in 2018, not the closure);
    None when clause ``ci`` is no such main clause."""
    c = lang.words(s.language, "clauses")
    if ci < 2 or s.clauses[0].verb is not None or s.clauses[ci].verb is None:
        return None
    second = s.clauses[1].start
    if fronted_subordinate_end(s.tokens, [0, second], c) != s.clauses[ci].start:
        return None
    inside = [w for w in s.whens if token_at(s.tokens, w.timex.start) < second]
    if len(inside) != 1 or inside[0].back or inside[0].of_when_clause:
        return None
    when = inside[0]
    if not fronted_alone(s, s.clauses[0], when) or token_after(s, when.timex) != second - 1:
        return None  # "En 2018, …" alone, nothing between the date and its comma
    return when
