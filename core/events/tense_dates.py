"""A date the happening's own tense cannot take.

A clause told in the present or ahead ("The inspectors are reviewing a report from last
October", "The company expects to restate its results for 2024") does not happen at a time
wholly gone by when the article was written: such a date belongs to a thing the clause names
(the report, the results), to a comparison or to an older story. The engine cannot always tell
which, and a missing date beats a wrong one, so the happening keeps no such date. The tense is
read from the title, which keeps the clause's verb as the article wrote it; a date that belongs
to the saying ("…, the ministry said on Monday") stays the report's time.

>>> told_now("The inspectors are reviewing a report"), told_now("The company expects to gain")
(True, True)
>>> told_now("Prices rose"), told_now("Output has risen"), told_now("He would visit Paris")
(False, False, False)
>>> told_now("Sales figures rose"), told_now("Sinn Fein says the talks failed")
(False, False)
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events import past_future
from core.events.infinitives import infinitive_at
from core.events.perfect_dates import perfect_refuses, told_before_saying
from core.events.week_days import weekday_named
from core.temporal.tagger import Timex
from core.temporal.tense import nearest_verb_before, says_ahead
from core.timeval import TimeValue, parse_value

_QUOTED = re.compile(r"[“\"].*?(?:[”\"]|$)")
_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")
_NAME = "_"  # a title's capitalised word past its first, read as no word of the language
_PUNCTUATION = re.compile(r"[^\w\s]")
# A quarter or a half year: the period of a figure ("a third-quarter loss"), whatever verb tells it.
_QUARTER = re.compile(r"-(?:Q[1-4]|H[12])$")
# How many words before a date a verb of saying governs it ("said on Monday", "announced late
# last week").
_SAYING_REACH = 4
# How far into a title a plain present after a plural subject is read ("Most analysts expect").
_PLURAL_SUBJECT_WORDS = 3
# How many words may stand before a date that opens its sentence ("And just last month").
_FRONTED_WORDS = 3


@cache
def _words(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def told_now(title: str, language: str = "en") -> bool:
    """Whether the title's clause is told in the present or ahead: its first verb a present
    "is"/"are", a present form ("expects", "purports"), "will"/"shall" or a present modal
    ("must", "may") not before "have" — not a past, a perfect, "would"/"could" (a past's
    future or a past ability) or a verb of saying or showing before a past (what is said or
    shown keeps its own tense)."""
    c = _words(language)
    if not c.PRESENT_TAKES_NO_PAST_DATE:
        return False
    # a capital past the first word is a name's, no verb: "Bombing of Pan Am Flight 103",
    # "Vote in May"
    words = [
        w.lower() if not k or not w[:1].isupper() else _NAME
        for k, w in enumerate(_WORD.findall(_QUOTED.sub(" ", title)))
    ]
    verb = _first_verb(words, c)
    if verb is None:
        return False
    word, after = words[verb], words[verb + 1 : verb + 3]
    if after[:1] and after[0] in c.HAVE and after[1:] != [c.TO]:
        return False  # "may have met", "will have finished": a perfect looks back (not "will
        # have to draw on reserves", a need ahead)
    rest = words[verb + 1 :]
    if any(w.endswith(c.GERUND) and p in c.PREPOSITIONS for p, w in pairwise(rest)):
        return False  # "is charged with killing …": the date may be the killing's
    if word in c.BE_FINITE:
        return word not in c.BE_PAST
    if word in (c.FUTURE - c.HYPOTHETICAL) | c.PRESENT_MODALS | c.DO_PRESENT:
        return True
    if word in c.AUX or c.is_past(word):
        return False  # a past, a perfect, "would", "could", "did"
    # "Statistics indicate the deficit tripled in 1986": what is said or shown has its own
    # tense ("Pak estimates her properties", nothing past after it, is told now)
    if set(c.lemmas(word).get("VERB", ())) & (c.DATE_OF_SAYING_VERBS | c.SHOWING_VERBS):
        return not any(c.is_past(w) for w in words[verb + 1 :])
    return True


def _first_verb(words: list[str], c: ModuleType) -> int | None:
    """The index of the title's first verb after its subject's first word: an auxiliary, a
    past form, or a present form ("expects"); a form that may be a plural noun as well
    ("estimates", "shares") only before a determiner and when no other verb follows ("Sales
    figures rose")."""
    maybe = None
    for k in range(1, len(words)):
        word = words[k]
        if word in c.AUX:
            return k
        if c.is_past(word) and ("NOUN" not in c.lemmas(word) or maybe is not None):
            return k  # ("rose" is a noun too: after "Sales figures" it is the verb)
        if not word.endswith(c.THIRD_PERSON_ENDS):
            if k <= _PLURAL_SUBJECT_WORDS and _plural_present(words, k, c):
                return k  # "Analysts expect the bank to report …"
            continue
        forms = c.lemmas(word)
        verbs = forms.get("VERB", ())
        if not verbs or word in verbs:
            continue
        if "NOUN" not in forms:
            return k
        if maybe is None and words[k + 1 : k + 2] and words[k + 1] in c.DETERMINERS:
            maybe = k  # "Pak estimates her properties", not "Foreign ministers of …"
    return maybe


def _plural_present(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is a plain present after a plural subject ("Analysts expect"):
    a verb's own form and nothing else (no noun, adjective or preposition), right after a
    plural noun or a plural pronoun."""
    word, subject = words[k], words[k - 1]
    forms = c.lemmas(word)
    if set(forms) != {"VERB"} or word not in forms["VERB"] or word in c.FUNCTION_WORDS:
        return False  # ("near": a preposition, an adjective and a verb)
    plural = subject.endswith(c.THIRD_PERSON_ENDS) and "NOUN" in c.lemmas(subject)
    return plural or subject in c.PLURAL_PRONOUNS


def gone_by(value: TimeValue, published: datetime) -> bool:
    """Whether ``value`` ends before the publication day begins."""
    day = published.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    return value.end <= day


def said_then(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether a verb of saying in the past governs ``timex`` ("…, the ministry said on
    Monday", "Cuba predicted Wednesday"): the date is the report's, not the content's."""
    c = _words(language)
    words = [w.lower() for w in _WORD.findall(text[max(0, timex.start - 60) : timex.start])]
    for k in range(max(0, len(words) - _SAYING_REACH), len(words)):
        lower = words[k]
        if k and words[k - 1] in c.ARTICLES | c.POSSESSIVE_PRONOUNS:
            continue  # "to keep the reported 1989 profit": an adjective, no saying
        if c.is_past(lower) and set(c.lemmas(lower).get("VERB", ())) & c.DATE_OF_SAYING_VERBS:
            return True
    return False


def fronted(text: str, sentence_start: int, timex: Timex) -> bool:
    """Whether ``timex`` opens its sentence, at most a few words before it ("And just last
    month, a policeman is killed …"): a date set before the clause dates all of it, and a
    present after it tells the past as a story does."""
    return len(_WORD.findall(text[sentence_start : timex.start])) <= _FRONTED_WORDS


def keeps_date(
    title: str, value: TimeValue, until: TimeValue | None, published: datetime, text: str,
    timex: Timex, language: str = "en", sentence_start: int = 0, back: bool = False,
) -> bool:  # fmt: skip
    """Whether a happening titled ``title`` may take ``value`` (to ``until``, from ``timex``;
    ``back``: a span counted back to now):
    not when it is told in the present or ahead and the date is gone by, unless the date is
    the saying's or opens the sentence.

    >>> from core.timeval import parse_value
    >>> from core.temporal.tagger import Timex
    >>> text = "The inspectors are reviewing a report from last October."
    >>> timex = Timex(45, 57, "last October", "DATE", "2024-10")
    >>> published = datetime(2025, 3, 12, 10)
    >>> month = parse_value("2024-10")
    >>> keeps_date("The inspectors are reviewing a report", month, None, published, text, timex)
    False
    >>> keeps_date("Prices rose", month, None, published, text, timex)
    True
    """
    if year_of_a_thing(title, text, timex, sentence_start, language):
        return False
    if habit(title, language):
        return False  # "Wheat sowing normally begins in May": what is done each year
    if perfect_refuses(title, value, until, published, text, timex, language, sentence_start, back):
        return False  # "Chad said on Friday its troops had taken the town": not on Friday
    if ahead_of_a_past(title, value, published, text, timex, language, sentence_start):
        return False
    if past_future.refuses(title, until or value, published, text, timex, language, sentence_start):
        return False  # "said it would review the floods of three years ago"
    ahead = value.start > published.replace(tzinfo=None) or (
        gone_by(until or value, published) and not told_before(title, language)
    )  # (not "this year", which holds the clause's time as well)
    if ahead and infinitive_aside(title, text, timex, language, sentence_start):
        return False  # "would look for ways around the ruling to sell the farm by June 30"
    if not gone_by(until or value, published) or not told_now(title, language):
        return True  # (a span running up to now is no time gone by: "runs from May to July")
    return said_then(text, timex, language) or fronted(text, sentence_start, timex)


def habit(title: str, language: str = "en") -> bool:
    """Whether the title tells a habit: a word of habit before a verb in the plain present
    ("Sowing normally begins", "The fair is usually held") or after one ("Shops close every
    day", "The market opens each Monday"); not in the past or ahead ("was often cited", "will
    always open").

    >>> habit("Wheat sowing normally begins"), habit("The fair is usually held")
    (True, True)
    >>> habit("The team played every minute"), habit("Generally favorable weather helped")
    (False, False)
    >>> habit("The market opens each Monday"), habit("The partners each own a third")
    (True, False)
    """
    c = _words(language)
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    marks = c.HABIT_WORDS | c.HABIT_BEFORE_UNIT  # ("each" only before a unit, below)
    k = next((i for i, w in enumerate(words) if w in marks), None)
    if not k or any(w in c.AUX - c.BE_FINITE for w in words[:k]):
        return False  # ("will make every effort", "had often cited")
    before, after = words[k - 1], words[k + 1 : k + 2]
    if before in c.BE_FINITE - c.BE_PAST and words[k] not in c.HABIT_BEFORE_UNIT:
        return True  # "is usually held"; not "are each worth"
    if words[k] in c.DETERMINERS:  # "Shops close every day"; not "make every effort"
        units = lang.words(language, "calendar")
        unit = after and (after[0].rstrip("s") in units.UNITS or after[0] in units.WEEKDAYS)
        return bool(unit) and _plain_present(before, c)
    # "Sowing normally begins"; not "imports oil annually", "was often cited"
    return bool(after) and not c.is_past(before) and _plain_present(after[0], c)


def _plain_present(word: str, c: ModuleType) -> bool:
    """A verb's present form ("begins", "open"), no auxiliary, past or gerund."""
    if word in c.AUX or c.is_past(word) or word.endswith(c.GERUND):
        return False
    return "VERB" in c.lemmas(word) and word not in c.FUNCTION_WORDS


def told_before(title: str, language: str = "en") -> bool:
    """Whether the title's clause is told in the past or a perfect: its first verb a simple
    past ("rejected"), "was"/"were", or "has"/"had" before a participle ("has cancelled").

    >>> told_before("The union rejected the offer"), told_before("The bank has cut its rate")
    (True, True)
    >>> told_before("Fares have been raised")
    True
    >>> told_before("The ship has to be ready"), told_before("The firm will pay a dividend")
    (False, False)
    """
    c = _words(language)
    # (a compound's word is no verb: "the par-priced issue will be redeemed")
    words = [w.lower() for w in _QUOTED.sub(" ", title).split() if _WORD.fullmatch(w)]
    verb = _first_verb(words, c)
    if verb is None or told_now(title, language):
        return False
    ahead = c.FUTURE | c.PRESENT_MODALS | c.DO_PRESENT | (c.BE_FINITE - c.BE_PAST)
    if set(words) & ahead or any(_present_form(w, c) for w in words[1:verb]):
        return False  # "Counsel Corp plans a stock split": "split" is its object
    word, after = words[verb], words[verb + 1 : verb + 2]
    if word in c.HAVE:  # "has cancelled", "have been revised"
        return bool(after) and (after[0] == c.BEEN or c.is_past(after[0]))
    return word in c.BE_PAST | c.DO_PAST or (word not in c.AUX and c.is_past(word))


def _present_form(word: str, c: ModuleType) -> bool:
    forms = c.lemmas(word).get("VERB", ())
    return word.endswith(c.THIRD_PERSON_ENDS) and bool(forms) and word not in forms


def ahead_of_a_past(
    title: str, value: TimeValue, published: datetime, text: str, timex: Timex,
    language: str = "en", sentence_start: int = 0,
) -> bool:  # fmt: skip
    """Whether a clause told in the past ("The union rejected an offer to extend the contract
    through June 30", "has cancelled the auction on May 4") would take a date wholly after the
    publication day: that date is a thing's (a term, a plan, a maturity), unless a verb of the
    future governs it ("was set for next Wednesday") or the clause's verb looks ahead ("hoped
    to travel next week"; arranging, "has called a meeting for 12 June", only outside a past
    perfect: "had invited bids up to May 7" was done before, whatever it set up).

    >>> text = "The union rejected an offer to extend the contract through June 30."
    >>> june = Timex(58, 65, "June 30", "DATE", "1987-06-30")
    >>> day = parse_value("1987-06-30")
    >>> ahead_of_a_past("The union rejected an offer", day, datetime(1987, 3, 13), text, june)
    True
    """
    c = _words(language)
    day = published.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if not c.PAST_TAKES_NO_DAY_AHEAD or value.start < day + timedelta(days=1):
        return False
    if not told_before(title, language) or fronted(text, sentence_start, timex):
        return False  # ("As of March 3, the fund held …": a date set before the clause dates it)
    if value.start == day + timedelta(days=1) and weekday_named(timex, language):
        return False  # "flew Tuesday" in a Monday article that names Tuesday as the next day
        # too: a story told for the next day (``core.temporal.weekdays.same_weekday_ahead``)
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    k = _first_verb(words, c) or 0
    looking_ahead = c.INFINITIVE_VERBS | lang.words(language, "events").ATTITUDE
    if not told_before_saying(title, language):
        looking_ahead |= c.ARRANGING_VERBS  # "had invited bids up to May 7": set up before
    if any(set(c.lemmas(w).get("VERB", ())) & looking_ahead for w in words[k : k + 2]):
        return False  # "hoped to travel", "has called a meeting for 12 June"
    # an infinitive after the past looks ahead for itself, not for the clause ("suspended
    # payments in order to start talks next month"), unless it is the verb's own complement
    # ("voted to close", "was due to start", "were told to expect")
    # (or a reported clause's: "said the plant needs to be rebuilt in May")
    takers = c.INFINITIVE_TAKERS | c.DATE_OF_SAYING_VERBS
    governed = words[k] in c.BE or any(
        set(c.lemmas(w).get("VERB", ())) & takers for w in words[k : k + 3]
    )
    return not says_ahead(text, timex.start, timex.end, language, infinitives=governed)


def infinitive_aside(
    title: str, text: str, timex: Timex, language: str = "en", sentence_start: int = 0
) -> bool:
    """Whether ``timex`` follows an infinitive the title left out and its clause's verb does
    not take ("would look for ways around the ruling to sell the farm by June 30"): the date
    is that infinitive's, not the clause's; a verb's own complement keeps it ("will vote to
    close the depot by May 2").

    >>> text = "The club would look for ways around the fine to sell the pitch by May 1."
    >>> may = Timex(63, 68, "May 1", "DATE", "2031-05-01")
    >>> infinitive_aside("The club would look for ways around the fine", text, may)
    True
    """
    c = _words(language)
    if not c.INFINITIVE_TAKERS:
        return False
    found = list(_WORD.finditer(text, sentence_start, timex.start))
    between = [m.group(0) for m in found]
    opens = [k for k in range(len(between) - 1) if infinitive_at(between, k, c)]
    if not opens:
        return False
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    marker = opens[-1]
    if between[marker + 1] in c.AUX or (
        marker and set(c.lemmas(between[marker - 1].lower()).get("VERB", ())) & c.INFINITIVE_TAKERS
    ):
        return False  # "plans to repeat it in May"; "a dividend, to be paid on 16 June"
    if not words or between[marker + 1].lower() in words:
        return False  # the title holds the infinitive: "voted to close the depot"
    k = _first_verb(words, c)
    told = {w.lower() for w in between[:marker]}
    if k is None or words[k] not in told or words[-1] not in told:
        return False  # ("To save money, the firm will shut the plant by June": before it)
    if nearest_verb_before(text, timex.start, timex.end, language) > found[marker + 1].start():
        return False  # ("to cut costs when he meets them next week": the meeting's date)
    takers = c.INFINITIVE_TAKERS | c.DATE_OF_SAYING_VERBS
    return not any(set(c.lemmas(w).get("VERB", ())) & takers for w in words[k : k + 3])


def date_of_a_thing(
    title: str, text: str, timex: Timex, sentence_start: int, published: datetime,
    language: str = "en",
) -> bool:  # fmt: skip
    """Whether ``timex`` was refused as a thing's date, not for the clause's tense: a year
    before the object's noun, or a day ahead of a clause told in the past."""
    value = parse_value(timex.value)
    return year_of_a_thing(title, text, timex, sentence_start, language) or (
        value is not None
        and ahead_of_a_past(title, value, published, text, timex, language, sentence_start)
    )


def year_of_a_thing(
    title: str, text: str, timex: Timex, sentence_start: int = 0, language: str = "en"
) -> bool:
    """Whether ``timex`` is a year written before a noun after the clause's verb ("the
    meeting approved the bank's 1986 accounts", "would pay a 1986 dividend", "asked the court
    to review a 1986 ruling"): it says which thing is meant, not when the clause happened.
    Inside a phrase of time ("won a seat in the 1984 election") it still dates the clause, and
    so it does before a figure measured over the year ("reported 1986 net profit") or a time
    noun ("the 1986/87 season").

    >>> text = "The meeting approved the bank's 1986 accounts."
    >>> year = Timex(32, 36, "1986", "DATE", "1986")
    >>> year_of_a_thing("The meeting approved the bank's accounts", text, year)
    True
    >>> text = "He won a seat in the 1984 election."
    >>> year_of_a_thing("He won a seat", text, Timex(21, 25, "1984", "DATE", "1984"))
    False
    """
    c = _words(language)
    if timex.type != "DATE" or not re.match(c.YEAR_BEFORE_NOUN, timex.text):
        return False  # ("at about 2200 hrs": a clock time)
    verb = _verb_word(title, c)
    before = [w.lower() for w in _WORD.findall(text[sentence_start : timex.start])]
    if not before:
        return False
    after = [w.lower() for w in _WORD.findall(text[timex.end : timex.end + 60])]
    phrase = after[: c.YEAR_NOUN_REACH]
    nouns = c.FIGURE_NOUNS | lang.words(language, "anchors").TIME_NOUNS
    if not phrase or phrase[0] in c.NOT_BEFORE_VERB | c.AUX or set(phrase) & nouns:
        return False  # "in 1986 to …": no noun after it; "1986 net profit", "1986/87 season"
    owner = before[-1].endswith(c.POSSESSIVE_ENDINGS)  # "the bank's 1986 …"
    words = 1 if before[-1] in c.DETERMINERS or owner else 0
    last_but_one = before[-2] if len(before) > 1 else ""
    if last_but_one in c.DETERMINERS and (owner or before[-1] not in c.NOT_BEFORE_VERB):
        words = 2  # "the bank's 1986 …", "a poor 1986 harvest"
    governs = before[-words - 1] if len(before) > words else ""
    if governs in c.BE:
        return False  # "one of the deals was the 1984 merger": the noun is what is told
    if governs == verb or (governs in title.lower().split() and _may_be_verb(governs, c)):
        return True  # "approved the bank's 1986 accounts", "cut its 1985 dividend"
    # "gave any indication of the likely 1986 dividend": a phrase of the verb's object
    return words > 0 and governs in c.PREPOSITIONS - c.WHEN_PREPOSITIONS and verb in before


def _may_be_verb(word: str, c: ModuleType) -> bool:
    return word not in c.FUNCTION_WORDS and "VERB" in c.lemmas(word)


def _verb_word(title: str, c: ModuleType) -> str | None:
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    verb = _first_verb(words, c)
    return None if verb is None else words[verb]


def prospect_with(text: str, timex: Timex, published: datetime, language: str = "en") -> bool:
    """Whether ``timex`` lies ahead of publication inside a "with" phrase and its participle
    after the clause ("The council approved the plan, with work earmarked for next summer"):
    the phrase's prospect, not when the clause happened.

    >>> text = "The council approved the plan, with work earmarked for next summer."
    >>> summer = Timex(55, 66, "next summer", "DATE", "2026-SU")
    >>> prospect_with(text, summer, datetime(2025, 10, 14))
    True
    """
    found = re.search(
        lang.words(language, "anchors").WITH_PARTICIPLE_BEFORE,
        text[max(0, timex.start - _WITH_REACH) : timex.start],
        re.I,
    )
    value = parse_value(timex.value)
    return found is not None and value is not None and value.start > published


# How far before a date its "with" phrase may open ("with the first of the six trams pencilled
# in for").
_WITH_REACH = 80


def figure_period(value: TimeValue) -> bool:
    """Whether ``value`` is a quarter or a half year: the period of a figure ("expects to
    report a third-quarter loss"), which a clause told now may keep when it has no other date.

    >>> from core.timeval import parse_value
    >>> figure_period(parse_value("1989-Q3")), figure_period(parse_value("1989"))
    (True, False)
    """
    return bool(_QUARTER.search(value.value))
