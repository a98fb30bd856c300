"""A verb whose object takes a participle as its complement ("declared measles eliminated",
"pronounced the bridge closed"): the clause splitter reads the object and the participle as a
content clause with its "that" left out ("declared [that] measles eliminated"), whose title
would be "Measles eliminated". The happening is the main clause's: the declaring, dated by the
complement's date, titled "The United States declared measles eliminated".
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence, lexical_verb
from core.events.tokens import Clause

_OBJECT_WORDS = 4  # how many words the object may have ("the last known case")


def with_object_complement(s: Sentence, ci: int) -> Clause:
    """Clause ``ci``, or, when it is such a complement, it and the main clause before it as
    one clause with the main clause's verb."""
    clause = s.clauses[ci]
    c = lang.words(s.language, "clauses")
    if ci == 0 or clause.verb is None or not c.OBJECT_COMPLEMENT_VERBS:
        return clause
    main = s.clauses[ci - 1]
    if main.verb is None or main.end != clause.start or clause.body != clause.start:
        return clause  # a "that" written, or words between: a content clause
    if not set(c.lemmas(s.tokens[lexical_verb(s, main)].lower).get("VERB", ())) & (
        c.OBJECT_COMPLEMENT_VERBS
    ):
        return clause
    verb = s.tokens[clause.verb]
    if not verb.text.islower() or not c.is_participle(verb.lower):
        return clause
    between = range(clause.body, clause.verb)
    if not 0 < len(between) <= _OBJECT_WORDS or any(s.tokens[k].lower in c.AUX for k in between):
        return clause  # "declared the vote was rigged": a verb group of its own
    after = next((k for k in range(clause.verb + 1, clause.end) if k not in s.drop), clause.end)
    word = s.tokens[after] if after < clause.end else None
    if word is not None and word.text.isalnum() and word.lower not in c.PREPOSITIONS:
        return clause  # "said prices raised costs": a past with its object
    return Clause(main.start, main.body, clause.end, main.opener, main.verb)
