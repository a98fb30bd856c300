"""A plain title for a dated clause the parse could not read: its own words, in order.

"The hangar doors, rusted shut, | until the museum's new crane arrived in June 1981": when a
date dates a clause and no subject or no verb was found there, the clause still says what
happened ("The museum's new crane arrived"). Only a parse failure falls back: a negation, a
state, a condition, a quotation or a report stays dropped, as ``core.events.happenings``
decided. The words before the verb must read as a subject: a name, a determiner or number
with its noun; never a bare pronoun, a relative or a preposition.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.anchors import DATES, role
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When, token_at
from core.events.states import is_state, running_total
from core.events.subjects import subject_of
from core.events.title_ends import MAX_CHARS
from core.events.tokens import Clause
from core.events.wording import reduce_names, widen_drop

SUBJECT_WORDS = 6  # a subject longer than this is a parse of its own, not a fallback's


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def fallback_happening(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """The happening of ``clause`` from its own words when the parse found no subject or no
    verb there: "…, until the fair closed in August 1981" → "The fair closed"; None
    when the parse did read it (its drop was a decision) or the words read as no headline."""
    c = _clauses(s.language)
    if clause.opener.lower() not in c.FALLBACK_OPENERS:
        return None  # "that …" is what someone said, "which …" a relative's
    if any(s.inside[clause.start : clause.end]):
        return None  # a quotation is the speaker's, not a happening read off its words
    verb = clause.verb
    if verb is not None and subject_of(s, clause)[0]:
        return None  # read whole: what dropped it was a decision
    drop = widen_drop(s.tokens, s.drop, s.language)
    words = [k for k in range(clause.body, clause.end) if k not in drop]
    if not words or (verb is None and (verb := _verb_in(s, words, c)) is None):
        return None
    if clause.verb is None and _weekday(s, when, c):
        return None  # "Tarnby play at home on Sunday": the day's tense was read off no verb
    subject = [k for k in words if k < verb]
    if not _reads_as_subject(s, subject, c) or _refused(s, words, c):
        return None
    end = _title_end(s, [k for k in words if k >= verb], c)
    if end is None or not _dates_title(s, when, verb, end, c):
        return None  # "…, outside the course record from 2003": the record's year, not ours
    if _deadline(s, when, clause, c):
        return None  # "The treaty calls for a ban by 2030": a goal
    named = reduce_names(s.text, s.tokens, subject[0], verb, s.mentions, drop, s.language)
    predicate = reduce_names(s.text, s.tokens, verb, end, s.mentions, drop, s.language)
    if not named or not predicate or is_state(predicate, s.language, when.timex.value):
        return None  # "The reservoir was full [in May]": how things were
    title = f"{named} {predicate}"
    title = title[0].upper() + title[1:]
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([(subject[0], end)], []))


def _verb_in(s: Sentence, words: list[int], c: ModuleType) -> int | None:
    """The first word after the clause's first that reads as a finite verb: an auxiliary or a
    simple past ("the ferry service [resumed]"), else a third-person present before an
    infinitive ("the guild [plans] to stage …"); None when there is none."""
    present = None
    for k in words[1:]:
        low = s.tokens[k].lower
        if s.tokens[k].text != low:
            continue
        if low in c.AUX or c.is_past(low):
            return k
        if low in _not_subject(c) or not low[:1].isalnum():
            break  # a verb past a preposition or a comma is no longer this subject's
        if present is None and c.is_present_singular(low) and _infinitive_after(s, k, c):
            present = k  # ("The club's ticket sales rose": the past goes first)
    return present if present is not None and present < words[-1] else None


def _dates_title(s: Sentence, when: When, verb: int, end: int, c: ModuleType) -> bool:
    """Whether the date dates what the title tells: it dates a clause (``anchors.role``) and
    stands before the verb or within the predicate, not past the comma the title stops at."""
    if role(s.text, when.timex, s.language) != DATES:
        return False
    at = token_at(s.tokens, when.timex.start)
    if at not in s.drop and at < end:
        return False  # "This week's …": the date is a word of the title, it dates no clause
    stop = next((k for k in range(end, len(s.tokens)) if k not in s.drop), len(s.tokens))
    return at < stop and not (
        end < len(s.tokens)
        and s.tokens[end].start == s.tokens[end - 1].end
        and s.tokens[end].text == ":"
    )


def _deadline(s: Sentence, when: When, clause: Clause, c: ModuleType) -> bool:
    """Whether the date opens a range ("The grant runs from May 2, 1988 until …": a state) or
    is the deadline of a present the fallback read as the verb ("The treaty calls for a ban
    by 2030": a goal, not when anything happened)."""
    at = token_at(s.tokens, when.timex.start)
    before = s.tokens[at - 1].lower if at > 0 else ""
    return before in c.RANGE_OPENERS or (clause.verb is None and before == c.BY)


def _weekday(s: Sentence, when: When, c: ModuleType) -> bool:
    """Whether the date names a day of the week ("on Sunday"), which the tense places."""
    return any(
        w in c.SPEECH_DAYS for w in s.text[when.timex.start : when.timex.end].lower().split()
    )


def _infinitive_after(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether an infinitive follows word ``k`` ("plans [to stage]"): the present a verb, not
    a noun's plural ("The bill provides 5 billion …" stays unread)."""
    after = s.tokens[k + 1 : k + 3]
    return len(after) == 2 and after[0].lower == c.TO and "VERB" in c.lemmas(after[1].lower)


def _reads_as_subject(s: Sentence, subject: list[int], c: ModuleType) -> bool:
    """Whether the words before the verb read as a subject: "the programme", "Mara Lind",
    "three inspectors", "the club's coach"; not "he", "which", "between the games"."""
    if (
        not subject
        or len(subject) > SUBJECT_WORDS
        or subject != list(range(subject[0], subject[-1] + 1))
    ):
        return False  # (a date inside the subject: the parse's business)
    first = s.tokens[subject[0]]
    texts = [s.tokens[k].text for k in subject]
    if any(not t[:1].isalnum() and t not in c.POSSESSIVE_ENDINGS for t in texts):
        return False  # "The coach, hired in May, …": an aside, not a plain subject
    if first.lower in _not_subject(c) or running_total([first.lower], s.language):
        return False
    if texts[-1] in c.POSSESSIVE_ENDINGS or texts[-1].endswith(c.POSSESSIVE_ENDINGS):
        return False  # "This week's | estimated arrivals": the owner's noun is still to come
    if first.lower in c.DETERMINERS or first.text.isdigit():
        return len(subject) > 1 and s.tokens[subject[-1]].lower not in _not_subject(c)
    capitalised = all(t[:1].isupper() or t in c.POSSESSIVE_ENDINGS for t in texts)
    return first.text[:1].isupper() and capitalised  # "Mara Lind", "Harbour Board"


@cache
def _not_subject(c: ModuleType) -> frozenset[str]:
    return lang.union(
        c,
        "PRONOUNS",
        "SPEAKER_PRONOUNS",
        "RELATIVES",
        "PREPOSITIONS",
        "SUBORDINATORS",
        "COORDINATORS",
        "NEGATIVE_SUBJECTS",
        "READER_SUBJECTS",
        "LINKS",
        "FRONTED",
    )


def _refused(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the clause says what did not happen ("never reopened"), asks for something
    ("please …") or is a line of a table ("Lyon vs Nice")."""
    lows = [s.tokens[k].lower for k in words]
    refused = lang.union(c, "NEGATIONS", "IMPERATIVE_MARKERS", "TABLE_WORDS")
    return any(w in refused or w.endswith(c.NEGATED_AUX_ENDING) for w in lows)


def _title_end(s: Sentence, predicate: list[int], c: ModuleType) -> int | None:
    """The token the title stops before: the predicate's words up to a comma or a new clause,
    cut at a word boundary to about ``MAX_CHARS`` and never after "of", "to", "the"."""
    run: list[int] = []
    for k in predicate:
        if s.tokens[k].lower in c.TITLE_CUT_BEFORE or s.tokens[k].text in (",", ";", ":"):
            break
        if s.tokens[k].end - s.tokens[predicate[0]].start > MAX_CHARS:
            break
        run.append(k)
    while run and s.tokens[run[-1]].lower in _dangling(c):
        run.pop()
    if not run:
        return None
    return run[-1] + 1


@cache
def _dangling(c: ModuleType) -> frozenset[str]:
    return lang.union(c, "PREPOSITIONS", "DETERMINERS", "TITLE_DANGLING", "COORDINATORS", "AUX")
