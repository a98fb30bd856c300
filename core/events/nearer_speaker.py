"""Whom a pronoun opening what is said stands for when the clause of saying is not the
sentence's first: who says it there ("The strike began in July, when the company announced
it would move …": the company, not the strike; "Ports closed, and officials in Nassau said
they expected …": the officials, not the ports)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.group_antecedent import can_be_they
from core.events.learned_sex import shown_person
from core.events.parse import Sentence
from core.events.subject_parts import names_person, plural_head
from core.events.tokens import Clause

Subject = tuple[str, list[Mention], tuple[int, int]]


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def nearer_speaker(
    s: Sentence, clause: Clause, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> Subject | None:
    """The subject of the clause of saying just before ``clause``, when ``clause`` opens on
    the pronoun at ``k`` and that clause of saying is a later one of its own (after "and",
    "when", "but"), with a subject the pronoun can stand for ("it" one thing, "they" many,
    "he" or "she" a person). None elsewhere: the caller goes on to the main subject."""
    c = _clauses(s.language)
    if clause not in s.clauses or k != clause.body:
        return None
    i = s.clauses.index(clause)
    if i < 2:
        return None  # "X said it …": the main clause is the speaker already
    before = s.clauses[i - 1]
    if before.end != clause.start or before.verb is None or before.opener in c.RELATIVES:
        return None
    words = [j for j in range(before.body, before.end) if s.tokens[j].text.isalpha()]
    words = [j for j in words if j not in s.drop]  # "said on Friday | they …"
    last = words[-1] if words else -1
    if last < 0 or not says(s.tokens[last].lower, c):
        return None  # the clause must end on its verb of saying ("… announced | it would")
    speaker = subject_of(s, before)
    if not speaker[0] or speaker[0].lower() in c.PRONOUNS:
        return None
    a, b = speaker[2]
    if any(s.tokens[j].text == "," for j in range(a, b)):
        return None  # "… meet that target, so far this season, Acme said it": not sure
    lower = s.tokens[k].lower
    if lower == c.THEY:
        return speaker if can_be_they(s, speaker) else None
    if lower in c.PERSONAL_PRONOUNS:
        a, b = s.tokens[before.body].start, s.tokens[before.end - 1].end
        person = any(m.kind == PERSON and a <= m.start < b for m in s.mentions)
        return speaker if person and names_person(s, speaker) else None  # not "Acme … he"
    if lower in c.ONE_THING_PRONOUNS:
        # not "officials … it", nor "the ministry spokesman said it had been arranged"
        people = lang.words(s.language, "events").ROLES
        head = speaker[0].split()[-1].lower()
        return None if plural_head(s, speaker[0]) or head in people else speaker
    return None


def unsure_for_main(s: Sentence, clause: Clause, k: int, main: Subject) -> bool:
    """Whether the pronoun at ``k``, deeper in the sentence, cannot be sure to stand for the
    main subject ``main``, and stays as written: an "it" for a subject the article has shown
    to be a person ("Roe said the panel would look at it when it meets"), or a "he" or "she"
    in a "that" clause on a noun ("a firm that she set up") where the main subject names no
    person ("The scheme ran … through a firm that she set up": not the scheme)."""
    c = _clauses(s.language)
    lower = s.tokens[k].lower
    named = [*main[1], *(m for m in s.mentions if m.text == main[0])]
    if lower in c.ONE_THING_PRONOUNS:
        return shown_person(s, named)
    person = any(m.kind == PERSON for m in named)
    return lower in c.PERSONAL_PRONOUNS and _object_relative(s, clause, c) and not person


def _object_relative(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause`` is a "that" clause on the noun before it, its pronoun the subject
    ("a firm that she set up"), not what a verb reports ("said that she …", "shows that")."""
    if clause.opener != c.THAT or clause.start == 0 or not c.PLURAL_NOUN_ENDING:
        return False
    before = s.tokens[clause.start - 1]
    noun = "NOUN" in c.lemmas(before.lower) and not before.lower.endswith(c.PLURAL_NOUN_ENDING)
    return noun and not c.is_past(before.text) and not says(before.lower, c)


# words a trailing attribution's speaker may hold ("the museum", "the Transport Ministry")
SPEAKER_WORDS = 4


def attributed_speaker(s: Sentence, clause: Clause, k: int) -> Subject | None:
    """The speaker of an attribution closing the clause before ``clause`` ("Seats ran out
    on Saturday, the theatre said, | and it will add …"), when ``clause`` opens on "it"
    (token ``k``) after "and" and that speaker is one organisation: a determiner and a word
    that names one ("the museum", "the company"), or a name the tagger found that is no
    person. None otherwise."""
    c = _clauses(s.language)
    if k != clause.body or s.tokens[k].lower not in c.ONE_THING_PRONOUNS:
        return None
    if clause not in s.clauses[1:] or clause.opener not in c.COORDINATORS:
        return None
    end = clause.start
    while end > 0 and s.tokens[end - 1].text == ",":
        end -= 1
    if end < 3 or not says(s.tokens[end - 1].lower, c):
        return None
    comma = next((j for j in range(end - 2, max(0, end - 3 - SPEAKER_WORDS), -1)
                  if s.tokens[j].text == ","), None)  # fmt: skip
    if comma is None or comma + 1 >= end - 1:
        return None
    a, b = comma + 1, end - 1
    first, last = s.tokens[a].start, s.tokens[b - 1].end
    names = [m for m in s.mentions if first <= m.start < last]
    if names:
        whole = len(names) == 1 and names[0].kind != PERSON and names[0].end == last
        return (s.text[first:last], names, (a, b)) if whole else None
    words = lang.words(s.language, "events").ORGANISATION_WORDS
    head = s.tokens[b - 1].lower
    if s.tokens[a].lower not in c.ARTICLES or head not in words:
        return None
    return s.text[first:last], [], (a, b)
