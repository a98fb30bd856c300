"""A date set before a clause that tells a state also dates the happening joined to it by
"and" or told after its colon: "In 1990 the mill employed 800 people, and the owners opened a
second hall" is an opening in 1990. The state gives
no title (``core.events.states``), so without this the sentence gave nothing.

Only where the language lists the words that put the second clause at another time
(``AFTER_STATE_OTHER_TIME``: "In 2016 the town had 3,000 people, and it has since halved",
"…, and later she moved"): a language without them is left as it was.
"""

from __future__ import annotations

from core import lang
from core.events.antecedents import clause_whens
from core.events.parse import Sentence, When, token_at
from core.events.states import is_state
from core.events.tokens import Clause


def joined_after_state(s: Sentence, ci: int, when: When) -> Clause | None:
    """The clause after ``s.clauses[ci]`` that the date ``when``, written before that
    clause's verb, also dates: it opens on "and", has a verb in the past and no time of its
    own, and ``s.clauses[ci]`` tells a state; None otherwise."""
    c = lang.words(s.language, "clauses")
    if not c.AFTER_STATE_OTHER_TIME or ci + 1 >= len(s.clauses):
        return None
    clause, nxt = s.clauses[ci], s.clauses[ci + 1]
    if clause.verb is None or nxt.verb is None or nxt.opener.lower() not in (c.AND, ":"):
        return None  # (a colon: "Am Montag waren alle einig: Der Rat nahm den Plan an")
    if not c.is_past(s.tokens[nxt.verb].text):
        return None  # "…, and the company says its loans are growing": told now
    at = token_at(s.tokens, when.timex.start)
    if not clause.start <= at < clause.verb or clause_whens(s, nxt):
        return None  # "the mill employed 800 people in 1990, and …": the state's own date
    words = [t.lower for t in s.tokens[nxt.start : nxt.end]]
    if set(words) & c.AFTER_STATE_OTHER_TIME:
        return None
    predicate = " ".join(t.text for t in s.tokens[clause.verb : clause.end] if t.text != ",")
    return nxt if is_state(predicate, s.language, when.timex.value) else None
