"""An attribution after its news that opens on its verb of saying (or its auxiliary) and was
cut as a clause of its own after a relative or a "que" clause: "Los bomberos rescataron a dos
niños que jugaban en el río, informó hoy la policía local." The news is the clause the
relatives hang on, reported on the attribution's day; the attribution tells nothing of its own
(not "Los bomberos informó la policía local", the speaker joined to the news's subject).

Only in a language that puts the speaker after the verb (``SUBJECT_AFTER_SAYING``); one that
does not ("…, said the mayor" aside) keeps such a clause whole (``core.events.told``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.kinds import trigger_kind
from core.events.parse import Sentence, lexical_verb
from core.events.tokens import Clause


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def saying_first(s: Sentence, ci: int) -> Clause | None:
    """The news clause that clause ``ci`` attributes when ``ci`` opens, after a comma, on a past
    verb of saying followed by its speaker and nothing with a verb ("…, informó hoy a la prensa
    el portavoz, Luis Gil"); else None."""
    c = _clauses(s.language)
    clause = s.clauses[ci]
    if not c.SUBJECT_AFTER_SAYING or ci == 0 or not clause.start == clause.body == clause.verb:
        return None
    verb = lexical_verb(s, clause)  # "…, a indiqué hier son adjoint": past the auxiliary
    if s.tokens[clause.start - 1].text != "," or not _told(s, verb, c):
        return None
    rest = [k for k in range(verb + 1, clause.end) if k not in s.drop]
    if not rest or not _speaker_opens(s, rest[0], c):
        return None
    if finite_verb(s.tokens, rest[0], clause.end, s.language) is not None:
        return None  # "…, anunció hoy que cerrará": a saying of its own
    if any(later.opener not in _subordinate(c) for later in s.clauses[ci + 1 :]):
        return None  # (a relative on the speaker may follow: "…, dijo Ana Gil, que …")
    return news_before(s, ci)


def _told(s: Sentence, k: int, c: ModuleType) -> bool:
    """A past verb of saying at ``k``, or a present one with its day right after it (a
    paper's report: "…, informa hoy el diario El Sur")."""
    word = s.tokens[k].text
    return (c.is_past(word) or k + 1 in s.drop) and attributes(word, s.language)


def attribution_verb(s: Sentence, comma: int, k: int) -> bool:
    """Whether the word at ``k``, after the comma at ``comma``, is a past verb of saying that
    closes its sentence as who said it: a statement's anywhere after the comma ("…, the
    council confirmed on Wednesday"); one the language lists only right after it, past its
    auxiliary or a pronoun ("…, a souligné hier le maire"), not "…, puis rappelé le lendemain"
    (he called back)."""
    word = s.tokens[k].text
    c = _clauses(s.language)
    if not attributes(word, s.language):
        return False
    right_after = all(s.tokens[j].lower in c.AUX | c.PRONOUNS for j in range(comma + 1, k))
    if not c.is_past(word):
        # a paper's report told in the present, its day and its speaker after it ("…, informa
        # hoy el diario El Sur")
        return c.SUBJECT_AFTER_SAYING and right_after and k == comma + 1 and k + 1 in s.drop
    if trigger_kind(word, s.language) == "statement":
        return True
    return right_after


def attributes(word: str, language: str) -> bool:
    """Whether ``word`` is a verb of saying that may close its sentence as who said it: a
    statement's verb, or one the language lists for that ("…, precisó hoy el portavoz")."""
    if trigger_kind(word, language) == "statement":
        return True
    c = _clauses(language)
    return not c.ATTRIBUTION_VERBS.isdisjoint(c.lemmas(word.lower()).get("VERB", ()))


def _speaker_opens(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the word at ``k`` can open who said it or to whom: an article or possessive
    ("la policía"), a name ("Ana Gil"), a bare plural noun ("fuentes oficiales") or the
    preposition of the listener or the medium ("a la prensa", "en un comunicado")."""
    token = s.tokens[k]
    if token.lower in c.DETERMINERS | c.POSSESSIVE_PRONOUNS | c.SAYING_ADDRESSEES:
        return True
    return token.text[:1].isupper() or "NOUN" in c.lemmas(token.lower)


def _subordinate(c: ModuleType) -> frozenset[str]:
    return c.RELATIVES | c.PLACE_RELATIVES | {c.THAT}


def news_before(s: Sentence, ci: int) -> Clause | None:
    """The clause before ``ci`` that the relatives, "que" clauses and comparisons between them
    hang on."""
    c = _clauses(s.language)
    for k in range(ci - 1, -1, -1):
        before = s.clauses[k]
        if before.opener not in _subordinate(c) | c.LIKE_OPENERS:
            return before if before.verb is not None else None
    return None
