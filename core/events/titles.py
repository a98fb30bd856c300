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
from functools import lru_cache

from core.events.lexicon import lemmas

MAX_WORDS = 12

FUTURE = frozenset("will would shall".split())
BE = frozenset("is are was were be been being am".split())
HAVE = frozenset("has have had".split())
MODALS = frozenset("can could may might must should".split())
AUX = FUTURE | BE | HAVE | MODALS | frozenset("do does did".split())
DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some any each every no "
    "all both several many more most".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto over under about after before during since "
    "until between among against without within through across toward towards upon via "
    "amid near behind beyond".split()
)
# Words that may sit between subject and verb without being either ("Russia also wants").
ADVERBS = frozenset(
    "also already again still just now then even never not reportedly repeatedly "
    "allegedly formally officially finally later earlier once jointly last first recently "
    "quickly briefly".split()
)
# Where a long title may be cut without leaving a dangling word.
_CUT_BEFORE = PREPOSITIONS | frozenset("that which who whose while as , ; –".split())
_PARTICLES = frozenset("on up out off down back away over in".split())
_EDGE_PUNCT = " \t\n,;:–—-\"'“”‘’()"


def headline(
    subject: str, predicate: str, max_words: int = MAX_WORDS, plural: bool | None = None
) -> str:
    """A short headline: ``subject`` then ``predicate`` with its verb group in headline tense.

    ``plural`` says whether the subject is plural when the caller knows ("Lopes" is a name);
    otherwise the subject's head word decides.
    """
    words = predicate.strip(" ,;:").split()
    while words and words[0].lower() in ADVERBS - {"not", "never"}:
        words = words[1:]
    plural = _is_plural(subject) if plural is None else plural
    verb_words = _headline_verb(words, plural)
    title_words = [*_strip_determiner(subject).split(), *verb_words]
    return _finish(title_words, max_words)


def noun_headline(phrase: str, max_words: int = MAX_WORDS) -> str:
    """A noun phrase as a headline: "plans for joint exercises" → "Plans for joint exercises"."""
    return _finish(_strip_determiner(phrase).split(), max_words)


def _finish(words: list[str], max_words: int) -> str:
    words = [w for w in words if w.strip(_EDGE_PUNCT)]
    if len(words) > max_words:
        cut = max(
            (k for k in range(3, max_words + 1) if words[k].lower().strip(",") in _CUT_BEFORE),
            default=max_words,
        )
        words = words[:cut]
    while len(words) > 2 and _dangles(words[-1], words[-2]):
        words.pop()
    title = " ".join(words).strip(_EDGE_PUNCT + ".")
    title = re.sub(r"\s+([,;:.])", r"\1", title)
    title = _balance_quotes(title)
    return title[:1].upper() + title[1:]


def _dangles(word: str, before: str) -> bool:
    """A last word that leaves the title hanging: "from his small" ends on three."""
    lower = word.lower().strip(_EDGE_PUNCT)
    if lower in _PARTICLES and "VERB" in lemmas(before):
        return False  # "talks would go on"
    if lower in DETERMINERS or lower in PREPOSITIONS or lower in ("and", "or", "but", "as"):
        return True
    forms = lemmas(lower)
    adjective = "ADJ" in forms and "NOUN" not in forms and "VERB" not in forms
    return adjective and before.lower() in DETERMINERS  # "from his small", not "was weaker"


def _balance_quotes(title: str) -> str:
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _is_plural(subject: str) -> bool:
    head: list[str] = []
    for word in subject.split():
        if word.lower() in PREPOSITIONS:
            break
        head.append(word)
    if not head:
        return False
    if len(head) > 1 and head[-1][:1].isupper():
        return " and " in subject  # a name: "Ana Lopes"
    lower = head[-1].lower()
    if lower in ("police", "people"):
        return True
    nouns = lemmas(lower).get("NOUN", ())
    return " and " in subject or (lower.endswith("s") and bool(nouns) and lower not in nouns)


def _headline_verb(words: list[str], plural: bool) -> list[str]:
    if not words:
        return words
    first = words[0].lower()
    rest = words[1:]
    if first in FUTURE:
        return ["to", *rest] if rest and rest[0].lower() not in ("not", "be") else words
    if first in BE:
        return _from_be(words, plural)
    if first in HAVE and rest:
        if rest[0].lower() == "been":
            return rest[1:] if rest[1:] and is_participle(rest[1]) else words
        if is_participle(rest[0]):
            return [present(rest[0], plural), *rest[1:]]
        return words
    if first in MODALS:
        return words
    if is_past(words[0]) and not (rest and rest[0].lower() == "by"):
        return [present(words[0], plural), *rest]
    return words


def _from_be(words: list[str], plural: bool) -> list[str]:
    rest = words[1:]
    if rest and rest[0].lower() == "being":
        rest = rest[1:]
    if rest and rest[0].lower() == "going" and len(rest) > 1 and rest[1] == "to":
        return rest[1:]
    if len(rest) > 2 and (is_participle(rest[0]) or rest[0].lower() == "due") and rest[1] == "to":
        return rest[1:]  # "is expected to sign" → "to sign"
    if rest and is_participle(rest[0]):
        return rest  # a passive: "was closed" → "closed"
    if "to" in rest:  # "was the first leader to announce a visit" → "announces a visit"
        k = rest.index("to")
        if k + 1 < len(rest) and is_verb_form(rest[k + 1]):
            tail = rest[k + 1 :]
            past = words[0].lower() in ("was", "were")
            return [present(tail[0], plural), *tail[1:]] if past else ["to", *tail]
    return words


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "won" → "wins" (or "win" for a plural subject)."""
    from lemminflect import getInflection, getLemma

    lemma = (getLemma(word.lower(), upos="VERB") or (word.lower(),))[0]
    if plural:
        return lemma
    return (getInflection(lemma, tag="VBZ") or (lemma,))[0]


def is_verb_form(word: str) -> bool:
    return "VERB" in lemmas(word)


@lru_cache(maxsize=65536)
def is_past(word: str) -> bool:
    """A simple past or past participle: "won", "saw", "signed" (not "sign", "signs")."""
    from lemminflect import getInflection

    lower = word.lower()
    for lemma in lemmas(lower).get("VERB", ()):
        if lower in getInflection(lemma, tag="VBD") or lower in getInflection(lemma, tag="VBN"):
            return True
    return False


def is_participle(word: str) -> bool:
    verbs = lemmas(word).get("VERB", ())
    return bool(verbs) and word.lower() not in verbs and not word.lower().endswith(("s", "ing"))
