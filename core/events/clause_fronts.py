"""Where a fronted phrase ends and the main clause begins, for the clause cutter: after a
counted span ("After three years of talks, | the firm agreed"), before a pronoun and its
verb ("In 1998 | she moved"), or at a subject before an aside.
"""

from __future__ import annotations

import re
from types import ModuleType

from core import lang
from core.events.finite import _finite_verb, _is_finite
from core.events.inserted_sayings import inserted_saying
from core.events.time_words import time_word
from core.events.tokens import Token


def _after_fronted(
    tokens: list[Token], start: int, end: int, c: ModuleType, language: str = "en"
) -> int:
    """Skip a fronted adverbial ("During his visit on Thursday, …") to the clause's subject."""
    while start < end - 1 and tokens[start].lower in c.LINKS:
        start += 1
        if tokens[start].text == ",":
            start += 1
    if start < end and tokens[start].lower in c.ATTRIBUTION_FRONTS:  # "Как сообщил суд, …"
        comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), end)
        return comma + 1 if comma + 1 < end else start
    gerund = _gerund_front_end(tokens, start, end, c)  # "Выступая в среду на форуме, …"
    if gerund is not None:
        return gerund
    start = _after_counted_span(tokens, start, end, c)  # "A year after the crash, …"
    if start + 1 < end and tokens[start].lower in c.FRONTED_DEGREE:
        start += tokens[start + 1].lower in c.FRONTED  # "Just ahead of the trip, …"
    if start >= end or tokens[start].lower not in c.FRONTED:
        return start
    for k in range(start + 1, end):
        if tokens[k].text == "," and k + 1 == end and c.VERB_LAST:
            return start  # "Bei einem Unfall wurden … verletzt, | teilte …": the clause's own
        if tokens[k].text == "," and _subject_before_aside(tokens, start, k, c, language):
            return start  # "El alcalde, elegido en 2023, presentará …": the subject, its aside
        if tokens[k].text == "," and inserted_saying(tokens, k + 1, end, c) is not None:
            return start  # "El banco, agregó, cerró …": the subject, an attribution after it
        if tokens[k].text == "," and _pronoun_and_verb(tokens, start, k, c):
            return start  # "In 2016 she quit, moved …": the phrase fronts her clause
        if tokens[k].text == "," and _names_listed(tokens, start, k, c, language):
            return start  # "In 2018 Oakhurst, Denby and Marlow agreed": the list's first name
        if tokens[k].text == ",":
            return k + 1
        if _finite_verb(tokens, k, k + 1, c) is not None:
            return start
        if (c.VERB_LAST or c.FRONTED_ENDS_AT_VERB) and _is_finite(tokens, k, start, c):
            # "In der Nacht brach ein Damm, …" (the verb second), "El Gobierno aprobó el martes
            # la ley, que …" (a subject): no fronted clause
            return start
    return start


def _gerund_front_end(tokens: list[Token], start: int, end: int, c: ModuleType) -> int | None:
    """Where the subject starts after an adverbial participle's phrase opening the clause
    ("Вернувшись из поездки в пятницу, | президент провел совещание"): after its comma, when
    a finite verb follows; None when the clause opens otherwise."""
    if start + 2 >= end or not c.FRONTED_GERUND_ENDS:
        return None
    word = tokens[start].lower
    after_preposition = tokens[start + 1].lower in c.PREPOSITIONS
    if not word.endswith(c.FRONTED_GERUND_ENDS) and not (
        after_preposition and word.endswith(c.FRONTED_GERUND_PREPOSITION_ENDS)
    ):
        return None
    comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), None)
    if comma is None or comma + 2 >= end or _finite_verb(tokens, start + 1, comma, c) is not None:
        return None
    return comma + 1 if _finite_verb(tokens, comma + 1, end, c) is not None else None


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _counted_front_end(tokens: list[Token], c: ModuleType) -> int | None:
    """Where the main clause starts after a phrase fronted by a counted span ("A year after
    the crash on 3 May 2019, | the airline resumed flights"); None when there is none."""
    k = _after_counted_span(tokens, 0, len(tokens), c)
    if k == 0 or tokens[k].lower not in c.FRONTED_SUBORDINATORS:
        return None
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or _finite_verb(tokens, k + 1, comma, c) is not None:
        return None  # ("Two days after she left, …": a clause of its own, read as one)
    return comma + 1 if _finite_verb(tokens, comma + 1, len(tokens), c) is not None else None


def _after_counted_span(tokens: list[Token], start: int, end: int, c: ModuleType) -> int:
    """Where a fronted phrase's word is, after a span counted to it ("A year | after the crash,
    …", "Two months | before the vote, …", "Weeks | after …"); ``start`` when there is none."""
    k = start
    while k < end - 1 and tokens[k].lower in c.SPAN_APPROXIMATORS:
        k += 1  # "Nearly 20 years after …"
    counted = lang.union(c, "NUMBER_WORDS", "ARTICLES")
    if k < end and (tokens[k].lower in counted or tokens[k].text.isdigit()):
        k += 1
    if k + 1 < end and tokens[k].lower in c.PERIOD_NOUNS and tokens[k + 1].lower in c.FRONTED:
        return k + 1
    return start


