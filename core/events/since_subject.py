"""Whom the "it" of a "since" clause stands for, when the clause it counts from is the main
clause's: "The flood has cut power to 9,000 homes since it struck Carlow on Monday" — the
flood struck Carlow then. Used by ``core.events.subjects``.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, is_plural
from core.events.parse import Sentence, lexical_verb
from core.events.tokens import Clause, Token


def since_subject(
    s: Sentence, clause: Clause, keep: list[int], subject_of: Callable[..., Subject]
) -> Subject | None:
    """The main clause's subject for the "it" alone before the verb of a "since" clause
    straight after it ("The flood has cut power to 9,000 homes | since it struck Carlow"),
    when that subject is one plain thing (``_one_plain_thing``) and its verb neither "be" (a
    state weighed since then) nor a figure's change ("The rate has doubled since it took
    office": "it" is a government). None for any other shape ("Copies were built | since it entered
    service": "it" is not the copies)."""
    c = lang.words(s.language, "clauses")
    if len(keep) != 1 or s.tokens[keep[0]].lower not in c.ONE_THING_PRONOUNS:
        return None
    if clause.opener not in c.CLAUSE_SINCE or len(s.clauses) < 2 or s.clauses[1] is not clause:
        return None
    first = s.clauses[0]
    if first.verb is None or first.start != 0 or clause.verb is None:
        return None
    if s.tokens[first.verb].lower in c.BE:
        return None  # "The result is a blow to the party since it won power in 2019"
    verbs = c.lemmas(s.tokens[lexical_verb(s, first)].lower).get("VERB", ())
    if set(verbs) & c.FIGURE_CHANGE_VERBS:
        return None  # "The rouble has slumped since it was unveiled": "it" is a plan
    subject, mentions, (a, b) = subject_of(s, first, inherited=True)
    if not subject or b <= a:
        return None
    if not _one_plain_thing(s, a, b, c):
        return None
    return subject, mentions, (clause.body, clause.verb)


def _one_plain_thing(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether the subject ``[a, b)`` is an article or a demonstrative, adjectives at most, and
    one singular common noun that is no person ("The flood", "The new terminal"): not a
    figure of something ("The number of cases", "The party's support"), a bare noun
    ("Inflation", "Crime"), nor a noun that may qualify the head ("The drinks industry"),
    where "it" may be another thing."""
    first, head = s.tokens[a], s.tokens[b - 1]
    if first.lower not in c.ARTICLES | c.DEMONSTRATIVES:
        return False
    if not head.text.isalpha() or not head.text.islower() or "NOUN" not in c.lemmas(head.lower):
        return False
    if is_plural(head.text, c):
        return False
    people = c.MALE_NOUNS | c.FEMALE_NOUNS | lang.words(s.language, "events").ROLES
    if head.lower in people:
        return False  # "The coach has kept quiet since it lost the final": "it" is no person
    return all(_adjective_only(t, c) for t in s.tokens[a + 1 : b - 1])


def _adjective_only(token: Token, c: ModuleType) -> bool:
    """A lowercase word that is an adjective and no noun ("new", not "drinks" or "ruling")."""
    forms = c.lemmas(token.lower)
    return token.text.isalpha() and token.text.islower() and "ADJ" in forms and "NOUN" not in forms
