"""Whether a clause opened by "and" or "but" with no subject of its own shares the first
clause's: in a language whose past verbs agree with their subject in gender and number
(``clauses.PAST_AGREEMENT``), "Дума утвердила бюджет в декабре, а в январе начала ремонт"
goes on about the Duma — both verbs end alike, and the subject ends as its verb wants — while
"…, а в январе начали ремонт" (a plural after a singular) tells what unnamed people did, and
"…, а в январе открылась выставка" names its own subject after a verb that takes no object.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core.events.colon_clause import joined_main
from core.events.fitted import fitted
from core.events.parse import Sentence
from core.events.tokens import Clause


def past_agreement(word: str, c: ModuleType) -> str:
    """The ending by which a past verb agrees with its subject ("начала" → "ла"), or "" for
    a reflexive verb, a form that is not past or a language whose verbs do not agree so."""
    lower = word.lower()
    if not c.PAST_AGREEMENT or not c.is_past(lower) or lower.endswith(c.REFLEXIVE_ENDINGS):
        return ""
    return next((e for e in _longest_first(c) if lower.endswith(e)), "")


@cache
def _longest_first(c: ModuleType) -> tuple[str, ...]:
    """A language's past agreement endings, longest first, sorted once."""
    return tuple(sorted(c.PAST_AGREEMENT, key=len, reverse=True))


def lends_subject(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether ``clause``, opened by a coordinator, has no subject of its own but the first
    clause's: its past verb agrees as the first clause's does, and the first word of that
    clause's subject, before its verb, ends as the verb wants ("Дума … начала")."""
    first = joined_main(s, clause, c) or s.clauses[0]  # "…: в мае совет утвердил …, а …"
    if clause is first or clause.opener not in c.COORDINATORS or clause.verb is None:
        return False
    if first.verb is None or first.verb >= clause.start:
        return False
    ending = past_agreement(s.tokens[clause.verb].text, c)
    if not ending or past_agreement(s.tokens[first.verb].text, c) != ending:
        return False
    wanted = c.PAST_AGREEMENT[ending]
    head = _first_word(s, first.body, first.verb, c)
    if head is None or not s.tokens[head].lower.endswith(wanted):
        return False
    if s.tokens[head].lower in c.PRONOUNS:
        return False  # "она получила …": whom it stands for is not sure to be found
    # "…, а в мае вышла новая модель": a word after the verb ending as its subject would
    after = _first_word(s, clause.verb + 1, clause.end, c)
    return after is None or not s.tokens[after].lower.endswith(wanted)


def _first_word(s: Sentence, a: int, b: int, c: ModuleType) -> int | None:
    """The first word from token ``a`` to ``b`` past the dates and the prepositional phrases
    of their two words ("В 2008 году [предприятие]", "У Львові [рада]"), or None."""
    k = a
    while k < b:
        token = s.tokens[k]
        if token.lower in c.PREPOSITIONS and k not in s.drop:
            k += 2  # "у Львові": a place, no subject
        elif k in s.drop or not token.text[:1].isalpha():
            k += 1
        else:
            return k
    return None


def agreement_differs(s: Sentence, verb: int, other: int, c: ModuleType) -> bool:
    """Whether the past verbs ``verb`` and ``other`` agree with different subjects: "Рада
    ухвалила бюджет …, і в січні почали ремонт" (a singular, then a plural): the second's
    doers are not the first's subject."""
    first = past_agreement(s.tokens[verb].text, c)
    second = past_agreement(s.tokens[other].text, c)
    return bool(first and second) and first != second


def as_written(words: str, max_chars: int, c: ModuleType) -> str:
    """A clause with no subject to name titled by its words from its verb ("почали ремонт
    мосту" → "Почали ремонт мосту"), cut to fit (``fitted``)."""
    title = " ".join(fitted(words.split(), max_chars, c)).rstrip(",;:")
    return title[:1].upper() + title[1:]