def _pronoun_and_verb(tokens: list[Token], start: int, comma: int, c: ModuleType) -> bool:
    """Whether a phrase fronted by a preposition that opens no clause ("In 2016", not "After
    she left") goes on to a subject pronoun and its finite verb before ``comma``."""
    if tokens[start].lower in c.SUBORDINATORS:
        return False
    # ("In May it cut 900 jobs, …": "it" too, where no verb-second clause puts "es" there)
    subjects = c.PERSONAL_PRONOUNS | {c.THEY} | (set() if c.VERB_LAST else c.PRONOUNS)
    if any(
        tokens[k].lower in subjects and _is_finite(tokens, k + 1, start, c)
        for k in range(start + 1, comma - 1)
    ):
        return True
    # "In 1974 the council repainted it once, …": a year, then the subject and its verb
    if not _YEAR.match(tokens[start + 1].text):
        return False
    if tokens[start + 2].text[:1].isupper():  # "In 1986 Lumo earned 4 mln dlrs, or …": a name
        verb = next((k for k in range(start + 3, comma) if not tokens[k].text[:1].isupper()), comma)
        after = tokens[verb + 1].lower if verb + 1 < comma else ""
        return verb < comma and _is_finite(tokens, verb, start, c) and after != c.BY
    if tokens[start + 2].lower not in c.DETERMINERS:
        return False
    return _finite_verb(tokens, start + 2, comma, c) is not None


def _names_listed(
    tokens: list[Token], start: int, comma: int, c: ModuleType, language: str = "en"
) -> bool:
    """Whether the comma after a fronted date and a name ("In 2018 Oakhurst, Denby and Marlow
    agreed") goes on a list of names that "and" closes before the clause's finite verb: the
    first name is the list's, not the end of the fronted phrase."""
    k = start + 1
    while k < comma and (time_word(tokens, k, language) or tokens[k].text[:1].isdigit()):
        k += 1
    if k == start + 1 or k == comma or not _capitalised(tokens, k, comma):
        return False
    k = comma + 1
    joined = False
    while k < len(tokens):
        name = k
        while k < len(tokens) and tokens[k].text[:1].isupper():
            k += 1
        if k == name or k >= len(tokens):
            return False
        if joined:
            return _is_finite(tokens, k, start, c)
        if tokens[k].lower == c.AND:
            joined = True
        elif tokens[k].text != ",":
            return False
        k += 1
    return False


def _capitalised(tokens: list[Token], a: int, b: int) -> bool:
    return all(tokens[k].text[:1].isupper() for k in range(a, b))


def _subject_before_aside(
    tokens: list[Token], start: int, comma: int, c: ModuleType, language: str = "en"
) -> bool:
    """ "El alcalde, elegido en 2023, …": a determiner's phrase before a participle set off by
    commas is the subject, not a fronted adverbial ("El lunes, …"); so is one naming no time
    before an aside with no verb, its closing comma straight before the finite verb ("El
    avión, procedente de Roma, aterrizó", "El atleta Ruiz, campeón del mundo, ganó")."""
    after = comma + 1
    if tokens[start].lower not in c.DETERMINERS or after >= len(tokens):
        return False
    close = next((k for k in range(after + 1, len(tokens)) if tokens[k].text == ","), None)
    if close is None:
        return False
    if c.is_participle(tokens[after].text):
        return True
    if _age_aside(tokens, after, close, c):
        return _finite_verb(tokens, close + 1, close + 2, c) is not None
    if any(time_word(tokens, k, language) for k in range(start, comma)):
        return False  # "El lunes, según la policía, llegó …": a fronted day
    word = tokens[after]
    if word.lower in c.RELATIVES and word.lower not in c.PREPOSITIONS:
        return _verb_after_relative(tokens, after, c)  # "El museo, que cerró en 2019, abrió"
    if word.lower in c.ARTICLES and any(t.lower in c.RELATIVES for t in tokens[after:close]):
        return _verb_after_relative(tokens, after, c)  # "…, un local que fue cine, abrió"
    if word.lower in c.PREPOSITIONS | c.DETERMINERS | c.LINKS or not word.text[:1].islower():
        return False  # "El lunes, tras la reunión, …", "…, Pedro Ruiz, …": no aside to skip
    if _finite_verb(tokens, after, close, c) is not None:
        return False
    return _finite_verb(tokens, close + 1, close + 2, c) is not None


def _age_aside(tokens: list[Token], after: int, close: int, c: ModuleType) -> bool:
    """Whether the words between two commas only tell an age ("El alcalde, | de 61 años, |
    dimitió", "Le maire, | 61 ans, | a démissionné"): an aside of the subject before them."""
    k = after + 1 if tokens[after].lower in c.PREPOSITIONS else after
    figure = tokens[k].text
    return (
        close == k + 2
        and figure.isdigit()
        and int(figure) < 130
        and (tokens[k + 1].lower in c.AGE_YEARS)
    )


def _verb_after_relative(tokens: list[Token], relative: int, c: ModuleType) -> bool:
    """Whether a relative set off by commas after a determiner's phrase ("El museo, | que
    cerró en 2019, | abrió …") closes on a comma straight before a finite verb: the phrase
    is the subject of that verb, not a fronted adverbial ("El lunes, …")."""
    commas = (k for k in range(relative + 2, len(tokens) - 1) if tokens[k].text == ",")
    return any(_finite_verb(tokens, k + 1, k + 2, c) is not None for k in commas)
