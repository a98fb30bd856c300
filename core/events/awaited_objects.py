"""A happening awaited, told as a verb of awaiting's object with its date after it: "The
ferry line said it expected a safety audit in the autumn" dates the audit, not the expecting,
so its title tells the audit ("A safety audit is expected"), the way a reader takes it.

The verbs and the present of "be" are the language's (``AWAITED_OBJECT``, ``AWAITED_BE``); a
language without them reads none.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.forecasts import _observers
from core.events.parse import Sentence, When, token_at
from core.events.title_words import be_for, foreseen_measure
from core.events.titles import headline

_OBJECT_WORDS = 8  # an object longer than this is a clause or a list, not one thing awaited


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _anchors(language: str) -> ModuleType:
    return lang.words(language, "anchors")


def awaited_title(s: Sentence, subject: str, verb: int, when: When | None) -> str:
    """The title of the object the verb at ``verb`` awaits when ``when`` closes that object
    ("expected a safety audit | in | the autumn" → "A safety audit is expected");
    "" when the verb awaits nothing so told: no verb of awaiting, a passive ("was expected
    in May" is the thing's own clause), an infinitive or a clause after the object
    ("expected sales to rise"), a figure ("a profit of 3 million"), a forecast of a measure
    or an onlooker's (``core.events.forecasts``)."""
    c = _clauses(s.language)
    participle = c.AWAITED_OBJECT.get(s.tokens[verb].lower) if when is not None else None
    if participle is None or when is None or verb == 0 or when.timex.type != "DATE":
        return ""  # (a time of day, "expected gales overnight", may be the expecting's own)
    if s.tokens[verb - 1].lower in c.AUX:
        return ""  # "was expected", "had expected": not a plain expecting of a thing to come
    at = token_at(s.tokens, when.timex.start)
    after = next((k for k in range(at, len(s.tokens)) if k not in s.drop), None)
    if after is not None and s.tokens[after].lower == c.TO:
        return ""  # "expect the council this month to approve …": who is to act, no thing
    end = at - 1 if s.tokens[at - 1].lower in c.PREPOSITIONS else at
    words = s.tokens[verb + 1 : end]
    if not words or len(words) > _OBJECT_WORDS or words[0].lower in c.PREPOSITIONS:
        return ""  # ("expected in May a ruling": the date before the object, the expecting's)
    if any(_breaks_object(w.text, w.lower, c) for w in words):
        return ""
    told = [s.tokens[verb].text] + [w.text for w in words]
    if foreseen_measure(told, c) or _observers(subject.split(), c):
        return ""  # "Economists expected a rise in inflation in March": a forecast, none
    # the head noun, before the object's own phrases ("a ruling on the appeals" is one)
    head = next((k for k, w in enumerate(words) if k and w.lower in c.PREPOSITIONS), len(words))
    noun = words[head - 1].lower
    if noun in _anchors(s.language).TIME_NOUNS:
        return ""  # "expects a lean season for growers in 2031": a year's outlook
    be = be_for(noun, c.AWAITED_BE, _anchors(s.language).SINGULAR_ENDINGS)
    thing = s.text[words[0].start : words[-1].end]
    return headline(thing, f"{be} {participle}", language=s.language)


def _breaks_object(text: str, lower: str, c: ModuleType) -> bool:
    """Whether a word ends the object's noun phrase: a clause's word, a figure, a mark."""
    if not text[:1].isalnum() or text[:1].isdigit():
        return True
    return lower in c.AUX or lower == c.TO or lower == c.THAT or lower in c.COORDINATORS
