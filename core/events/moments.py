"""A date the tagger read against the publication moment, checked against the happening's
tense: the tagger sees the time expression, the title says whether it happened or will.

"Hartley conceded at 11:40 p.m." in an article published at 07:15 the next morning: a past
happening at a clock time not yet reached on the publication day was the night before.
"Roads will stay closed until Tuesday" in a Friday article: a future happening on a bare
weekday read as the one gone by is the coming one.

>>> from datetime import datetime
>>> published = datetime(2024, 11, 6, 7, 15)
>>> settled("2024-11-06T23:40", "11:40 p.m.", "Hartley conceded", published)
'2024-11-05T23:40'
>>> settled("2024-11-06T23:40", "11:40 p.m.", "The count will end", published)
'2024-11-06T23:40'
>>> settled("2025-09-09", "Tuesday", "Roads will stay closed", datetime(2025, 9, 12))
'2025-09-16'
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from types import ModuleType

from core import lang
from core.temporal.tense import FUTURE, direction, plan_noun_after_past
from core.timeval import is_day_value

_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}(?::\d{2}){0,2})$")
_END_OF_DAY = "T24:00"
_DAY_START = "T00:00"
_MONTH_OR_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?$")
_QUOTED = re.compile(r"[“\"].*?(?:[”\"]|$)")
_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")


@cache
def _words(language: str) -> tuple[ModuleType, frozenset[str]]:
    c = lang.words(language, "clauses")
    calendar = lang.words(language, "calendar")
    return c, frozenset(w.lower() for w in calendar.WEEKDAYS)


@cache
def _future_form(language: str) -> re.Pattern[str]:
    """A word the future's own ending makes one ("sera", "cerrará"); never matching where
    the language's data give no such forms (its futures are words of ``FUTURE``)."""
    forms = lang.words(language, "tense").FUTURE_FORMS
    return re.compile(forms or r"(?!)", re.IGNORECASE)


def _gone_by(day: date, clock: str, before: str, c: ModuleType) -> str:
    """``clock`` on the day before ``day``, a time the article's day had not reached; a
    midnight "at" which something happened is ``day``'s first minute ("walked out at
    midnight"), "shortly before midnight" the day before's end."""
    last = before.split()[-1:]
    if clock == _END_OF_DAY and last and last[0].lower() in c.MIDNIGHT_OPENS:
        return f"{day.isoformat()}{_DAY_START}"
    return f"{(day - timedelta(days=1)).isoformat()}{clock}"


