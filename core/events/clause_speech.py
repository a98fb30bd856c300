"""Whether a clause reports speech, for the clause cutter: "said" and its kin after a
comma or a day ("…, Ortiz said on Monday"), a verb that may report ("warned"), an opener
that tells who spoke ("told reporters"), a participle aside before the verb.
"""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from core.events.clause_edges import (
    says,
)
from core.events.finite import _finite_verb, _is_finite
from core.events.tokens import _DASHES, Token

_FIGURE_STARTS = frozenset("0123456789$£€")


@lru_cache(maxsize=65536)  # asked of every word of every sentence cut into clauses
def _may_report(lower: str, c: ModuleType) -> bool:
    """The cheap test before either reading of a reported clause, asked of every word: the
    word before it is a verb of saying ("said he …") or a saying's day ("said Friday he …")."""
    days = lower in c.SPEECH_DAYS or lower in c.SPEECH_DAYS_ALONE or lower in c.SPEECH_MEDIA
    return days or says(lower, c)


def _reports_speech(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A verb of saying followed straight by a clause of its own ("said he would …")."""
    if k < 1 or not says(tokens[k].lower, c):
        return False
    if not _is_finite(tokens, k, 0, c) or tokens[k + 1].lower in c.NOT_SPEECH_CLAUSE:
        return False
    if _comma_aside(tokens, k, c) or pronominal(tokens, k, c) or _passive_saying(tokens, k, c):
        return False  # "The deal, announced last month, is expected …": no saying
    if k + 2 < len(tokens) and _reports_speech_after_day(tokens, k + 2, c):
        return False  # "said Tuesday they would …": the clause starts after the saying's day
    verb = _reported_verb(tokens, k + 1, c)
    if verb is not None and _counted(tokens, k, verb, c):
        return False  # "the economy added 358,000 jobs, above the 235,000 expected": a count
    return verb is not None


def _counted(tokens: list[Token], k: int, verb: int, c: ModuleType) -> bool:
    """Whether the verb of saying at ``k`` counts the figure after it, a comma before the verb
    found for its clause ("added 358,000 jobs in May, far above the 235,000 expected"; not
    "added 12 people were hurt")."""
    if tokens[k].lower not in c.COUNTING_SAYINGS or tokens[k + 1].text[:1] not in _FIGURE_STARTS:
        return False
    return any(t.text == "," for t in tokens[k + 1 : verb])


def _reported_verb(tokens: list[Token], start: int, c: ModuleType) -> int | None:
    """The verb of a clause reported from ``start`` on ("said the rise in June harbour
    traffic may reflect …", "said the plan, first tried in 1958, would …"): within
    ``c.REPORTED_SUBJECT_REACH`` words, and before a clause of its own ("which", "that")."""
    end = min(start + c.REPORTED_SUBJECT_REACH, len(tokens))
    stop = next(
        (
            j
            for j in range(start + 1, end)
            if tokens[j].lower in c.OPENERS or tokens[j].text in _DASHES
        ),
        end,
    )
    verb = _finite_verb(tokens, start, stop, c)
    if verb is not None and verb > start and tokens[verb - 1].lower in c.COORDINATORS:
        return None  # "declared a state of emergency and ordered …": the speaker's second verb
    joined = verb is not None and any(
        tokens[j].text == "," and tokens[j + 1].lower in c.COORDINATORS for j in range(start, verb)
    )
    if joined:  # "declared an emergency on Monday, and the county ordered …": a clause of its own
        return None
    saying = verb is not None and set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS
    if saying and any(tokens[j].text == "," for j in range(start, verb)):
        return None  # "confirmed this view, economists said": an attribution, no clause
    return verb if verb is not None and verb > start else None


def _reports_speech_after_day(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "said on Friday the ceasefire had collapsed", "said yesterday he was confident": the
    day is the saying's, and the reported clause starts after it."""
    # "said in a statement | sales fell": the medium, like the day, is the saying's
    media = k >= 4 and tokens[k - 1].lower in c.SPEECH_MEDIA and tokens[k - 2].lower in c.ARTICLES
    media = media and tokens[k - 3].lower in c.SPEECH_MEDIUM_PREPOSITIONS
    if media:
        verb, days = k - 4, c.SPEECH_MEDIA
    elif k >= 3 and tokens[k - 2].lower in c.SPEECH_DAY_PREPOSITIONS:
        verb, days = k - 3, c.SPEECH_DAYS
    else:
        verb, days = k - 2, c.SPEECH_DAYS_ALONE
    if verb < 0 or tokens[k - 1].lower not in days or not _is_finite(tokens, verb, 0, c):
        return False
    if c.VERB_LAST and tokens[k].lower in c.TITLE_PARTICLES:
        return False  # German "kündigte am Mittwoch | an, dass …": the saying's own particle
    that = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == c.THAT
    if c.VERB_LAST and that:
        return False  # German "sagte am Montag | , dass …": "dass" cuts the clause itself
    if not set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    if _participle_aside(tokens, verb, c) or _comma_aside(tokens, verb, c):
        return False  # "El temporal, declarado el martes, | ha obligado …": no saying
    if pronominal(tokens, verb, c):
        return False  # "L'incendie, qui s'est déclaré vendredi soir, | a ravagé …": no saying
    if _passive_saying(tokens, verb, c):
        return False  # "Since the merger was announced Friday, | shares rose": no saying
    if media or days is c.SPEECH_DAYS_ALONE:  # (not "expectations stated yesterday | and")
        clause = tokens[k].lower not in c.NOT_SPEECH_CLAUSE | c.COORDINATORS
        return clause and _reported_verb(tokens, k, c) is not None
    verb = next(
        (j for j in range(k + 1, min(k + 6, len(tokens))) if _is_finite(tokens, j, k, c)), None
    )
    # ("dijo el jueves [en Quito] que la huelga terminó": the clause opens at its "que")
    return verb is not None and not any(t.lower == c.THAT for t in tokens[k:verb])


def _passive_saying(tokens: list[Token], verb: int, c: ModuleType) -> bool:
    """Whether the verb of saying at ``verb`` is a passive after "be" ("the merger was
    announced Friday"), which reports no clause after its day; not after "it" ("it was
    announced Friday the plant would close") nor a verb of telling ("was told Friday …")."""
    if verb < 1 or tokens[verb - 1].lower not in c.BE:
        return False
    if verb >= 2 and tokens[verb - 2].lower in c.EXPLETIVES:
        return False
    return not set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.TELL_VERBS


def pronominal(tokens: list[Token], verb: int, c: ModuleType) -> bool:
    """Whether the verb group of ``verb`` holds the pronoun of a pronominal verb ("se
    declaró", "s'est déclaré": a fire broke out), which makes a verb of saying none."""
    k = verb - 1
    while k >= 0:
        word = tokens[k].lower
        if word in c.PRONOMINAL_MARKS or word.startswith(_glued_marks(c)):
            return True  # (or glued to its auxiliary: "s'est")
        if word not in c.AUX:
            return False
        k -= 1
    return False


@lru_cache(maxsize=16)
def _glued_marks(c: ModuleType) -> tuple[str, ...]:
    """The pronominal marks written glued to the word after them ("s'" of "s'est")."""
    return tuple(m for m in c.PRONOMINAL_MARKS if m.endswith(("'", "’")))


def _participle_aside(tokens: list[Token], verb: int, c: ModuleType) -> bool:
    """Whether ``verb`` is a bare participle describing the noun before it, where the
    language's data say one does (``PARTICIPLE_SUBJECT_CUTS``: Spanish "El temporal, declarado
    el martes,"; not "ha declarado", "a déclaré": an auxiliary before it)."""
    if not c.PARTICIPLE_SUBJECT_CUTS or verb == 0 or not c.is_participle(tokens[verb].text):
        return False
    return tokens[verb - 1].lower not in c.AUX and tokens[verb].text.islower()


def _comma_aside(tokens: list[Token], verb: int, c: ModuleType) -> bool:
    """Whether ``verb`` opens an aside set off by commas that the sentence's own verb follows
    ("The deal, announced last month, is expected to close …"): a participle describing the
    noun before it, not a saying whose clause follows."""
    if verb == 0 or tokens[verb - 1].text != "," or not c.is_participle(tokens[verb].text):
        return False
    end = min(verb + _ASIDE_REACH, len(tokens) - 1)
    comma = next((j for j in range(verb + 1, end) if tokens[j].text == ","), None)
    return comma is not None and _is_finite(tokens, comma + 1, 0, c)


_ASIDE_REACH = 7  # tokens from the participle to the aside's closing comma


def _told_opener(word: str, c: ModuleType) -> bool:
    """A word that may open what a saying told after its comma: not a clause's opener, a
    link or a coordinator, which say where a clause of another kind begins."""
    return word[:1].isalpha() and word not in c.OPENERS | c.LINKS | c.COORDINATORS


def _said_comma(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "Lund said, the company spent …": a verb of saying, a comma, then a clause with its
    own subject and verb."""
    if k < 3 or any(t.text == "," for t in tokens[: k - 1]):
        return False  # "…, she said, the soonest …": an attribution inside the sentence
    verb = tokens[k - 2]
    if not set(c.lemmas(verb.lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    return _is_finite(tokens, k - 2, 0, c) and _reported_verb(tokens, k, c) is not None
