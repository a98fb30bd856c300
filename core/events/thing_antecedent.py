"""What a sentence-opening "it" stands for when no name does: the thing the sentence
before was about.

"The ferry, launched in 1958, carries 3,200 passengers a week. It was last repaired in 2006": "it"
continues the subject before it when that subject is one thing (a singular noun that names
no person: "The bridge", "The company", "Clean-up work") and nothing else in that sentence
is a thing "it" could be ("The company bought the plant. It …": the company or the plant?).
Otherwise "it" stays unresolved and its clause gives no title (``core.events.subjects``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _clauses, _head, _previous, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.tokens import Clause


def thing_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject], owner: bool = False
) -> tuple[str, list[Mention]] | None:
    """The subject of the sentence before ``s`` that "it" (token ``k``, opening the first
    clause of ``s`` after a fronted time phrase at most) stands for, as written ("The
    ferry, launched in 1958, carries 3,200 passengers a week. It was last repaired …": "The
    ferry"): a singular noun that names no person, when nothing else in that sentence is a
    thing "it" could be ("The company bought the plant. It …": the company or the plant?).
    With ``owner``, the same for "its" opening a subject ("The bridge, built in 1931, was
    closed in 2011. Its owner …": the bridge's)."""
    c = _clauses(s.language)
    pronouns = c.IT_POSSESSIVES if owner else c.ONE_THING_PRONOUNS - c.POSSESSIVE_PRONOUNS
    if not c.IT_TAKES_SUBJECT_BEFORE or s.tokens[k].lower not in pronouns:
        return None
    personal = c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES
    if any(token.lower in personal for token in s.tokens):
        return None  # "It showed that his popularity had slumped": his, not the poll's
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        return None
    before, subject, mentions, a, b = found
    head = _head(before, a, b, c)
    if head is None or not _names_only_modify(before, mentions, head):
        return None
    word = before.tokens[head].text
    if not word.islower() or is_plural(word, c) or not c.lemmas(word).get("NOUN"):
        return None  # a name, "shares", or no noun
    events = lang.words(s.language, "events")
    if word.lower() in events.ROLES:
        return None  # "The spokesman …": a person
    owners = (before.tokens[j].text.endswith(c.POSSESSIVE_ENDINGS) for j in range(a, b))
    if any(owners):
        return None  # "VW's net profit was … . It also said …": VW's, not the profit
    verb = s.clauses[0].verb
    speaks = verb is not None and says(s.tokens[verb].lower, c)
    if speaks and word.lower() not in events.ORGANISATION_WORDS:
        return None  # "The increase accounted for … . It said …": no increase speaks
    first, last = before.tokens[a].start, before.tokens[b - 1].end
    people = (m for m in before.mentions if m.kind == PERSON and first <= m.start < last)
    if any(not _modifier(before, m, head) for m in people):
        return None  # "The mother of Ann Lund …"
    if _other_thing(before, a, b, c):
        return None
    return subject, []


def _subject_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject], c: ModuleType
) -> tuple[Sentence, str, list[Mention], int, int] | None:
    """The sentence before ``s`` (in the same paragraph) and its first clause's subject with
    its token span, when the pronoun ``k`` opens the first clause of ``s`` (after a fronted
    time phrase at most) and that subject is no pronoun and follows no fronted phrase."""
    clause = s.clauses[0]
    if not clause.start <= k < clause.end:
        return None
    opens = (
        j in s.drop or s.tokens[j].lower in c.LINKS or s.tokens[j].text == ","
        for j in range(clause.start, k)
    )
    if not all(opens):
        return None  # "In the report it …": a phrase before the pronoun
    before = _previous(s)
    if before is None or not before.clauses:
        return None
    first = subject_clause(before, c)
    if first is None or first.verb is None:
        return None
    lead = next((j for j in range(first.body, first.verb) if j not in before.drop), None)
    pronouns = c.PRONOUNS | c.POSSESSIVE_PRONOUNS
    if lead is None or before.tokens[lead].lower in pronouns:
        return None  # "It … . It …": no chain is followed; "Its cause …"
    subject, mentions, (a, b) = subject_of(before, first)
    if not subject or b <= a or before.tokens[a].lower in pronouns | c.PREPOSITIONS:
        return None
    if not all(_nominal(word.strip(".,"), c) for word in subject.split()):
        return None  # "Dravo saidperformance so far …": a subject read wrong
    return before, subject, mentions, a, b


