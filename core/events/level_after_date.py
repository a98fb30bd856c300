"""A quote's level told after the date its verb takes as object: "The bank shares closed out
May at a market value of 2.1 times book" reads the month's end level, a quote like "closed at
2.1", no happening. The title's predicate stops before the date ("closed out"), so the level
after it is read here, with the predicate, by ``core.events.states``.
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence, When, token_after, token_at
from core.events.states import is_state
from core.events.tokens import Clause


def level_after_date(
    s: Sentence, clause: Clause, verb: int, predicate: str, when: When | None
) -> bool:
    """Whether ``predicate`` (the clause's from ``verb``, cut before its date) and the words
    after the date, from "at" to the next comma, tell a level: a state, no happening."""
    if when is None:
        return False
    c = lang.words(s.language, "clauses")
    at = token_at(s.tokens, when.timex.start)
    after = token_after(s, when.timex)
    if not c.AT or not verb < at < after < clause.end or s.tokens[after].lower != c.AT:
        return False
    if any(s.tokens[k].text in (",", ";") for k in range(verb, at)):
        return False
    end = next((k for k in range(after, clause.end) if s.tokens[k].text in (",", ";")), clause.end)
    tail = " ".join(s.tokens[k].text for k in range(after, end))
    return is_state(f"{predicate} {tail}", s.language, when.timex.value)