def settled(
    value: str, written: str, title: str, published: datetime, language: str = "en",
    before: str = " on ", clock_known: bool = True, sentence_ahead: bool | None = None,
) -> str:  # fmt: skip
    """``value`` moved to the day the title's tense points to, or as it was. ``before`` is
    the text before the time expression (a weekday moves only after a preposition: "will
    proceed …, Cuba predicted Wednesday" dates the prediction); ``clock_known``: whether the
    publication's time of day is known (else no clock time is later than it);
    ``sentence_ahead``: for a day in the possessive, whether its sentence looks ahead (see
    ``possessive_ahead``), which the title's own present or modal cannot tell."""
    c, weekdays = _words(language)
    # a quotation's words are the speaker's, and the title's happening is the saying
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    # "would" is the future of a past ("said it would look into Wednesday's ruling")
    ahead_words = (c.FUTURE - c.HYPOTHETICAL) | c.SCHEDULED_AHEAD
    marks = [k for k, w in enumerate(words) if w in ahead_words]
    first = marks[0] if marks else len(words)
    # "The council said the bridge will reopen": the saying comes first, and it is past
    # (a past form after an article is an adjective: "a revised plan is due in the spring")
    past = any(
        c.is_past(w) and w not in c.BE_FINITE and words[k - 1] not in c.ARTICLES
        for k, w in enumerate(words[:first])
        if k
    )
    ahead = bool(marks) and not past
    past = past and not any(w in c.MODALS for w in words[:first])
    clock = _TIME.match(value)
    # (a day's end, "T24:00", is past the writing whether or not its time of day is known:
    # "The ban took effect at midnight" is the midnight gone by; "said they would walk out at
    # midnight" is the coming one, whatever the saying's tense; so is any clock time a
    # future of the past tells: "said the last train would leave at 7.30pm")
    end_of_day = bool(clock) and clock.group(2) == _END_OF_DAY
    foretold = bool(clock) and any(w in c.FUTURE for w in words)
    known = clock_known or end_of_day
    if (
        clock
        and known
        and past
        and not foretold
        and value > published.isoformat(timespec="minutes")
        and (end_of_day or _half_a_day_on(clock.group(2), published))
    ):
        day = date.fromisoformat(clock.group(1))
        if day == published.date():  # a time not yet reached when the article was written
            return _gone_by(day, clock.group(2), before, c)
    back = _past_put_ahead(value, written, words, before, published, past and not clock, language)
    if back:
        return back  # "The strike began on March 1" in a late-February article: last March
    if _quoted_saying(title, language):
        # "Ann Bell: “…”": the saying of a quotation is told in the past ("…,” Ann Bell said
        # in an interview on Tuesday"), whatever a name's word reads as ("Bell" a verb)
        return value
    bare_weekday = [w.lower() for w in _WORD.findall(written)] in ([d] for d in weekdays)
    after_preposition = before.split()[-1:] and before.split()[-1].lower() in c.PREPOSITIONS
    # "…, the ministry said on Monday": the saying's day, gone by whatever the title says
    said = any(
        c.is_past(w) and set(c.lemmas(w).get("VERB", ())) & c.DATE_OF_SAYING_VERBS
        for w in (w.lower() for w in _WORD.findall(before)[-2:])
    ) or _told_someone(_WORD.findall(before)[-3:], c)
    # "…, according to a report released on Monday": a participle right before the date's
    # preposition, after a noun, dates a happening of its own, gone by whatever the title says
    # ("a vote expected on Monday", "will be released on Monday" look ahead: not these)
    own = _WORD.findall(before)[-3:]
    participle = len(own) == 3 and _own_past_participle(own[1].lower(), own[0].lower(), c, language)
    # "will remain closed on Monday": the title's kept condition, however the reach cut its verb
    participle = participle and not _kept_in_title(words, own[1].lower(), c)
    after_preposition = after_preposition and not said and not participle
    # "Forecasters give a 70% chance of rain on Saturday": a plain present, nothing past or
    # perfect, tells what is planned or forecast, never a day gone by
    plain = c.PLAIN_PRESENT_AHEAD and sentence_ahead is None
    ahead = ahead or bool(sentence_ahead) or (plain and _plain_present(words, c))
    # "Temperatures could hit 38C on Saturday": a possibility, ahead like a plan
    ahead = ahead or (plain and _modal_ahead(words, c))
    # "Brandt heads off Wednesday to Oslo": a plain present right before the weekday is a
    # timetable, ahead as after a preposition
    timetable = plain and _plain_present(words, c) and _present_before(before, words, c)
    # (a day in the possessive joined to a phrase after a preposition shares it: "… by a bill
    # sale tomorrow and Friday's auction" looks ahead as its sentence does; not "would look
    # for ways to get around Wednesday's ruling", the ruling gone by)
    joined = before.split()[-1:] and before.split()[-1].lower() in c.COORDINATORS
    owned = bool(sentence_ahead) and bool(joined)
    if is_day_value(value) and ahead and bare_weekday and (after_preposition or timetable or owned):
        day = date.fromisoformat(value)
        if day < published.date():  # "will … until Tuesday": the coming Tuesday
            return (day + timedelta(days=7)).isoformat()
    season = _SEASON.match(value)
    if season and ahead and not any(ch.isdigit() for ch in written):
        year = int(season.group(1))
        if year == published.year and season.group(2) in _seasons_over(published.month):
            return f"{year + 1}-{season.group(2)}"  # "to follow in the spring" in October
    return value


