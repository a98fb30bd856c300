"""Headlines from a clause's own words: "Scholz would visit Ukraine" → "Scholz to visit Ukraine".

Only the verb group changes, the way news headlines write it: a future ("will", "would")
becomes "to …", a past or perfect becomes the present ("won" → "wins"), a passive drops its
"was". Everything else is the sentence's words, cut at a phrase boundary to stay short.

>>> headline("Macron", "will travel to Moscow")
'Macron to travel to Moscow'
>>> headline("Erdogan and Zelensky", "signed an agreement")
'Erdogan and Zelensky sign an agreement'
>>> headline("The bridge", "was closed")
'Bridge closed'
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang

MAX_WORDS = 12
_EDGE_PUNCT = " \t\n,;:–—-\"'“”‘’()"


def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _cut_before(language: str) -> frozenset[str]:
    """Where a long title may be cut without leaving a dangling word."""
    c = _clauses(language)
    return c.PREPOSITIONS | c.TITLE_CUT_BEFORE


def headline(
    subject: str, predicate: str, max_words: int = MAX_WORDS, plural: bool | None = None,
    language: str = "en",
) -> str:  # fmt: skip
    """A short headline: ``subject`` then ``predicate`` with its verb group in headline tense.

    ``plural`` says whether the subject is plural when the caller knows ("Lopes" is a name);
    otherwise the subject's head word decides.
    """
    c = _clauses(language)
    words = predicate.strip(" ,;:").split()
    while words and words[0].lower() in c.ADVERBS - c.NEGATIONS:
        words = words[1:]
    plural = _is_plural(subject, c) if plural is None else plural
    verb_words = _headline_verb(words, plural, c)
    title_words = [*_strip_determiner(subject, c).split(), *verb_words]
    return _finish(title_words, max_words, language)


def noun_headline(phrase: str, max_words: int = MAX_WORDS, language: str = "en") -> str:
    """A noun phrase as a headline: "plans for joint exercises" → "Plans for joint exercises"."""
    return _finish(_strip_determiner(phrase, _clauses(language)).split(), max_words, language)


def _finish(words: list[str], max_words: int, language: str) -> str:
    words = [w for w in words if w.strip(_EDGE_PUNCT)]
    if len(words) > max_words:
        cut_before = _cut_before(language)
        cut = max(
            (k for k in range(3, max_words + 1) if words[k].lower().strip(",") in cut_before),
            default=max_words,
        )
        words = words[:cut]
    c = _clauses(language)
    while len(words) > 2 and _dangles(words[-1], words[-2], c):
        words.pop()
    title = " ".join(words).strip(_EDGE_PUNCT + ".")
    title = re.sub(r"\s+([,;:.])", r"\1", title)
    title = _balance_quotes(title)
    return title[:1].upper() + title[1:]


def _dangles(word: str, before: str, c: ModuleType) -> bool:
    """A last word that leaves the title hanging: "from his small" ends on three."""
    lower = word.lower().strip(_EDGE_PUNCT)
    if lower in c.TITLE_PARTICLES and "VERB" in c.lemmas(before):
        return False  # "talks would go on"
    if lower in c.DETERMINERS or lower in c.PREPOSITIONS or lower in c.TITLE_DANGLING:
        return True
    forms = c.lemmas(lower)
    adjective = "ADJ" in forms and "NOUN" not in forms and "VERB" not in forms
    return adjective and before.lower() in c.DETERMINERS  # "from his small", not "was weaker"


def _balance_quotes(title: str) -> str:
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


def _strip_determiner(phrase: str, c: ModuleType) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in c.ARTICLES:
        words = words[1:]
    return " ".join(words)


def _is_plural(subject: str, c: ModuleType) -> bool:
    head: list[str] = []
    for word in subject.split():
        if word.lower() in c.PREPOSITIONS:
            break
        head.append(word)
    if not head:
        return False
    joined = f" {c.AND} " in subject
    if len(head) > 1 and head[-1][:1].isupper():
        return joined  # a name: "Ana Lopes"
    lower = head[-1].lower()
    if lower in c.PLURAL_NOUNS:
        return True
    nouns = c.lemmas(lower).get("NOUN", ())
    return joined or (lower.endswith(c.PLURAL_ENDING) and bool(nouns) and lower not in nouns)


def _headline_verb(words: list[str], plural: bool, c: ModuleType) -> list[str]:
    if not words:
        return words
    first = words[0].lower()
    rest = words[1:]
    if first in c.FUTURE:
        kept = rest and rest[0].lower() not in c.FUTURE_KEPT_BEFORE
        return [c.TO, *rest] if kept else words
    if first in c.BE:
        return _from_be(words, plural, c)
    if first in c.HAVE and rest:
        if rest[0].lower() == c.BEEN:
            return rest[1:] if rest[1:] and c.is_participle(rest[1]) else words
        if c.is_participle(rest[0]):
            return [c.present(rest[0], plural), *rest[1:]]
        return words
    if first in c.MODALS:
        return words
    if c.is_past(words[0]) and not (rest and rest[0].lower() == c.BY):
        return [c.present(words[0], plural), *rest]
    return words


def _from_be(words: list[str], plural: bool, c: ModuleType) -> list[str]:
    rest = words[1:]
    to = c.TO
    if rest and rest[0].lower() == c.BEING:
        rest = rest[1:]
    if rest and rest[0].lower() == c.GOING and len(rest) > 1 and rest[1] == to:
        return rest[1:]
    if len(rest) > 2 and (c.is_participle(rest[0]) or rest[0].lower() == c.DUE) and rest[1] == to:
        return rest[1:]  # "is expected to sign" → "to sign"
    if rest and c.is_participle(rest[0]):
        return rest  # a passive: "was closed" → "closed"
    if to in rest:  # "was the first leader to announce a visit" → "announces a visit"
        k = rest.index(to)
        if k + 1 < len(rest) and "VERB" in c.lemmas(rest[k + 1]):
            tail = rest[k + 1 :]
            past = words[0].lower() in c.BE_PAST
            return [c.present(tail[0], plural), *tail[1:]] if past else [to, *tail]
    return words
