"""Happenings a sentence reports without a date of its own.

"The dispute has been sharpened by plans for military drills shared by Chile and
Peru" reports the planned drills: notable (military), with names, though undated. Claims
("Russia wants …"), possibilities ("could start"), speech and background ("since the
explosion") give nothing.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.finite import finite_verb
from core.events.happenings import NOTABLE, clause_happening
from core.events.kinds import sure_word_kind, trigger_kind, word_pattern
from core.events.parse import Happening, Sentence, lexical_verb, parse_sentence
from core.events.titles import noun_headline
from core.events.tokens import Clause
from core.events.wording import noun_phrase, reduce_names

_MIN_PHRASE_WORDS = 3  # "Plans for joint military exercises", not "Louvre accord"


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _events(language: str) -> ModuleType:
    return lang.words(language, "events")


def undated_happening(
    text: str, start: int, end: int, mentions: list[Mention], language: str = "en"
) -> Happening | None:
    """A notable happening ``text[start:end]`` reports without a date, or None for background,
    claims and quotes."""
    if not _may_report(text[start:end], language):
        return None  # no word that could name a notable happening: skip the parse
    s = parse_sentence(text, start, end, [], mentions, language)
    if s is None:
        return None
    inside = s.inside
    main = next((c for c in s.clauses if c.verb is not None), None)
    if main is None:
        return None
    lexical = lexical_verb(s, main)
    c = _clauses(s.language)
    verb_lemmas = set(c.lemmas(s.tokens[lexical].text).get("VERB", ()))
    if c.VERB_LAST and main.verb is not None:  # "fühlen sich … angegriffen": the finite's too
        verb_lemmas |= set(c.lemmas(s.tokens[main.verb].text).get("VERB", ()))
    verb_kind = trigger_kind(s.tokens[lexical].text, s.language)
    attitude = verb_lemmas & _events(s.language).ATTITUDE
    if verb_kind == "statement" or attitude or _hypothetical(s, main):
        return None
    trigger = lexical if verb_kind in NOTABLE else _first_trigger(s, inside, main)
    if trigger is None:
        return None
    kind = sure_word_kind(s.tokens[trigger].text, text[start:end], s.language)
    if trigger == lexical:
        happening = clause_happening(s, main, None, main.end)  # type: ignore[arg-type]
        return Happening(happening.title, kind, None, happening.entities) if happening else None
    clause = next(c for c in s.clauses if c.start <= trigger < c.end)
    if clause.verb is not None and _hypothetical(s, clause):
        return None  # "asserted that an embargo could plunge …": a possibility of the clause
    a, b = noun_phrase(s.tokens, trigger, clause.body, clause.end, s.language)
    entities = s.entities([(a, b)], [])
    background = _events(s.language).BACKGROUND
    if not entities or b - a < 3 or (a > 0 and s.tokens[a - 1].lower in background):
        return None  # "since the explosion", "a clash between two governments": background
    if s.tokens[b - 1].lower in _clauses(s.language).PERIOD_NOUNS:
        return None  # "in the current grain agreement year": a stretch of time, no news
    title = _nominal_title(s, a, trigger, b)
    told = title != _phrase_title(s, a, b)
    if not told and len(title.split()) < _MIN_PHRASE_WORDS:
        return None  # "Louvre accord": a thing named, not news of it
    return Happening(title, kind, None, entities, named_only=not told)


def _may_report(sentence: str, language: str) -> bool:
    """Whether any word could be the trigger of a notable happening (the cheap test first)."""
    words = set(word_pattern(language).findall(sentence))
    triggers, plain = _words_read(language)
    if not triggers.isdisjoint(words):
        return True
    new = words - plain  # (most words were read before: set operations, no call for each)
    if len(triggers) + len(plain) + len(new) > _MAX_WORDS_READ:
        triggers.clear()
        plain.clear()
    for word in new:
        if _may_trigger(word, language):
            triggers.add(word)
            return True  # (the words after it are read when a sentence needs them)
        plain.add(word)
    return False


_MAX_WORDS_READ = 65536  # a news vocabulary; a long session's words start afresh past it


@cache
def _words_read(language: str) -> tuple[set[str], set[str]]:
    """The words ``_may_report`` has read, those that may trigger a notable happening and
    those that may not."""
    return set(), set()


@lru_cache(maxsize=65536)  # every word of every undated sentence: a news vocabulary
def _may_trigger(word: str, language: str) -> bool:
    return trigger_kind(word, language) in NOTABLE or _is_event_noun(word, language)


def _hypothetical(s: Sentence, clause: Clause) -> bool:
    """ "Iraq could start hostilities": a possibility, not a happening."""
    verb = clause.verb if clause.verb is not None else clause.body
    return s.tokens[verb].lower in _clauses(s.language).HYPOTHETICAL


def _first_trigger(s: Sentence, inside: list[bool], main: Clause) -> int | None:
    c = _clauses(s.language)
    for k, token in enumerate(s.tokens):
        if inside[k] or not token.text[:1].isalpha():
            continue
        kind = trigger_kind(token.text, s.language)
        if kind == "statement" and k > (main.verb or 0) and _is_verb_here(s, k):
            return None  # what follows is reported speech
        anaphoric = k == 1 and s.tokens[0].lower in c.ANAPHORIC
        named = k > 0 and token.text[0].isupper()  # "North Atlantic Treaty Organization"
        infinitive = k > 0 and s.tokens[k - 1].lower == c.TO
        if _is_event_noun(token.text, s.language) and not (anaphoric or named or infinitive):
            return k  # "The deal came after a meeting …": the deal was reported already
        if kind in NOTABLE and k == main.verb and _names_happening(s, k):
            return k
    return None


@lru_cache(maxsize=65536)
def _is_event_noun(word: str, language: str) -> bool:
    """A noun that names a happening ("exercises", "summit"), not an actor ("troops")."""
    nouns = _events(language).EVENT_NOUNS
    forms = _clauses(language).lemmas(word).get("NOUN", ()) or (word.lower(),)
    return bool(set(forms) & nouns) or word.lower() in nouns


def _names_happening(s: Sentence, k: int) -> bool:
    """A trigger used as a noun or as the clause's verb, not a particle ("hit back")."""
    c = _clauses(s.language)
    if "NOUN" in c.lemmas(s.tokens[k].text) or s.tokens[k].lower.endswith(c.GERUND):
        return True
    verb = finite_verb(s.tokens, k, k + 1, s.language) == k
    return verb or (k > 0 and s.tokens[k - 1].lower in c.AUX)