def _present_before(before: str, title: list[str], c: ModuleType) -> bool:
    """Whether the word right before a date (or before its particle: "sets out") is a present
    verb of the title's, in its third person ("leaves", "heads off"): the verb the date follows."""
    near = [w.lower() for w in _WORD.findall(before)[-2:]]
    if near and near[-1] in c.PHRASAL_PARTICLES:
        near = near[:-1]
    if not near or near[-1] not in title or not near[-1].endswith(c.THIRD_PERSON_ENDS):
        return False
    verbs = c.lemmas(near[-1]).get("VERB", ())
    return bool(verbs) and near[-1] not in verbs


def _told_someone(words: list[str], c: ModuleType) -> bool:
    """Whether ``words``, the last three before a date, are a past verb of telling, whom it
    told and the date's preposition: "told reporters on Friday" (it would close the plant)
    dates the telling, gone by."""
    if len(words) != 3 or words[2].lower() not in c.SAYING_DATE_LEAD:
        return False
    verb = words[0].lower()
    return c.is_past(verb) and bool(set(c.lemmas(verb).get("VERB", ())) & c.SAYING_TO_SOMEONE)


_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
# A clock time this many hours or more past the publication's, told in the past, was the
# night before ("conceded at 11:40 p.m." at 07:15); one nearer may be told in another zone
# than the publication's, as wires are ("Dealers in Milan marked the lira down at midday",
# stamped 08:30 in New York), and is that day's (as ``core.temporal.clock`` reads it).
_ZONE_HOURS = 12


def _half_a_day_on(clock: str, published: datetime) -> bool:
    """Whether the clock ``clock`` ("T23:40") lies ``_ZONE_HOURS`` or more after the
    publication's time of day."""
    hour = int(clock[1:3])
    minute = int(clock[4:6]) if len(clock) >= 6 else 0
    return (hour - published.hour) * 60 + minute - published.minute >= _ZONE_HOURS * 60


def _quoted_saying(title: str, language: str) -> bool:
    """Whether ``title`` is a quotation's, its speaker then the quoted words."""
    r = lang.words(language, "reports")
    return r.TITLE_MARK + r.OPEN_MARK in title


def settled_span(
    value: str, written: str, until: str, title: str, published: datetime,
    language: str = "en", before: str = " on ", clock_known: bool = True,
) -> tuple[str, str]:  # fmt: skip
    """A span's first day ``value`` settled as one day alone would be, its last day
    ``until`` moved as far: "Schools will stay closed on Monday and Tuesday" in a Friday
    article is the coming Monday and Tuesday.

    >>> settled_span("2022-09-19", "Monday", "2022-09-20", "Schools will stay closed",
    ...              datetime(2022, 9, 23))
    ('2022-09-26', '2022-09-27')
    >>> settled_span("2022-09-19", "Monday", "2022-09-20", "Schools closed",
    ...              datetime(2022, 9, 23))
    ('2022-09-19', '2022-09-20')
    """
    first = settled(value, written, title, published, language, before, clock_known)
    if first == value or not (is_day_value(value) and is_day_value(first) and is_day_value(until)):
        return first, until
    moved = date.fromisoformat(first) - date.fromisoformat(value)
    return first, (date.fromisoformat(until) + moved).isoformat()