def subject_clause(before: Sentence, c: ModuleType) -> Clause | None:
    """The clause whose subject the sentence ``before`` is about, as a pronoun after it reads
    it: its first clause; the clause after a colon when the words before the colon only
    announce it ("A look back at the week: Delphine formed …", "UPDATE 9:15 PM: The
    rail firm Northline has …"); the subject alone,
    its verb where it resumes, when a relative cuts it off ("Corvex, | which traces its roots
    to a bakery, | went public in 1998"). None when there is none."""
    first = before.clauses[0]
    colon = next((cl for cl in before.clauses[1:] if cl.opener == ":"), None)
    heading = colon is not None and any(
        before.tokens[j].lower in c.QUESTION_OPENERS for j in range(first.body, colon.start)
    )
    # "UPDATE 9:15 PM: The rail firm Northline has …": a stamp with no verb before it
    heading = heading or (colon is not None and first.verb is None and colon is before.clauses[1])
    if colon is not None and heading and colon.verb is not None and colon.body < colon.verb:
        return colon
    if first.verb is not None:
        return first
    resumes = len(before.clauses) > 2 and before.clauses[1].opener in c.RELATIVES
    after = before.clauses[2] if resumes else None
    if after is None or after.verb != after.body or after.opener in c.OPENERS:
        return None
    return Clause(first.start, first.body, first.end, first.opener, first.end)


def subject_verb(before: Sentence, c: ModuleType) -> int | None:
    """The verb of the clause ``subject_clause`` takes: where a subject cut off by a relative
    resumes ("Corvex, which …, [said] …")."""
    first = subject_clause(before, c)
    if first is None:
        return None
    cut_off = first.verb == first.end and first.start == before.clauses[0].start
    return before.clauses[2].verb if cut_off else first.verb


def _names_only_modify(before: Sentence, mentions: list[Mention], head: int) -> bool:
    """Whether the names in the subject only say which thing its head noun is ("The Orvald
    index", "The Tessaly unit": a name before the noun, no person's), so "it" may stand for
    the whole phrase; True when it holds no name."""
    return all(_modifier(before, m, head) for m in mentions)


def _modifier(before: Sentence, mention: Mention, head: int) -> bool:
    """Whether a name in the subject comes before its head noun and names no one: no person,
    or a word taken for one between an article and the noun ("The Nikkon index")."""
    c = _clauses(before.language)
    tokens = before.tokens
    if mention.end > tokens[head].start:
        return False
    if mention.kind != PERSON:
        return True
    at = next((j for j, t in enumerate(tokens) if t.start >= mention.start), head)
    last = head - 1
    return at > 0 and tokens[at - 1].lower in c.ARTICLES and tokens[last].end == mention.end


def _nominal(word: str, c: ModuleType) -> bool:
    """A word a noun phrase may hold: a name, a figure, a function word, or a word with a
    reading other than a verb's ("the [undated] report"; not "said", "involves")."""
    if not word.islower() or not word.isalpha():
        return True
    function = c.ARTICLES | c.PREPOSITIONS | c.POSSESSIVE_PRONOUNS | c.DETERMINERS
    readings = c.lemmas(word)
    return word in function or word in c.COORDINATORS or any(kind != "VERB" for kind in readings)


def _other_thing(before: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether the sentence before names one thing other than its subject ``[a, b)`` that
    "it" could stand for: a singular noun after an article, a demonstrative or a possessive
    ("bought [the plant]", "sold [its unit]"), outside a time expression, or an organisation."""
    tokens = before.tokens
    determiners = c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.DEMONSTRATIVES | {c.THAT}
    calendar = lang.words(before.language, "calendar")
    times = {*calendar.UNITS, *calendar.SEASONS, *calendar.PARTS_OF_DAY}
    for j, token in enumerate(tokens):
        if a <= j < b or j in before.drop or not token.text.islower() or token.lower in times:
            continue  # "in the second quarter", "a day": a time, no thing
        if is_plural(token.text, c) or not c.lemmas(token.text).get("NOUN"):
            continue
        if any(tokens[i].lower in determiners for i in range(max(b, j - 3), j)):
            return True
    first, last = tokens[a].start, tokens[b - 1].end
    return any(
        m.kind != PERSON and not first <= m.start < last
        for m in before.mentions
        if tokens[0].start <= m.start < tokens[-1].end
    )
