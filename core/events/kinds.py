"""What kind of happening a clause reports, from the lemmas of its words.

``kinds_in`` and ``trigger_kind`` recognise every word that may name a kind (the engine
uses them to find happenings at all); ``sure_kind`` gives an event its kind only when the
clause leaves no doubt, and NO_KIND otherwise::

>>> kind_of("The two leaders signed a trade deal")
'agreement'
>>> sure_kind("rallied", "rallied back", "The market rallied back")
'other'
>>> sure_kind("rallied", "rallied in the capital", "Thousands of farmers rallied in the capital")
'protest'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence
from core.temporal.firsts import led

# The kinds of happening, the same in every language (each language's ``events.TRIGGERS``
# names the words of each). Earlier kinds win a tie: a clause with "troops" and "said" is
# military news, not a statement.
KINDS = (
    "violence", "military", "sanction", "election", "protest", "agreement", "meeting",
    "statement", "other",
)  # fmt: skip
# The kind of an event no kind is sure of: stored, exported and shown as "other" (the last
# lane of the timeline's lanes by kind, one entry of the kind filter).
NO_KIND = "other"


@cache
def _events(language: str) -> ModuleType:
    return lang.words(language, "events")


@cache
def _idioms(language: str) -> re.Pattern[str]:
    """Uses of trigger words that report no happening: "strike a balance"."""
    return led(re.compile(_events(language).IDIOMS, re.I))  # (read over every title)


@cache
def word_pattern(language: str) -> re.Pattern[str]:
    """A word of the language's script, hyphens inside ("re-elect")."""
    return re.compile(lang.words(language, "clauses").WORD)


def kind_of(text: str, language: str = "en") -> str:
    """The kind of the happening ``text`` reports: the first of KINDS one of its words names."""
    return kinds_in(text, language)[0] if kinds_in(text, language) else "other"


def kinds_in(text: str, language: str = "en") -> list[str]:
    """Every kind some word of ``text`` names, in the order of KINDS.

    Words that name a happening only as verbs ("signs of cooling") count only through
    ``trigger_kind`` on the clause's verb.
    """
    clean = _idioms(language).sub(" ", text)
    verb_only = _events(language).VERB_ONLY_FORMS
    words = [w for w in word_pattern(language).findall(clean) if w.lower() not in verb_only]
    found = {k for word in words for k in word_kinds(word, language)}
    return [k for k in KINDS if k in found]


@lru_cache(maxsize=65536)  # asked of every word of every sentence (``undated``)
def trigger_kind(word: str, language: str = "en") -> str | None:
    """The kind a single word names ("visited" → meeting), or None."""
    kinds = word_kinds(word, language)
    return next((k for k in KINDS if k in kinds), None)


@lru_cache(maxsize=65536)
def word_kinds(word: str, language: str = "en") -> frozenset[str]:
    """The kinds whose trigger words are among the lemmas of ``word``."""
    forms = _lemmas(word, language)
    return frozenset(k for k, words in _events(language).TRIGGERS.items() if forms & words)


def _lemmas(word: str, language: str) -> set[str]:
    lower = word.lower()
    found = {lower}
    for forms in lang.words(language, "clauses").lemmas(lower).values():
        found.update(forms)
    return found


def sure_kind(verb: str, predicate: str, context: str, language: str = "en") -> str:
    """The kind of a clause's happening when its words leave no doubt, else NO_KIND.

    ``verb`` is the clause's lexical verb, ``predicate`` the words from it on, ``context``
    the whole sentence. The verb names the kind ("Gunmen killed four guards"), or a trigger
    noun does after a verb that enacts or stages it ("held rallies", "announced sanctions");
    plain reporting verbs ("said", "reported") name none, and a word used as often in
    another sense ("exercise", "rally", "vote") counts only with a word of its kind's context
    elsewhere in the sentence ("exercise price" is no drill, "troops … exercise" is).
    """
    ev, c = _events(language), lang.words(language, "clauses")
    around = {w.lower() for w in word_pattern(language).findall(context)}
    if verb.lower() in c.AUX:  # "would not be conducting talks": the verb is "conducting"
        verb = next(
            (w for w in predicate.split() if w.lower() not in lang.union(c, "AUX", "ADVERBS")), verb
        )
    verbs = set(c.lemmas(verb).get("VERB", ())) or {verb.lower()}
    nouns = sure_kinds_in(_object(predicate, language), around, language)
    if not lang.union(ev, "ENACT", "LIGHT").isdisjoint(verbs) and nouns:
        notable = [k for k in nouns if k not in ("meeting", "statement")]
        return (notable or nouns)[0]
    if verbs & ev.PLAIN_SAYING:
        return NO_KIND
    first = predicate.split()[0] if predicate.split() else verb  # "… and marched to …"
    heads = [verb] if first.lower() == verb.lower() else [verb, first]
    heads = [w for w in heads if not set(c.lemmas(w).get("VERB", ())) & ev.PLAIN_SAYING]
    return next((k for w in heads if (k := _sure_word_kind(w, around, language))), NO_KIND)


def sure_kinds_in(text: str, around: set[str], language: str = "en") -> list[str]:
    """The kinds the words of ``text`` name surely, given the words ``around`` them."""
    clean = _idioms(language).sub(" ", text)
    verb_only = _events(language).VERB_ONLY_FORMS
    words = [w for w in word_pattern(language).findall(clean) if w.lower() not in verb_only]
    found = {k for w in words if (k := _sure_word_kind(w, around, language))}
    return [k for k in KINDS if k in found and k != "statement"]  # a speech act is a verb


def sure_word_kind(word: str, context: str, language: str = "en") -> str:
    """The kind ``word`` names in the sentence ``context`` when sure, else NO_KIND.

    >>> sure_word_kind("exercise", "The exercise price was cut")
    'other'
    >>> sure_word_kind("exercises", "Troops held exercises near the border")
    'military'
    """
    around = {w.lower() for w in word_pattern(language).findall(context)}
    return _sure_word_kind(word, around, language) or NO_KIND


def _object(predicate: str, language: str) -> str:
    """The verb's object: the predicate after the verb, up to a preposition other than "of"."""
    c = lang.words(language, "clauses")
    stops = set(c.PREPOSITIONS) - {c.OF}
    words = predicate.split()
    cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in stops), len(words))
    return " ".join(words[1:cut])


def _sure_word_kind(word: str, around: set[str], language: str) -> str | None:
    kind = trigger_kind(word, language)
    if kind is None:
        return None
    ev = _events(language)
    forms = _lemmas(word, language)
    if not forms & ev.AMBIGUOUS:
        return kind
    confirming = ev.CONTEXT.get(kind, frozenset()) & around
    others = [w for w in confirming if not _lemmas(w, language) & forms]  # not "elected" itself
    return kind if others else None


@cache
def _phrasal(language: str) -> re.Pattern[str]:
    """A predicate that opens on a phrasal verb: "called off a strike"."""
    particles = "|".join(lang.words(language, "clauses").PHRASAL_PARTICLES)
    return re.compile(rf"^(?:\w+ ){{0,2}}?\w+ (?:{particles})\b", re.I)


def clause_kind(s: Sentence, verb: str, predicate: str) -> str:
    """The kind of a clause's happening, from its verb and the words after it."""
    context = s.text[s.tokens[0].start : s.tokens[-1].end]
    if _phrasal(s.language).match(predicate):
        after_verb = predicate.partition(" ")[2]
        kinds = sure_kinds_in(after_verb, set(context.lower().split()), s.language)
        if kinds:
            return kinds[0]  # "called off a strike" is about the strike, not a call
    return sure_kind(verb, predicate, context, s.language)