def possessive_ahead(text: str, start: int, end: int, language: str = "en") -> bool | None:
    """For a time expression in the possessive ("Friday's attack"), whether the verbs of its
    sentence look ahead; None for any other, or after "ahead of". Its title is often the
    possessive's noun alone ("Missile attack"), whose noun a present verb's test would take for
    a verb: "in response to Friday's missile attack" is past, "will urge … at Wednesday's
    meetings" ahead.

    >>> possessive_ahead("Troops struck back after Friday's missile attack.", 25, 31)
    False
    >>> possessive_ahead("Ministers will meet at Wednesday's summit in Rome.", 23, 32)
    True
    >>> possessive_ahead("The setback in Sunday's vote may force a delay.", 15, 21)
    False
    >>> possessive_ahead("Ministers will meet on Wednesday.", 23, 32) is None
    True
    """
    endings = _words(language)[0].POSSESSIVE_ENDINGS
    ending = next((e for e in endings if text.startswith(e, end)), "")
    if not ending:
        return None
    # read past the ending, as a bare day, with the verbs before it only: the verb it follows
    # tells ("will urge … at Wednesday's meetings"), not one it is the subject of ("the setback
    # in Sunday's elections may force …": the elections are past)
    ahead_of = _words(language)[0].AHEAD_OF_POSSESSIVE
    if ahead_of and re.search(ahead_of, text[max(0, start - 30) : start], re.IGNORECASE):
        return None  # "shares rose ahead of Thursday's talks": the thing follows the clause,
        # before or after publication; the title's test as for any day
    end += len(ending)
    if plan_noun_after_past(text, start, language):
        return False  # "rejected a plan to build a casino in Tuesday's referendum"
    return direction(text[:end], start, end, language) == FUTURE


def _kept_in_title(words: list[str], participle: str, c: ModuleType) -> bool:
    """Whether the title (lowercase words) ends on a keeping verb and ``participle``."""
    if len(words) < 2 or words[-1] != participle:
        return False
    return bool(set(c.lemmas(words[-2]).get("VERB", ())) & c.KEEPING_VERBS)


def _own_past_participle(word: str, before: str, c: ModuleType, language: str) -> bool:
    """Whether ``word`` is a past participle modifying the noun ``before`` it ("a report
    released"), not a verb form after an auxiliary nor one of a plan ("expected", "due")."""
    if before in c.AUX or not c.is_past(word) or "VERB" not in c.lemmas(word):
        return False
    if set(c.lemmas(before).get("VERB", ())) & c.KEEPING_VERBS:
        return False  # "will stay closed on Monday": the condition kept, no noun's participle
    t = lang.words(language, "tense")
    return word not in c.SCHEDULED_AHEAD | set(t.PLANNED_PARTICIPLES) | set(t.FUTURE_PARTICIPLES)


def _past_put_ahead(
    value: str, written: str, words: list[str], before: str, published: datetime, past: bool,
    language: str = "en",
) -> str | None:  # fmt: skip
    """A yearless day or month straight after a past verb, that the tagger put just ahead of
    publication (at most a month) for a happening told in the plain past, with no plan or
    move to a new date in the title: the same date a year back. None when it is not such a
    date."""
    c, _ = _words(language)
    found = _MONTH_OR_DAY.match(value)
    if not found or not past or not c.PLAN_OR_MOVE:
        return None
    if not _after_verb(before, c, language):
        return None  # a date after a noun ("a cutback in its supply in September", "a paid
        # holiday on May 1", "her tour of Ottawa starting on June 12"): the thing's, ahead
    if set(words) & (c.FUTURE | c.HYPOTHETICAL | c.MODALS | c.PLAN_OR_MOVE | {c.TO}):
        return None
    if any(_future_form(language).fullmatch(w) for w in words):
        return None  # "Le pont sera fermé en avril": a future of its own ending, no past
    written_words = [w.lower().rstrip(".") for w in _WORD.findall(written)]
    months = lang.words(language, "calendar").MONTHS
    if not written_words or any(w not in months for w in written_words):
        return None  # "next month", "tomorrow": relative, read right by the tagger
    if re.search(r"\d{3,}", written):
        return None
    last = before.split()[-1].lower() if before.split() else ""
    if last not in c.PLACE_AFTER:
        return None  # "extended to Nov. 20", "a cutback in its September supplies": not its own
    first = date(
        int(found.group(1)), int(found.group(2)), int(value[8:10]) if is_day_value(value) else 1
    )
    if not 0 < (first - published.date()).days <= _AHEAD_DAYS:
        return None
    return f"{first.year - 1:04d}{value[4:]}"


