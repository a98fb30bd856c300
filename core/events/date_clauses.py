"""Which clause of a sentence a time expression belongs to, when it is not the clause it stands in.

"…, the council confirmed on Wednesday." dates the attribution, not the news; "said Tuesday
the bridge …" dates the saying; a date in an aside with a verb of its own is the aside's; a
cleft ("It was in 1960 that …") dates the clause after it. ``core.events.happenings`` reads it.
"""

from __future__ import annotations

import itertools
from functools import cache
from types import ModuleType

from core import lang
from core.events.clause_roles import in_subject_relative
from core.events.finite import finite_verb
from core.events.parse import Sentence, When, lexical_verb, token_after, token_at
from core.events.saying_first import attribution_verb
from core.events.tokens import Clause, glued_to_that


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _in_attribution(s: Sentence, clause: Clause, when: When) -> bool:
    """ "…, the council confirmed on Wednesday.": who said it and when, after the news."""
    at = token_at(s.tokens, when.timex.start)
    commas = [k for k in range(clause.start, at) if s.tokens[k].text == ","]
    if not commas or clause is not s.clauses[-1]:
        return False
    tail = range(commas[-1] + 1, clause.end)
    c = _clauses(s.language)
    verbs = [k for k in tail if attribution_verb(s, commas[-1], k)]
    if not verbs or any(s.tokens[k].text == "," for k in range(at, verbs[0])):
        return False  # (", and plans to show it in June, a spokesman said": the showing's)
    rest = [k for k in range(verbs[0] + 1, clause.end) if k not in s.drop]
    bare = verbs[0] == commas[-1] + 1 and not (c.DROPS_SUBJECT or c.SUBJECT_AFTER_VERB)
    if not rest and bare and clause.verb == verbs[0] and clause.body < commas[-1]:
        return False  # "A panel, set up in May, reported in June": the verb after an aside
    if not rest:
        return True  # after the verb only its date
    # who said it, where subjects may follow their verb: "…, повідомив у середу Офіс президента"
    if c.SUBJECT_AFTER_VERB and not any(c.is_past(s.tokens[k].text) for k in rest):
        return True
    # "…, a annoncé vendredi son porte-parole": the speaker after the verb, in a language
    # that puts it there (``SUBJECT_AFTER_SAYING``), with no verb of its own
    return (
        c.SUBJECT_AFTER_SAYING
        and s.tokens[rest[0]].lower in c.DETERMINERS | c.POSSESSIVE_PRONOUNS
        and finite_verb(s.tokens, rest[0], clause.end, s.language) is None
        # the news before it has a verb ("El presidente, X, anunció el lunes el adelanto": no)
        and finite_verb(s.tokens, clause.start, commas[-1], s.language) is not None
    )


def _reports(s: Sentence, clause: Clause, content: Clause) -> bool:
    """Whether ``content`` is what the clause's verb says: "said on Tuesday that …", "told
    reporters that …", not a "that" after the verb's object ("called the plan …, casting
    doubt on assumptions that …")."""
    c = _clauses(s.language)
    if content.opener != c.THAT:
        return False
    between = [k for k in range(lexical_verb(s, clause) + 1, content.start) if k not in s.drop]
    if "," in c.REPORTED_THAT and between and between[-1] == content.start - 1:
        between = between[:-1]  # "заявил в четверг, что …": the comma that always comes
    near = len(between) <= c.REPORTED_OBJECT_REACH
    return near and not any(s.tokens[k].text == "," for k in between)


def _in_subject_aside(s: Sentence, clause: Clause, when: When) -> bool:
    """A date in an aside with a verb of its own, between two commas before the clause's
    verb, dates the aside, not the clause ("the plan, first tried in 1958, would …"); an
    aside of only the date is the subject's ("The bombings, on Aug. 7, killed …")."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if in_subject_relative(s, clause, at):
        return True  # "Banks which are short of capital by June must act": the relative's
    commas = [k for k in range(clause.body, clause.verb or clause.body) if s.tokens[k].text == ","]
    for a, b in itertools.pairwise(commas):
        if a < at < b:
            words = [s.tokens[k].text for k in range(a + 1, b) if k not in s.drop]
            if words and words[0].lower() in c.SAME_TIME_ASIDES:
                return False  # "The senator, speaking in Ohio on Wednesday, promised …": then
            return any(c.is_past(w) or w.lower().endswith(c.GERUND) for w in words)
    return False


def noun_origin(s: Sentence, clause: Clause, when: When) -> bool:
    """A date in the subject after a noun and the preposition that tells where the noun comes
    from ("A box of maps from 1820 | was sold …"): it tells how old the thing is, never when
    the clause happened; not a range's start ("Imports from January to March rose")."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if clause.verb is None or not clause.body + 1 < at < clause.verb:
        return False
    if s.tokens[at - 1].lower not in c.NOUN_ORIGINS:
        return False
    noun = s.tokens[at - 2]
    if not noun.text.islower() or "NOUN" not in c.lemmas(noun.lower):
        return False
    nxt = token_after(s, when.timex)
    return nxt >= len(s.tokens) or s.tokens[nxt].lower not in c.RANGE_JOINERS


def _opens(s: Sentence, clause: Clause, when: When) -> bool:
    """ "said Tuesday the bridge …": a date at a reported clause's start dates the saying."""
    return token_at(s.tokens, when.timex.start) <= clause.body


def _is(s: Sentence, k: int, word: str) -> bool:
    return s.tokens[k].lower == word


def _cleft(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """A clause of only its date, or "c'est"/"ce n'est qu'" and its date ("C'est en 1960 que
    …", "It was in 1960 that …"): the clause after it tells what happened then."""
    words = [s.tokens[k].lower for k in range(clause.start, clause.end) if k not in s.drop]
    glued = {w for w in words if w[: w.find("'") + 1] in c.EXPLETIVES}  # "c'est"
    expletive = glued or any(w in c.EXPLETIVES for w in words)
    # "Fue en 1990 cuando abrió …": a language that leaves the subject out needs no "it"
    expletive = expletive or (c.DROPS_SUBJECT and bool(words) and words[0] in c.BE)
    if not expletive or not any(w in c.BE for w in words):
        return False  # "Over the weekend, lawyers … raised accusations that …": no cleft
    free = c.EXPLETIVES | c.BE | c.NEGATIONS | c.COORDINATORS | {","}
    return all(w in free for w in words)


def _cleft_opener(opener: str | None, c: ModuleType) -> bool:
    """Whether a clause after a cleft's date opens as its content does: "que" ("C'est en 1960
    que …"), "que" glued to the subject ("C'est en 1952 qu'elle …") or "when" ("Fue en 1990
    cuando …")."""
    if opener is None:
        return False
    return opener == c.THAT or opener == c.WHEN or glued_to_that(opener, c) in c.PRONOUNS


def bare_day_report(s: Sentence, clause: Clause, content: Clause) -> bool:
    """Whether ``content`` is told right after the verb of saying and its day, with no "that"
    and no date of its own ("said today it was raising its rate"; not "… would sail tomorrow")."""
    c = _clauses(s.language)
    day = content.start - 1
    if day - 1 != clause.verb or s.tokens[day].lower not in c.SPEECH_DAYS_ALONE:
        return False
    own = s.tokens[content.start].start
    return s.tokens[content.start].lower != c.THAT and all(w.timex.start < own for w in s.whens)
