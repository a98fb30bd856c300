"""A happening told with no time of its own by the one who acted in the sentence just before,
on a day: that day ("On Sunday the guards searched the cells. They found two phones." — the
phones were found that Sunday; "The dock board met the drivers on Monday. The board raised
their pay.").

The story's time carries into the next sentence only where the reader sees the same actor go
on: a personal pronoun as the whole subject, or a subject sharing a word with the subject of
the dated sentence whose event holds it; a simple past (in French and German a perfect too,
``CARRY_PERFECT``); and a completed action (the checks of ``core.events.lead_news``: no state,
figure, saying, habit, plan, negation or quoted claim). An English present perfect ("She has
resigned") or a past perfect ("He had resigned") opens a time of its own; "it" may stand for a
thing whose state is told. Nothing is carried from a sentence that gives no day or several, a
day after the report's, a saying's day or an English perfect's (the day of its report), nor
into a sentence holding a date of its own.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from core import lang
from core.events.entities import Mention
from core.events.lead_news import lead_news, main_clause
from core.events.parse import Happening, lexical_verb, parse_sentence
from core.model import Event
from core.temporal.tagger import Timex
from core.timeval import TimeValue, parse_value

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _actors(language: str) -> frozenset[str]:
    """The pronouns that stand for the actor of the sentence before ("he", "she", "they")."""
    c = lang.words(language, "clauses")
    return (c.PRONOUNS - c.ONE_THING_PRONOUNS) | c.PERSONAL_PRONOUNS


def carried_day(
    text: str, start: int, end: int, here: list[Timex], before: tuple[int, int] | None,
    events: list[Event], mentions: list[Mention], published: datetime, language: str,
) -> tuple[Happening, TimeValue] | None:  # fmt: skip
    """The happening of ``text[start:end]``, a sentence with no date (``here``: its time
    expressions) whose subject is the actor of the sentence ``before`` it, and the one day that
    sentence's events fall on; None otherwise."""
    if here or before is None or not events:
        return None  # (a date the sentence holds, even one naming a thing: "a May 2 letter")
    prior = [e for e in events if before[0] <= e.char_start < before[1]]
    days = {e.start[:10] for e in prior if not e.undated}
    if not prior or len(days) != 1 or any(e.precision != "day" for e in prior if not e.undated):
        return None  # no day, or several: which the sentence carries, a reader cannot tell
    c = lang.words(language, "clauses")
    told = {w for e in prior for w in _WORD.findall(e.title.lower())}
    if {lemma for w in told for lemma in c.lemmas(w).get("VERB", ())} & c.ALSO_SAYINGS:
        return None  # a saying's day: "Roe said on Monday she would go. Roe sold …" (when?)
    if told & c.HAVE and not lang.words(language, "events").CARRY_PERFECT:
        return None  # "Roe has asked for a loan, aides said on Monday": the report's day
    day = parse_value(days.pop())
    if day is None or day.start > published:
        return None  # "… will meet on Monday. They agreed …": no happening of that day yet
    s = parse_sentence(text, start, end, [], mentions, language)
    main = main_clause(s) if s is not None else None
    if s is None or main is None or main.verb is None or main.opener:
        return None
    subject = [t.lower for t in s.tokens[main.start : main.verb]]
    cue = _cue(text, before, subject, prior, mentions, language)
    if cue is None:
        return None
    finite, lexical = s.tokens[main.verb].lower, lexical_verb(s, main)
    perfect = (
        lang.words(language, "events").CARRY_PERFECT
        and finite in c.HAVE - c.PAST_PERFECT_AUX
        and c.is_participle(s.tokens[lexical].lower)
    )
    if not perfect and (lexical != main.verb or finite in c.AUX):
        return None  # "She has resigned", "He had left", "They were told": a time of its own
    happening = lead_news(text, start, end, mentions, language)
    if happening is None:
        return None
    said = s.tokens[main.start].text, s.tokens[main.verb].text
    if cue == "pronoun" and not _named_before(happening.title, *said, before, text):
        return None  # "Er" read as a name the sentence before did not give its actor
    return happening, day


def _named_before(title: str, pronoun: str, verb: str, before: tuple[int, int], text: str) -> bool:
    """Whether the words a title puts before ``verb`` for the pronoun (as it was, or the name
    read for it) are the pronoun or stand in the sentence ``before``."""
    words = title.split()
    if verb not in words:
        return False
    actor = words[: words.index(verb)]
    prior = {w.lower() for w in _WORD.findall(text[before[0] : before[1]])}
    return actor == [pronoun] or all(w.lower() in prior for a in actor for w in _WORD.findall(a))


def _cue(
    text: str, before: tuple[int, int], subject: list[str], prior: list[Event],
    mentions: list[Mention], language: str,
) -> str | None:  # fmt: skip
    """How the subject shows the actor of the sentence ``before`` goes on: "pronoun" (the
    whole subject "they"), "same" (a word of the subject names the one that acted there,
    "The committee" after "The House budget committee on Monday cut …", and the dated event
    is that one's: not a date of a thing it named), else None."""
    if len(subject) == 1 and subject[0] in _actors(language):
        return "pronoun"
    c = lang.words(language, "clauses")
    content = {w for w in subject if w.isalpha() and w not in c.FUNCTION_WORDS | c.ARTICLES}
    p = parse_sentence(text, before[0], before[1], [], mentions, language)
    m = main_clause(p) if p is not None else None
    if not content or p is None or m is None or m.verb is None or m.opener:
        return None
    acted = {t.lower for t in p.tokens[m.start : m.verb]} & content
    titles = {w.lower() for e in prior if not e.undated for w in _WORD.findall(e.title)}
    return "same" if acted & titles else None
