"""Happenings a sentence reports without a date of its own.

"These tensions have been heightened by plans for joint military exercises between Russia and
Belarus" reports the planned exercises: notable (military), with names, though undated. Claims
("Russia wants …"), possibilities ("could start"), speech and background ("since the
explosion") give nothing.
"""

from __future__ import annotations

import re

from core.events.entities import Mention
from core.events.happenings import (
    NOTABLE,
    Happening,
    Sentence,
    clause_happening,
    lexical_verb,
    parse_sentence,
)
from core.events.kinds import trigger_kind
from core.events.phrases import Clause, finite_verb, noun_phrase, reduce_names
from core.events.titles import AUX, lemmas, noun_headline

# Verbs whose clause reports a wish or a claim rather than a happening.
_ATTITUDE = frozenset("want hope seek wish expect fear try believe think consider".split())
# Nouns that name a happening, for sentences that report one without a verb of their own.
EVENT_NOUNS = frozenset(
    "exercise drill invasion deployment annexation offensive buildup mobilisation mobilization "
    "withdrawal ceasefire airstrike attack bombing shooting shelling fighting clash explosion "
    "massacre assassination killing sanction embargo election vote referendum ballot protest "
    "demonstration rally riot strike agreement deal treaty accord pact meeting talks summit "
    "visit negotiation".split()
)
# Words before a happening that place the sentence after it: background, not news.
_BACKGROUND = frozenset(("since", "than"))
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def undated_happening(text: str, start: int, end: int, mentions: list[Mention]) -> Happening | None:
    """A notable happening ``text[start:end]`` reports without a date, or None for background,
    claims and quotes."""
    if not _may_report(text[start:end]):
        return None  # no word that could name a notable happening: skip the parse
    s = parse_sentence(text, start, end, [], mentions)
    if s is None:
        return None
    inside = s.inside
    main = next((c for c in s.clauses if c.verb is not None), None)
    if main is None:
        return None
    lexical = lexical_verb(s, main)
    verb_lemmas = set(lemmas(s.tokens[lexical].text).get("VERB", ()))
    verb_kind = trigger_kind(s.tokens[lexical].text)
    if verb_kind == "statement" or verb_lemmas & _ATTITUDE or _hypothetical(s, main):
        return None
    trigger = lexical if verb_kind in NOTABLE else _first_trigger(s, inside, main)
    if trigger is None:
        return None
    kind = trigger_kind(s.tokens[trigger].text) or "other"
    if trigger == lexical:
        happening = clause_happening(s, main, None, main.end)  # type: ignore[arg-type]
        return Happening(happening.title, kind, None, happening.entities) if happening else None
    clause = next(c for c in s.clauses if c.start <= trigger < c.end)
    a, b = noun_phrase(s.tokens, trigger, clause.body, clause.end)
    entities = s.entities([(a, b)], [])
    if not entities or b - a < 3 or (a > 0 and s.tokens[a - 1].lower in _BACKGROUND):
        return None  # "since the explosion", "a clash between two governments": background
    return Happening(_nominal_title(s, a, trigger, b), kind, None, entities)


def _may_report(sentence: str) -> bool:
    """Whether any word could be the trigger of a notable happening (the cheap test first)."""
    return any(
        trigger_kind(word) in NOTABLE or _is_event_noun(word) for word in _WORD.findall(sentence)
    )


def _hypothetical(s: Sentence, clause: Clause) -> bool:
    """ "Iraq could start hostilities": a possibility, not a happening."""
    verb = clause.verb if clause.verb is not None else clause.body
    return s.tokens[verb].lower in ("could", "might", "may", "would", "should", "must")


def _first_trigger(s: Sentence, inside: list[bool], main: Clause) -> int | None:
    for k, token in enumerate(s.tokens):
        if inside[k] or not token.text[:1].isalpha():
            continue
        kind = trigger_kind(token.text)
        if kind == "statement" and k > (main.verb or 0) and _is_verb_here(s, k):
            return None  # what follows is reported speech
        anaphoric = k == 1 and s.tokens[0].lower in ("the", "this", "that")
        named = k > 0 and token.text[0].isupper()  # "North Atlantic Treaty Organization"
        infinitive = k > 0 and s.tokens[k - 1].lower == "to"
        if _is_event_noun(token.text) and not (anaphoric or named or infinitive):
            return k  # "The deal came after a meeting …": the deal was reported already
        if kind in NOTABLE and k == main.verb and _names_happening(s, k):
            return k
    return None


def _is_event_noun(word: str) -> bool:
    """A noun that names a happening ("exercises", "summit"), not an actor ("troops")."""
    forms = lemmas(word).get("NOUN", ()) or (word.lower(),)
    return bool(set(forms) & EVENT_NOUNS) or word.lower() in EVENT_NOUNS


def _names_happening(s: Sentence, k: int) -> bool:
    """A trigger used as a noun or as the clause's verb, not a particle ("hit back")."""
    if "NOUN" in lemmas(s.tokens[k].text) or s.tokens[k].lower.endswith("ing"):
        return True
    return finite_verb(s.tokens, k, k + 1) == k or (k > 0 and s.tokens[k - 1].lower in AUX)


def _is_verb_here(s: Sentence, k: int) -> bool:
    return finite_verb(s.tokens, k, k + 1) == k or s.tokens[k].lower.endswith("ing")


def _nominal_title(s: Sentence, a: int, trigger: int, b: int) -> str:
    """ "a meeting between A and B in Beijing" → "A and B meet in Beijing"; else the phrase."""
    word = s.tokens[trigger]
    verbs = lemmas(word.text).get("VERB", ())
    if word.lower.endswith("ing") and verbs and trigger + 1 < b and _is(s, trigger + 1, "between"):
        rest = trigger + 2
        tail = next(
            (k for k in range(rest, b) if s.tokens[k].lower in ("in", "at", "on", "for")), b
        )
        actors = reduce_names(s.text, s.tokens, rest, tail, s.mentions)
        place = reduce_names(s.text, s.tokens, tail, b, s.mentions)
        return noun_headline(f"{actors} {verbs[0]} {place}")
    return noun_headline(reduce_names(s.text, s.tokens, a, b, s.mentions))


def _is(s: Sentence, k: int, word: str) -> bool:
    return s.tokens[k].lower == word