def _is_verb_here(s: Sentence, k: int) -> bool:
    gerund = _clauses(s.language).GERUND
    return finite_verb(s.tokens, k, k + 1, s.language) == k or s.tokens[k].lower.endswith(gerund)


def _nominal_title(s: Sentence, a: int, trigger: int, b: int) -> str:
    """ "a meeting between A and B in Beijing" → "A and B meet in Beijing"; else the phrase."""
    c, language = _clauses(s.language), s.language
    word = s.tokens[trigger]
    verbs = c.lemmas(word.text).get("VERB", ())
    between = trigger + 1 < b and _is(s, trigger + 1, c.BETWEEN)
    if word.lower.endswith(c.GERUND) and verbs and between:
        rest = trigger + 2
        tail = next((k for k in range(rest, b) if s.tokens[k].lower in c.PLACE_PREPOSITIONS), b)
        actors = reduce_names(s.text, s.tokens, rest, tail, s.mentions, language=language)
        place = reduce_names(s.text, s.tokens, tail, b, s.mentions, language=language)
        told = c.past(verbs[0])  # the news reports it done: "A and B met in Lima"
        return noun_headline(f"{actors} {told} {place}", language=language)
    return _phrase_title(s, a, b)


def _phrase_title(s: Sentence, a: int, b: int) -> str:
    phrase = reduce_names(s.text, s.tokens, a, b, s.mentions, language=s.language)
    return noun_headline(phrase, language=s.language)


def _is(s: Sentence, k: int, word: str) -> bool:
    return s.tokens[k].lower == word
