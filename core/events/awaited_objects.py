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
from core.events.forecasts import observers_forecast
from core.events.nominal import is_happening_noun
from core.events.parse import Sentence, When, token_at
from core.events.title_words import be_for, foreseen_measure
from core.events.titles import headline

_WHO_WORDS = 4  # the one summoned: a name or a short noun phrase
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
    lower = s.tokens[verb].lower
    participle = c.AWAITED_OBJECT.get(lower) or c.SCHEDULED_OBJECT.get(lower)
    if participle is None or when is None or verb == 0 or when.timex.type != "DATE":
        return ""  # (a time of day, "expected gales overnight", may be the expecting's own)
    scheduled = lower not in c.AWAITED_OBJECT
    before = s.tokens[verb - 1].lower
    if before in c.AUX and not (scheduled and before in c.HAVE):
        return ""  # "was expected", "had expected": not a plain expecting of a thing to come
    at = token_at(s.tokens, when.timex.start)
    after = next((k for k in range(at, len(s.tokens)) if k not in s.drop), None)
    if after is not None and s.tokens[after].lower == c.TO:
        return ""  # "expect the council this month to approve …": who is to act, no thing
    end = at - 1 if s.tokens[at - 1].lower in c.PREPOSITIONS else at
    if scheduled and not _scheduled_for(s, verb, end, c):
        return ""
    words = s.tokens[verb + 1 : end]
    if not words or len(words) > _OBJECT_WORDS or words[0].lower in c.PREPOSITIONS:
        return ""  # ("expected in May a ruling": the date before the object, the expecting's)
    if any(_breaks_object(w.text, w.lower, c) for w in words):
        return ""
    told = [s.tokens[verb].text] + [w.text for w in words]
    if foreseen_measure(told, c) or observers_forecast(subject.split(), c):
        return ""  # "Economists expected a rise in inflation in March": a forecast, none
    # the head noun, before the object's own phrases ("a ruling on the appeals" is one)
    head = next((k for k, w in enumerate(words) if k and w.lower in c.PREPOSITIONS), len(words))
    noun = words[head - 1].lower
    if noun in _anchors(s.language).TIME_NOUNS:
        return ""  # "expects a lean season for growers in 2031": a year's outlook
    tense = c.SCHEDULED_BE_PAST if scheduled and lower not in c.SCHEDULED_PRESENT else c.AWAITED_BE
    be = be_for(noun, tense, _anchors(s.language).SINGULAR_ENDINGS)
    thing = s.text[words[0].start : words[-1].end]
    if scheduled:  # ("have called a crisis meeting for Tuesday": the meeting's date too)
        thing = _owner_made_the(thing, s.language)  # "its annual dinner": the one set
    return headline(thing, f"{be} {participle}", language=s.language)


def _breaks_object(text: str, lower: str, c: ModuleType) -> bool:
    """Whether a word ends the object's noun phrase: a clause's word, a figure, a mark."""
    if not text[:1].isalnum() or text[:1].isdigit():
        return True
    return lower in c.AUX or lower == c.TO or lower == c.THAT or lower in c.COORDINATORS


def _scheduled_for(s: Sentence, verb: int, end: int, c: ModuleType) -> bool:
    """Whether the scheduling verb at ``verb`` sets its object for the date after ``end``:
    the plan's preposition ("for") before the date and a happening's noun before it ("set
    the vote for June 9"; not "set a record on May 3", "fixed prices for May")."""
    if end == 0 or s.tokens[end].lower not in c.SCHEDULED_FOR:
        return False
    return any(_happening_noun(w.lower, s.language) for w in s.tokens[verb + 1 : end])


def _happening_noun(word: str, language: str) -> bool:
    """ "vote", "by-election" (by its last part): a noun naming a happening."""
    last = word.rsplit("-", 1)[-1]
    return last in _anchors(language).MOVED_HAPPENING_NOUNS or is_happening_noun(last, language)


def _owner_made_the(thing: str, language: str) -> str:
    """ "its annual dinner" → "the annual dinner": the owner's word a title needs not."""
    first, _, rest = thing.partition(" ")
    return f"the {rest}" if rest and first.lower() in _anchors(language).MOVED_OWNERS else thing


def cancelled_plan(s: Sentence, verb: int, when: When | None) -> bool:
    """Whether the verb at ``verb`` calls off a happening planned for ``when``: "The guild
    cancelled the fair planned for May 9", "called off the march set for June 2". The date
    is the abandoned plan's: no happening is on it (and the cancelling is not dated by it).
    A date right after the verb's object with no plan's preposition ("cancelled 30 flights
    on Monday") dates the cancelling and stays."""
    c = _clauses(s.language)
    lower = s.tokens[verb].lower
    if when is None or verb + 1 >= len(s.tokens):
        return False
    particle = c.CANCELLED_PLAN_PHRASAL.get(lower)
    if lower not in c.CANCELLED_PLAN and not (particle and s.tokens[verb + 1].lower == particle):
        return False
    at = token_at(s.tokens, when.timex.start)
    return at > verb + 1 and s.tokens[at - 1].lower in c.SCHEDULED_FOR


def summoned_title(s: Sentence, verb: int, when: When | None) -> str:
    """The title of what the summoned one is to do on ``when``: "The inquiry has summoned Ms
    Pike to testify on June 4" → "Ms Pike is to testify" (the testifying's date, not the
    summoning's); "" with no verb of summoning after "has", or no name or noun phrase then
    "to" and a short infinitive right before the date ("summoned him to …": no one named)."""
    c = _clauses(s.language)
    if when is None or s.tokens[verb].lower not in c.SUMMONED_TO:
        return ""
    if not verb or s.tokens[verb - 1].lower not in c.PRESENT_PERFECT_AUX:
        return ""  # "summoned her to testify in May", a story's, keeps its summoning
    at = token_at(s.tokens, when.timex.start)
    end = at - 1 if s.tokens[at - 1].lower in c.PREPOSITIONS else at
    to = next((k for k in range(verb + 1, end) if s.tokens[k].lower == c.TO), None)
    if to is None or not verb + 1 < to <= verb + 1 + _WHO_WORDS or not to + 1 < end:
        return ""
    who, does = s.tokens[verb + 1 : to], s.tokens[to + 1 : end]
    if len(does) > _OBJECT_WORDS or any(_breaks_object(w.text, w.lower, c) for w in who + does):
        return ""
    if not (who[0].text[:1].isupper() or who[0].lower in c.DETERMINERS):
        return ""  # ("him", "them": no one to name)
    thing = _owner_made_the(s.text[who[0].start : who[-1].end], s.language)
    does_text = s.text[does[0].start : does[-1].end]
    return headline(thing, f"{c.SUMMONED_BE} {does_text}", language=s.language)
