"""Cues the clause cutter reads around "after", "before" and "that": a clock time after the
preposition ("after 4:30 a.m."), a word of nearness before it ("shortly after midnight"), a
phrase it opens set off by commas, a figure after a word, and a "that" that points at a time
("met in Ipswich that October"), not a clause; a main clause a date opens after a comma in a
verb-second language ("…, im Oktober wurde er verhaftet").
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb, _is_finite
from core.events.time_words import time_word
from core.events.tokens import Token


def _figure_after(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()


def _aside_phrase(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the preposition at ``k`` ("after", "before") opens a phrase set off by commas
    with no verb of its own: ", after a 16-hour flight," — not a clause ("after it ended")."""
    if tokens[k - 1].text != ",":
        return False
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    return close is not None and _finite_verb(tokens, k + 1, close, c) is None


def _clock_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a clock time follows the preposition at ``k`` ("after 4:30 a.m.", "before 2
    p.m."): a time phrase, not a clause ("after 1,000 people marched")."""
    if k + 2 >= len(tokens) or not tokens[k + 1].text.isdigit():
        return False
    return tokens[k + 2].text == ":" or tokens[k + 2].lower in c.CLOCK_HALF_DAY


def _near_time(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether "after"/"before" at ``k`` follows a word of nearness ("shortly after midnight",
    "just before dawn") and opens no clause: no finite verb up to the next comma."""
    if tokens[k - 1].lower not in c.NEAR_TIME or tokens[k].lower not in c.PREPOSITIONS:
        return False
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in ",;"), len(tokens))
    return _finite_verb(tokens, k + 1, close, c) is None


def _that_time(tokens: list[Token], k: int, c: ModuleType, language: str) -> bool:
    """Whether "that" at ``k`` points at a time ("met in Ipswich that October", "were moved
    out that evening"), not a clause whose subject is a time ("said that March was …"); never
    in a language whose "that" is no determiner (Russian "рассказала, что весной …")."""
    if not c.THAT_NAMES_A_TIME or not time_word(tokens, k + 1, language):
        return False
    if "VERB" in c.lemmas(tokens[k - 1].lower) and not _noun_then_time(tokens, k, c):
        return False
    nxt = k + 2
    return nxt >= len(tokens) or not (
        tokens[nxt].lower in c.AUX or _is_finite(tokens, nxt, k + 1, c)
    )


def _noun_then_time(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word before "that" at ``k`` is a noun that may be a verb ("played its first
    match that August"), the time word after "that" closing the phrase: not a verb of saying
    ("said that March was …", "reported that August sales …")."""
    before = tokens[k - 1].lower
    if "NOUN" not in c.lemmas(before) or c.is_past(before) or k < 2:
        return False
    if tokens[k - 2].lower in c.PRONOUNS or tokens[k - 2].text[:1].isupper():
        return False  # "they match that August …", "Lund reports that …"
    if tokens[k - 2].lower in c.AUX or tokens[k - 2].lower == c.TO:
        return False  # "said it would ship that summer": a verb after its modal
    nxt = k + 2
    return (
        nxt >= len(tokens)
        or not tokens[nxt].text[:1].isalpha()
        or tokens[nxt].lower in c.PREPOSITIONS
        or tokens[nxt].lower in c.COORDINATORS  # "removing the roof that autumn and …"
    )


def dated_main_clause(
    tokens: list[Token], start: int, k: int, c: ModuleType, language: str
) -> bool:
    """Whether the comma before token ``k`` closes a main clause (one with its own finite verb
    since ``start``) and a second opens on a date and its finite verb, in a language that puts
    the verb second: "Im Mai durchsuchten Beamte das Lager, | im Oktober wurde er verhaftet".
    The second clause has its own subject after its verb, not the first one's."""
    if not c.VERB_LAST:
        return False
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].lower in c.PREPOSITIONS | c.DATE_ARTICLES:
        j += 1
    dated = j
    while (
        j < len(tokens)
        and j - dated < 4
        and (time_word(tokens, j, language) or _day_number(tokens, j))
    ):
        j += 1
    if (
        j == dated
        or j >= len(tokens)
        or not any(time_word(tokens, i, language) for i in range(dated, j))
    ):
        return False
    if not (tokens[j].text.islower() and _is_finite(tokens, j, k, c)):
        return False
    return _finite_verb(tokens, start, k - 1, c) is not None


def _day_number(tokens: list[Token], j: int) -> bool:
    """A number of a date, or the full stop a German day number ends on ("am 18. Juni")."""
    return tokens[j].text.isdigit() or (tokens[j].text == "." and tokens[j - 1].text.isdigit())