def _after_verb(before: str, c: ModuleType, language: str = "en") -> bool:
    """Whether the preposition before a date follows a verb in the past or its particle
    ("the union walked out in July", "talks collapsed in March"), not a noun nor a future
    ("откроет в мае": will open in May)."""
    words = before.split()
    if len(words) < 2:
        return False
    word = words[-2].lower().strip(",;")
    past = lang.words(language, "tense").PAST
    if c.IS_PAST_ANY_FINITE and not re.fullmatch(past, word):
        # ... or a passive after a past "be" ("был одобрен в марте"), or a past verb and its
        # object ("закрыла цех в марте")
        if len(words) < 3:
            return False
        verb = words[-3].lower().strip(",;")
        if verb in c.BE_PAST:
            return c.is_participle(word)
        forms = c.lemmas(word)
        return "NOUN" in forms and "VERB" not in forms and bool(re.fullmatch(past, verb))
    if word in c.VERB_PARTICLES:
        return True
    if len(words) > 2 and words[-3].lower() in c.BE_FINITE - c.BE_PAST:
        return False  # "approval is sought on April 29": a present passive, a timetable
    return c.is_past(word) and "NOUN" not in c.lemmas(word)


# How far ahead of publication a past happening's yearless date may have been put in error.
_AHEAD_DAYS = 31


def _seasons_over(month: int) -> tuple[str, ...]:
    """The seasons of a year already over by ``month`` (a northern year; winter spans two)."""
    return ("SP",) * (month > 5) + ("SU",) * (month > 8) + ("FA", "AU") * (month > 11)


def _modal_ahead(words: list[str], c: ModuleType) -> bool:
    """A title that says what may happen: a modal and a bare verb after it, nothing else
    past and no perfect ("The storm could bring rain", not "could have brought", "said")."""
    modal = next((k for k, w in enumerate(words) if w in c.HYPOTHETICAL), None)
    if modal is None or modal + 1 >= len(words) or words[modal + 1] in c.HAVE | c.BE_PAST:
        return False
    others = words[:modal] + words[modal + 2 :]  # ("hit", "put": a bare verb like a past)
    return not any(c.is_past(w) or w in c.HAVE | c.BE_PAST for w in others)


def _plain_present(words: list[str], c: ModuleType) -> bool:
    """A title in the plain present: a present verb after its subject, nothing past, no
    perfect, no saying ("Forecasters give …", not "Sales rose", "has risen", "says")."""
    if any(c.is_past(w) or w in c.HAVE | c.BE_PAST for w in words):
        return False
    saying = any(set(c.lemmas(w).get("VERB", ())) & c.SPEECH_VERBS for w in words)
    if saying or set(words) & c.MODALS:
        return False
    return any(w in c.BE_FINITE or "VERB" in c.lemmas(w) for w in words[1:3])


def present_state(title: str, language: str = "en") -> bool:
    """Whether the title tells a present state ("Exports are priced in dollars"): a present
    "is"/"are" not followed by a verb in "-ing", and nothing past, perfect or ahead — no
    happening a span counted back from publication ("the last 18 months") can date.

    >>> present_state("Most exports are priced in dollars"), present_state("Prices have risen")
    (True, False)
    >>> present_state("Exports are rising")
    False
    """
    c, _ = _words(language)
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    present = [k for k, w in enumerate(words) if w in c.BE_FINITE - c.BE_PAST]
    if not present or any(w in c.HAVE | c.BE_PAST | c.FUTURE | c.MODALS for w in words):
        return False
    after = words[present[0] + 1 : present[0] + 2]
    return not (after and after[0].endswith(c.GERUND))
