"""Verbs of saying written as a verb and the word that completes it: "made known", "made
clear", French "a fait savoir", Spanish "dio a conocer", German "machte deutlich". Alone,
"The ferry operator made known" says nothing; what it made known is the "that" clause after
it, which the title tells as a saying does ("The ferry operator made known that it would …").
The phrases are language data (``SAYING_PHRASES``: a verb's lemma and the words after it).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def saying_phrase_end(s: Sentence, verb: int, stop: int, drop: set[int]) -> int:
    """The token after the words that complete the verb at ``verb`` into a verb of saying,
    when only they (and dropped time expressions) stand between it and ``stop``; 0 when no
    such words do ("made known [on Monday] | that …" → the token after "known"; "made a
    profit" → 0)."""
    c = _clauses(s.language)
    if not c.SAYING_PHRASES:
        return 0
    # (German "machte deutlich, | dass …": the comma is the clause's)
    kept = [k for k in range(verb + 1, stop) if k not in drop and s.tokens[k].text != ","]
    if not kept or len(kept) > _LONGEST:
        return 0
    words = " ".join(s.tokens[k].lower for k in kept)
    lemmas = c.lemmas(s.tokens[verb].lower).get("VERB", ())
    if any(words in c.SAYING_PHRASES.get(lemma, ()) for lemma in lemmas):
        return kept[-1] + 1
    return 0


def opens_saying_phrase(words: list[str], c: ModuleType) -> bool:
    """Whether a title's predicate opens on such a verb and its completion ("made known that
    …"): the verb is the predicate's, not a participle describing the subject."""
    lemmas = c.lemmas(words[0].lower()).get("VERB", ()) if words else ()
    phrases = [p for lemma in lemmas for p in c.SAYING_PHRASES.get(lemma, ())]
    return any([w.lower() for w in words[1 : 1 + len(p.split())]] == p.split() for p in phrases)


def ends_saying_phrase(s: Sentence, k: int) -> bool:
    """Whether the words just before token ``k`` are such a verb and its completion ("made
    public | [on Monday]"): a date after them breaks no phrase, the "that" clause follows."""
    words = [t.lower for t in s.tokens[max(0, k - _LONGEST - 1) : k]]
    return ends_on_saying_phrase(words, _clauses(s.language))


def cut_after_saying_phrase(kept: list[str], popped: list[str], c: ModuleType) -> bool:
    """Whether a title cut before its "that" clause ends on such a verb and its completion
    ("a fait savoir | qu'elle …"), or on a verb of asking and whom it asked ("pidió al
    Gobierno | que …"): what was made known, or asked, is gone."""
    first = popped[0].lower() if popped else ""
    that = c.THAT_ELIDED.strip()
    if first != c.THAT and not (that and first.startswith(that)):
        return False
    return ends_on_saying_phrase(kept, c) or asked_whom(kept, c)


def ends_on_saying_phrase(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on such a verb and its completion ("… a fait savoir")."""
    for n in range(1, _LONGEST + 1):
        if len(words) < n + 1:
            break
        done = " ".join(words[-n:]).lower()
        lemmas = c.lemmas(words[-n - 1].lower()).get("VERB", ())
        if any(done in c.SAYING_PHRASES.get(lemma, ()) for lemma in lemmas):
            return True
    return False


def asked_whom(words: list[str], c: ModuleType) -> bool:
    """Whether ``words`` end on a verb of asking or telling and whom it asked, a few words
    ("a demandé à la direction", "pidió al Gobierno"): a "that" clause after them is what
    was asked."""
    asking = c.TELL_VERBS | c.REQUEST_VERBS
    for k in range(len(words) - 1, max(0, len(words) - _WHOM_WORDS - 1), -1):
        if set(c.lemmas(words[k - 1].lower()).get("VERB", ())) & asking:
            return not any(w.endswith(",") for w in words[k:])  # (no aside, no list)
    return False


# How many words whom a verb of asking names may run to ("a la Diputación provincial").
_WHOM_WORDS = 4


# The most words a phrase's completion runs to ("a conocer", "it clear").
_LONGEST = 2
