"""Which time expressions of a sentence date its happening, and which only describe a thing.

"Carver Steel sold notes due 2031 on Tuesday": Tuesday dates the sale; 2031 is the notes'
maturity, a date that describes a thing the sentence names. A wrong date is worse than a
missing one, so a sentence whose only date describes a thing gives no dated event.

>>> from core.temporal.tagger import tag
>>> from datetime import date
>>> text = "Wages rose two pct in 1986, the smallest increase since 1962."
>>> [t.text for t in tag(text, date(1987, 4, 1)) if dates_happening(text, t)]
['1986']
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from core import lang
from core.events.anchor_context import (
    _SENTENCE_END,
    _YEARS,
    _before_participle,
    _in_fronted_participle,
    _in_participle_aside,
    _is_baseline,
    _is_term,
    _modifies_noun,
    _names_a_period,
    _of_inside,
    _person_after,
    _subject_happening,
    _verb_before_range,
    describes_other,
    during_happening,
)
from core.events.anchor_cues import _Cues, _cues
from core.events.aside_objects import in_aside_object
from core.events.closing_asides import closing_aside
from core.events.contact_dates import in_contact_relative
from core.events.needle_scan import prepare
from core.events.plan_terms import contract_month, noun_plan_in
from core.events.relatives import in_relative_clause
from core.events.term_dates import names_a_term
from core.events.until_clauses import dates_until_clause
from core.temporal.tagger import Timex
from core.temporal.tense import PAST, direction, says_ahead

log = logging.getLogger(__name__)

_LOOK_BACK = 80  # characters: a clause's reach before its date
_SUBJECT_LOOK_BACK = 200  # characters: a subject and its apposition before a participle
_LOOK_AHEAD = 24
_NOUN_LOOK_AHEAD = 48  # characters: the noun phrase a date stands before
_MOVED_REACH = 200  # characters: a meeting moved, its long name, then "until May 4 from"
_OPENER_REACH = 80  # characters: how far a participle's opening phrase may go on past its date
_AGE_REACH = 72  # German "die 1968 für den wachsenden Verkehr errichtet wurde": the participle
# that tells a thing's age may stand some words after its year
_SECURITY_REACH = 60  # "1997 federal government loan stock": the security's noun after its date
_LOOK_AHEAD_RANGE = 48  # "-15 and November 5-20 delivery": a range of a trade's terms


# What a time expression may do for its clause's happening.
DATES = "dates"  # it may date it
DESCRIBES = "describes"  # it dates only a thing the sentence names: never the happening's date
MODIFIES = "modifies"  # it dates a noun ("the 1953 team", "the crash of 1929"): the happening's
# date only when the sentence has no other
TELLS_WHEN = "tells when"  # the date of the "when" clause straight after it, not its own clause's


def dates_happening(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether ``timex`` may date its clause's happening, the sentence's other dates aside."""
    return role(text, timex, language) == DATES


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def role(text: str, timex: Timex, language: str = "en") -> str:
    """What ``timex`` dates: ``DATES``, ``DESCRIBES``, ``MODIFIES`` or ``TELLS_WHEN`` (see
    above)."""
    cues = _cues(language)
    found = _role(text, timex, cues, language)
    tells = cues.when_clause and cues.when_clause.match(text[timex.end : timex.end + _LOOK_AHEAD])
    if found != DATES and timex.type == "DATE" and tells:
        return TELLS_WHEN  # "since 1998, when they won the league": the win's date
    return found


# A date's role is asked for its clause, its asides and its participle asides alike: read once
# (the same text, date and language always get the same answer).
cached_role = lru_cache(maxsize=1024)(role)


def _offset_than(timex: Timex, after: str, offset: re.Pattern[str]) -> bool:
    """Whether ``timex`` is itself how far off a plan ("opened a year later than planned"),
    its "later" its own last word; not a date a few words before it ("opened in May, two
    years later than planned": May)."""
    found = offset.match(timex.text + after)
    return found is not None and found.end("offset") == len(timex.text)


def _ends_with(before: str, ends: tuple[str, ...]) -> bool:
    """Whether the stretch before a date, its trailing spaces dropped, ends with one of
    ``ends`` in any case: a look at its last letters that rules out a pattern anchored there."""
    return before.rstrip()[-8:].lower().endswith(ends)


def _starts_ahead(text: str, timex: Timex, before: str, cues: _Cues, language: str) -> bool:
    """Whether ``timex`` is the day or month a change ahead starts, right after "from"
    ("fares will go up by 8% from 1 July": the rise's date, no yardstick; a year stays one:
    "will cost more than in 2019")."""
    if not _MONTH_OR_DAY.match(timex.value):
        return False
    froms = list(cues.from_.finditer(before))
    if not froms or len(before[froms[-1].end() :].split()) > 1:
        return False  # ("to 65 mln from 61 mln as at March 31": the figure's date)
    return says_ahead(text, timex.start, timex.end, language)


def _plan_given_up(text: str, timex: Timex, before: str, cues: _Cues) -> bool:
    """Whether ``timex`` is the date of a plan its own sentence says was given up ("The band
    hoped to release the album in March, but it was shelved": March was never a happening)."""
    if not (cues.plan_given_up and cues.plan_before and cues.plan_after):
        return False
    later = text[timex.end : timex.end + _GIVEN_UP_REACH]
    if not cues.plan_given_up.match(later):
        return False
    return bool(cues.plan_before.search(before) or cues.plan_after.match(later))


_GIVEN_UP_REACH = 140  # characters after a plan's date: "but" and the giving up

_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d")  # "next month", "May 1", not "2018"


def _role(text: str, timex: Timex, cues: _Cues, language: str) -> str:
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start]
    prepare(before)  # (asked of some forty patterns below: their needles found at once)
    after = text[timex.end : timex.end + _LOOK_AHEAD]
    ranged = cues.range_next.match(after.lstrip()) and not _season_years(timex.value, after)
    since = cues.since.search(before) and not ranged
    if since and _DAY.match(timex.value) and lang.words(language, "anchors").SINCE_AHEAD_STARTS:
        # "С 1 июня рынок будет закрыт": from a day ahead, a change then, not a running span
        # ("с 2014 года завод работает" stays one); from a day behind, what changed that
        # day, told in the past ("школи перейшли на дистанційне навчання з понеділка")
        ahead = says_ahead(text, timex.start, timex.end, language)
        past = lang.words(language, "anchors").SINCE_PAST_STARTS and (
            direction(text, timex.start, timex.end, language) == PAST
        )
        since = not ahead and not past
    if (
        since
        and cues.since_activity
        and cues.since_activity.search(before)
        and _DAY.match(timex.value)
        and not (cues.since_activity_not and cues.since_activity_not.match(timex.text))
    ):
        since = None  # "have been searching since Tuesday evening": the search began then (a
        # day's news; "has been fighting since 1976" is a state of years)
    if cues.manner_time and timex.type == "TIME" and cues.manner_time.search(before):
        return DESCRIBES  # German "über Nacht": overnight, all of a sudden; how, not when
    if not since and _lasting_since_year(text, timex, before, cues, language):
        return DESCRIBES  # German "die seit 1897 durch Lindenau fährt": a state since then
    if since or cues.record.search(before):
        # a span's start or a record's baseline, not the happening (unless a range's end
        # follows: Russian "с 10 по 20 февраля" is "from", the same word as "since")
        return DESCRIBES
    if _YEAR_OR_LONGER.match(timex.value) and cues.record_set_year.search(before):
        return DESCRIBES  # "the ground's record crowd was set in 1962": the record's age
    window = _subject_window(text, timex)
    if thing_age(before, text[timex.end : timex.end + _AGE_REACH], timex, cues, window):
        return DESCRIBES  # "the trust, founded in 1986, said …": how old the trust is
    if cues.since_baseline and cues.since_baseline.search(before):
        return DESCRIBES  # "the lowest turnout since the war ended in 1945": the baseline
    if cues.counted_apposition and cues.counted_apposition.search(before):
        return DESCRIBES  # "…, its second increase this year": a count's span
    if _since_phrase(before, after, cues):
        return DESCRIBES  # "has fallen since peaking in 2004": a running span's start
    if _from_start(before, cues):
        return DESCRIBES  # "has fallen from its peak in 1985": the change's starting point
    if describes_other(text, timex, before, after, cues):
        return DESCRIBES  # "restated its earnings for 1986", "the 1986 champion"
    level = cues.figure_level and _YEAR_TEXT.match(timex.text) and cues.figure_level.search(before)
    if level:
        return DESCRIBES  # "fell 508 points to 1738": a level, not a year
    if cues.figure_on_year and _YEAR_TEXT.match(timex.value) and cues.figure_on_year.search(before):
        return DESCRIBES  # "slid 11 pct on the prior year": the yardstick
    opener = text[timex.end : timex.end + _OPENER_REACH]
    if cues.as_deadline.match(after) or _in_fronted_participle(before, opener, cues):
        return DESCRIBES
    if cues.period_end and cues.period_end.search(before):
        return DESCRIBES  # "for the year ending tomorrow": the period's last day
    if cues.period_start and cues.period_start.search(before):
        return DESCRIBES  # "in the fiscal year beginning April 1": the period's first day
    if _YEAR_TEXT.match(timex.text) and _figure_base(before, after, cues):
        return DESCRIBES  # "the price index, base 1980, rose": the figures' yardstick
    if cues.condition and cues.condition.search(before):
        return DESCRIBES  # "if the ministers agree by September": the condition's date
    if cues.with_expected and cues.with_expected.search(before):
        return DESCRIBES  # "…, with closing expected by May": the closing's date
    needs = cues.noun_plan_needs  # what every match holds ("to be"): far rarer, tried first
    if cues.noun_plan and needs and needs.search(before) and cues.noun_plan.search(before):
        return DESCRIBES  # "underwrites a fund to be launched next month": the fund's plan
    if cues.noun_due_to and cues.noun_due_to.search(before):
        return DESCRIBES  # "isolation by Gulf states due to gather on May 9": the gathering's
    if cues.noun_planned_for and cues.noun_planned_for.search(before):
        return DESCRIBES  # "approved the budget cuts planned for 2031": the cuts' plan
    if noun_plan_in(text, timex, before, cues):
        return DESCRIBES  # "a settlement in pay negotiations slated to resume next month"
    if cues.payment and (cues.payment.match(after) or cues.payment_before.search(before)):
        return DESCRIBES  # "payment of 7.2 cts on June 18, record June 4"
    # (not "ran the yard until it closed in 1979": the closing's, its own clause's date)
    state_end = cues.state_until and cues.state_until.search(before)
    if state_end and not dates_until_clause(text, timex, language):
        return DESCRIBES  # "would stay above target until the end of 2026": a state's end
    if cues.tally_through and _DAY.match(timex.value) and cues.tally_through.search(before):
        return DESCRIBES  # "had sold 4,100 bicycles through June 9": a tally's last day
    if cues.level and cues.level.match(after):
        return DESCRIBES  # "back to the end of 1986 level": a figure's, not a happening's
    if cues.level_before and cues.level_before.search(before):
        return DESCRIBES  # "froze wages at their level of May": the figure's date
    if cues.period_ending and _DAY.match(timex.value) and cues.period_ending.match(after):
        return DESCRIBES  # "expects a record July 12 second quarter": the quarter's last day
    if _security_maturity(text, before, timex, cues):
        return DESCRIBES  # "the 5-1/2 pct 1992 bond eased": the bond's maturity
    if cues.offset_than and _offset_than(timex, after, cues.offset_than):
        return DESCRIBES  # "a year earlier than planned": how far off a plan, no date
    if cues.abandoned_plan and cues.abandoned_plan.search(before):
        return DESCRIBES  # "was originally due to fly in November": a plan given up
    if _plan_given_up(text, timex, before, cues):
        return DESCRIBES  # "planned to hold the vote on May 3 but called it off"
    if cues.negated and cues.negated.search(before) and cues.corrected.match(after):
        return DESCRIBES  # "was signed not on Monday but on Tuesday": the day it was not
    if cues.forecast_figure and len(timex.value) < 10 and cues.forecast_figure.search(before):
        return DESCRIBES  # "expects to sell two million units in 2026": the figure's period
    if cues.document_year and _YEAR_TEXT.match(timex.text) and cues.document_year.match(after):
        return DESCRIBES  # "will be disclosed in the 2016 Annual Report": the document's year
    if cues.year_compound and _YEAR_TEXT.match(timex.text) and cues.year_compound.match(after):
        return DESCRIBES  # "output of 1988-model cars": the cars' kind, not a time
    if cues.document_before and len(timex.value) == 4 and cues.document_before.search(before):
        return DESCRIBES  # "im Haushalt 2025 vorgesehen": the document's year
    if cues.counted_thing and cues.counted_thing.search(before):
        return DESCRIBES  # "weeks after the election on 4 July": the election's date
    if cues.move_noun and cues.move_noun.search(before):
        return DESCRIBES  # "reasons behind the slide of the yen to a low on Tuesday": the slide's
    if cues.moved_date and cues.moved_date.search(
        text[max(0, timex.start - _MOVED_REACH) : timex.start]
    ):
        return DESCRIBES  # "moved its annual meeting to May 5 from April 28": the meeting's
    if cues.possible_bound and cues.possible_bound.search(before):
        return DESCRIBES  # "could make landfall as early as Tuesday": a bound of what may be
    if cues.report_period and cues.report_period.search(before):
        return DESCRIBES  # "will publish its update for the second quarter on 14 August"
    if cues.deadline and _ends_with(before, cues.deadline_ends) and cues.deadline.search(before):
        return DESCRIBES  # "ordered the evacuation by Saturday noon": what is asked is due then
    if cues.bound_before and cues.bound_before.search(before):
        return DESCRIBES  # "said before the end of its year on March 31 it will": at most then
    if cues.appointment_effective and cues.appointment_effective.search(before):
        return DESCRIBES  # "named Ann Roe president, effective April 16": when she starts
    if cues.terms_after.match(after) or cues.terms_before.search(before):
        return DESCRIBES  # "June yen futures", "for shipment in July": a trade's terms
    if names_a_term(text, timex, before, after, language):
        return DESCRIBES  # "pre-Easter buying", "bills maturing in June", "the fiscal first half"
    longer = text[timex.end : timex.end + _LOOK_AHEAD_RANGE]
    if cues.terms_range.match(longer):
        return DESCRIBES  # "for November 25-December 10 delivery"
    if _month_alone(timex.text, cues) and contract_month(before, after, cues):
        return DESCRIBES  # "April crude settled 28 cts higher": a contract's month
    if timex.type == "TIME" and cues.clock_then_day.match(after):
        return DESCRIBES  # "at midnight last night": the day is the next expression's
    named = cues.name_before_year.search(before) if _YEAR_TEXT.match(timex.text) else None
    if named and named.group("name").lower() not in cues.function_words | cues.months | cues.days:
        return DESCRIBES  # "a venture called Orion 1980": a name's word
    if _WEEK.search(timex.value) and cues.period_ended.match(after):
        return DESCRIBES  # "the week ended March 21": the date after it says which week
        # (a quarter "ended Sept. 30" is read as the quarter elsewhere)
    if cues.term.search(before) or _is_term(
        before, after, cues, bool(_YEAR_TEXT.match(timex.text))
    ):
        return DESCRIBES
    if (
        _is_baseline(before, cues, after)
        and not cues.range_next.match(after.lstrip())
        and not _starts_ahead(text, timex, before, cues, language)
    ):
        return DESCRIBES
    if after.startswith(cues.possessive) and _person_after(after, cues):
        return DESCRIBES  # "Last year's winner, Piet Honda, dropped out": who, not when
    if after.startswith(cues.possessive):
        # "Monday's vote drew …": the vote's own day, and the clause's when it is the subject
        level_before, level_after = cues.possessive_level
        if level_before.search(before) and level_after.match(after):
            return MODIFIES  # "offered at Tuesday's closing level of 71": a baseline's day
        return MODIFIES if cues.possessive_object.search(before) else DATES
    if closing_aside(text, timex.start, before, after, cues):
        return DESCRIBES  # "repeated their complaint, first raised in May.": the complaint's
    if _names_a_period(before, cues) or _in_participle_aside(before, after, cues, timex.text):
        return MODIFIES
    if _closes_phrase_of_time(before, cues):
        return MODIFIES  # "fell following the bank's decision on Tuesday": the decision's
    if _before_participle(before, after, cues):
        return MODIFIES  # German "die 1963 eröffnete Brücke": the participle's date
    if in_aside_object(before, language):
        return MODIFIES  # "…, based on songs taped in March": the songs'
    after_object = _after_object_participle(before, cues)
    if after_object:
        return after_object
    subject = cues.subject_participle and cues.subject_participle.search(before)
    if subject and cues.is_participle(subject.group("participle")) and cues.verb_after.match(after):
        return MODIFIES  # "a second rocket launched in 1983 was classed …": the rocket's date
    if _in_subject_phrase(before, after, cues):
        return MODIFIES  # "the trading after the 1983 realignment came close": a yardstick
    if in_relative_clause(text, timex.start - len(before), before, cues.is_past, language):
        return MODIFIES  # "would be financed by the bank which signed a deal this week"
    if in_contact_relative(before, cues, language):
        return DESCRIBES  # "withdrew a claim it filed yesterday": the filing's day
    of = cues.of.search(before)
    if of and _verb_before_range(of.group("noun") or "", after, cues):
        of = None  # "sera organisée du 2 au 20 mars": from the 2nd, not a noun's "of"
    named = of or (_YEARS.match(timex.value) and _of_inside(before, timex.text, cues))
    if named and (named.group("noun") or "").lower() not in cues.time_nouns:
        noun_at = timex.start - len(before) + named.start("noun")
        if _subject_happening(text, noun_at, named, cues) or during_happening(text, noun_at, cues):
            return DATES  # "La réunion du 25 juin … réunira": the subject is the happening
        return MODIFIES
    noun_phrase = text[timex.end : timex.end + _NOUN_LOOK_AHEAD]  # (its last word whole)
    return MODIFIES if _modifies_noun(before, timex.text, noun_phrase, cues) else DATES


def _in_subject_phrase(before: str, after: str, cues: _Cues) -> bool:
    """Whether the date stands before the noun of a phrase inside the sentence's subject, the
    clause's verb in the past straight after that noun ("The talks after the May 3 election
    collapsed")."""
    found = cues.subject_phrase and cues.subject_phrase.search(before)
    verb = found and cues.noun_then_verb and cues.noun_then_verb.match(after)
    return bool(verb) and cues.is_past(verb.group("verb"))


def _closes_phrase_of_time(before: str, cues: _Cues) -> bool:
    """Whether the date closes the noun phrase of a phrase of time ("following Brazil's
    suspension of payments last month", "ahead of a summit next week"): words with no verb
    of their own, naming no yardstick ("ahead of schedule in May" dates its clause)."""
    found = cues.phrase_of_time and cues.phrase_of_time.search(before)
    if not found:
        return False
    phrase = found.group("phrase")
    if cues.clause_words and cues.clause_words.search(phrase):
        return False  # "following talks and agreed on Monday": a clause of its own
    words = [w.strip(".'’").lower() for w in phrase.split()]
    verbs = cues.be | cues.aux | cues.speech_verbs
    if any(w in verbs or cues.is_past(w) for w in words):
        return False
    return not any(w in cues.phrase_of_time_not for w in words)


def _security_maturity(text: str, before: str, timex: Timex, cues: _Cues) -> bool:
    """Whether the date stands between a coupon and the security it names ("the 6 pct 1997
    loan stock", "12.5 pct March 1990 bonds"): the security's maturity."""
    if cues.security_rate is None or cues.security_after is None:
        return False
    after = text[timex.end : timex.end + _SECURITY_REACH]
    # (the match at the start of what follows first: the search over all before is the dearer)
    return bool(cues.security_after.match(after) and cues.security_rate.search(before))


def _figure_base(before: str, after: str, cues: _Cues) -> bool:
    """Whether a year is the base of an index or of constant prices ("base 1980", "1980
    equals 100", "at 1980 prices"), not a time of the clause."""
    if cues.figure_base is None or cues.figure_base_after is None or cues.price_base is None:
        return False
    if cues.figure_base_after.match(after):
        return True
    found = cues.figure_base.search(before)
    if found is None:
        return False
    return found.group().lower().startswith("base") or bool(cues.price_base.match(after))


def _lasting_since_year(text: str, timex: Timex, before: str, cues: _Cues, language: str) -> bool:
    """Whether a year (or a decade) after "since" starts a state its clause, not told in the
    past, says lasts to now (``SINCE_YEAR_STATE_BEFORE``: German "die seit 1897 durch Lindenau
    fährt", "ist seit den 1980er-Jahren gestiegen")."""
    if not cues.since_year_state or not _YEAR_OR_DECADE.fullmatch(timex.value):
        return False
    if not cues.since_year_state.search(before):
        return False
    c = lang.words(language, "clauses")  # ("seit" is itself a cue of the past: the verbs tell)
    start = max(text.rfind(mark, 0, timex.start) for mark in _CLAUSE_MARKS) + 1
    ends = [k for k in (text.find(mark, timex.end) for mark in _CLAUSE_MARKS) if k >= 0]
    words = _WORD.findall(text, start, min(ends, default=len(text)))
    return not any(w.islower() and c.is_past(w) and not c.is_participle(w) for w in words)


# (a dash set off by spaces ends a clause too: "hat sich seit 2008 verdoppelt - dort sank sie")
_CLAUSE_MARKS = (",", ";", ":", ".", "!", "?", " - ", " – ", " — ")
_YEAR_OR_DECADE = re.compile(r"\d{3,4}")  # "seit 1985", "seit den 1980er-Jahren"
_WORD = re.compile(r"[^\W\d_]+")


def _since_phrase(before: str, after: str, cues: _Cues) -> bool:
    """ "since peaking in", "since its inception in": a "since" phrase whose words hold no
    verb of their own (a past, or a form of "be") right before the date; not after a state
    that phrase's happening began ("has been closed since the flood on 3 February"). With no
    preposition before the date ("since its devaluation six months ago"), the date closes the
    phrase: no noun follows it ("since the Oct. 23 slaying" names the slaying by its day)."""
    found = cues.since_phrase.search(before) if cues.since_phrase else None
    if found is None or (cues.since_state and cues.since_state.search(before[: found.start()])):
        return False
    words = found.group("words").lower().split()
    if not found.groupdict().get("preposition") and not _closes_phrase(words, after, cues):
        return False
    if cues.clause_words and cues.clause_words.search(found.group("words")):
        return False  # "since 1985 and the firm plans cuts in March": a clause of its own
    # (is_past sees the word as written: a German noun's capital tells it from a verb, so
    # "seit dem Inkrafttreten des Gesetzes im Jahr 2001" holds no past)
    verbs = cues.be | cues.aux
    return not any(w.lower() in verbs or cues.is_past(w) for w in found.group("words").split())


def _closes_phrase(words: list[str], after: str, cues: _Cues) -> bool:
    """Whether a date after a "since" phrase's words and no preposition closes the phrase:
    two words at least ("since a March 16 meeting" names the meeting), none a date's, and no
    noun after it."""
    if any(w in cues.months or w in cues.days or _YEAR_VALUE.fullmatch(w) for w in words):
        return False  # "the lowest since September 1982 yesterday": that is the "since" date
    following = _NEXT_WORD.match(after)
    return len(words) > 1 and (following is None or following.group(1) in cues.function_words)


_NEXT_WORD = re.compile(r"\s*([a-z][\w'’-]*)")


def _from_start(before: str, cues: _Cues) -> bool:
    """ "has fallen from its high point in", "had risen 20 pct from a low in": a "from" phrase
    whose words hold no verb of their own, after a change in the perfect (``FROM_START``)."""
    found = cues.from_start.search(before) if cues.from_start else None
    if found is None:
        return False
    words = found.group("words").lower().split()
    return not any(w in cues.be or cues.is_past(w) for w in words)


_NEXT_YEAR = re.compile(r"[-–/](\d{4}|\d\d)\b")
_YEAR_VALUE = re.compile(r"\d{4}")


def _season_years(value: str, after: str) -> bool:
    """ "1997-1998", "2015/16": one season written as two years in a row, not a range that
    makes "since" a "from" ("depuis la saison 1997-1998" is a running span's start)."""
    found = _NEXT_YEAR.match(after)
    if not _YEAR_VALUE.fullmatch(value) or not found:
        return False
    following = str(int(value) + 1)
    return following.endswith(found.group(1))


def _after_object_participle(before: str, cues: _Cues) -> str:
    """ "follows the Acme exit from the Baltic market disclosed last October": a date after
    a participle that follows a verb's object dates that object. Under a verb in the present
    or the past it never dates the clause (``DESCRIBES``: "endorsed the scheme drafted in
    June" was not endorsed in June; the object's own happening takes the date, "The scheme
    was drafted", ``core.events.object_participles``), nor under a bare form after a modal or
    "to" ("would redeem the shares issued in 1985"); "" when no such participle."""
    first = cues.object_participle.search(before)
    if first is None:
        return ""  # (nor any match in the date's own sentence, a stretch of ``before``)
    verb = _object_participle_verb(before, first, cues)
    if verb and (cues.is_past(verb) or _perfect(before, first, cues)):
        return DESCRIBES
    if verb and verb.endswith(cues.third_person) and verb not in cues.lemmas(verb)["VERB"]:
        return DESCRIBES
    # the present's, the past's and the bare form's, read in the date's own sentence (a verb
    # of the one before would be found first: "A headline\n\nThe plan replaces a scheme
    # launched in 2015"), with the participle straight after the object (not "visit the city
    # to promote spending under the law passed in November", the law's own happening)
    ends = [m.end() - 1 for m in _SENTENCE_END.finditer(before)] + [before.rfind("\n\n") + 1]
    found = cues.object_participle.search(before, max(ends))
    verb = _object_participle_verb(before, found, cues)
    if verb and (cues.is_past(verb) or _perfect(before, found, cues)):
        return DESCRIBES
    if verb and verb.endswith(cues.third_person) and verb not in cues.lemmas(verb)["VERB"]:
        return DESCRIBES
    if verb and cues.gerund and verb.endswith(cues.gerund) and _gerund_aside(before, found, cues):
        return DESCRIBES  # "…, completing a purchase agreed in January": the purchase's
    if not verb or found is None or verb not in cues.lemmas(verb)["VERB"]:
        return ""
    middle = before[found.end("verb") : found.start("participle")].lower().split()
    preceding = before[: found.start("verb")].split()[-1:]
    after_modal = bool(preceding) and preceding[0].lower() in cues.aux | cues.infinitive_marks
    return DESCRIBES if after_modal and not set(middle) & cues.prepositions else ""


def _gerund_aside(before: str, found: re.Match[str] | None, cues: _Cues) -> bool:
    """Whether the gerund ``found`` names opens an aside after a comma, its object and the
    participle straight after ("…, completing a purchase agreed in January"; not "talks aimed
    at ending a strike collapsed today", nor "…, bringing the total since the series started
    last June": the participle is a clause's verb)."""
    if found is None or not before[: found.start("verb")].rstrip().endswith(","):
        return False
    middle = before[found.end("verb") : found.start("participle")].lower().split()
    return not set(middle) & cues.subordinators


def _object_participle_verb(before: str, found: re.Match[str] | None, cues: _Cues) -> str:
    """The verb of ``found``, a match of ``cues.object_participle`` in ``before``, when its
    object and participle read as such; "" otherwise."""
    if found is None or not cues.is_participle(found.group("participle")):
        return ""
    if not cues.object_participle_reads(found.group("participle")):
        return ""  # "canceló dos de sus tres últimos conciertos en mayo": a noun
    middle = before[found.end("verb") : found.start("participle")]
    if cues.clause_words.search(middle) or _SENTENCE_END.search(middle):
        return ""  # "raised prices and sales increased in May": a clause of its own
    if set(middle.lower().split()) & cues.object_time_prepositions:
        return ""  # "urged reform during a dinner held last night": the clause's own time
    if middle.split()[-1] in cues.function_words | cues.be:
        return ""  # "the official … was quoted Friday": the clause's own verb
    verb = found.group("verb")
    forms = cues.lemmas(verb).get("VERB", ())
    if not forms and _perfect(before, found, cues):
        return verb  # "ha defendido los presupuestos aprobados …", a participle the lexicon lacks
    if not forms or set(forms) & cues.speech_verbs or verb in cues.function_words:
        return ""
    return verb


def _perfect(before: str, found: re.Match[str] | None, cues: _Cues) -> bool:
    """Whether the verb of ``found`` is a participle after an auxiliary, a compound past ("La
    alcaldesa ha defendido los presupuestos aprobados el martes"), whatever the lexicon
    knows of the participle."""
    if found is None or not cues.is_participle(found.group("verb")):
        return False
    preceding = before[: found.start("verb")].split()[-1:]
    return bool(preceding) and preceding[0].lower() in cues.aux


_YEAR_TEXT = re.compile(r"^\d{4}$")
_WEEK = re.compile(r"-W\d+$")
_WORD_GAP = re.compile(r"[\s-]+")


def _month_alone(text: str, cues: _Cues) -> bool:
    """Whether an expression names a month and no day or year: "April", "late May",
    "mid-June"."""
    words = _WORD_GAP.split(text.lower().rstrip("."))
    if len(words) == 2 and words[0] in cues.month_parts:
        words = words[1:]
    return len(words) == 1 and words[0] in cues.months


_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")
_YEAR_OR_LONGER = re.compile(r"^\d{2,4}$")  # a year, a decade, a century


def tells_age(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether ``timex`` only tells how old a thing is (``thing_age``): no happening's date,
    not even an aside's own ("Built in 1934, the pier …" gives no event for the building)."""
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start]
    after = text[timex.end : timex.end + _AGE_REACH]
    return thing_age(before, after, timex, _cues(language), _subject_window(text, timex))


def _subject_window(text: str, timex: Timex) -> str:
    """The fixed stretch of text before ``timex`` where a subject and its apposition may stand
    ahead of a participle ("Her first commission, the Earlsdon library, | opened in 1956")."""
    return text[max(0, timex.start - _SUBJECT_LOOK_BACK) : timex.start]


def thing_age(before: str, after: str, timex: Timex, cues: _Cues, subject_window: str = "") -> bool:
    """Whether ``timex``, a year or longer, tells how old a thing is ("the line, which opened
    in 1849, …", "a tree dating from 1953", German "das 1921 gegründete Werk"), not when its
    clause happened. A day or a month stays a happening's ("the terminal, which opened on
    Monday, …" is news)."""
    if not _YEAR_OR_LONGER.match(timex.value):
        return False  # (the cheap test first: a day's or a month's date tells no age)
    found = cues.thing_age and cues.thing_age.search(before)
    # "Her first commission, the Earlsdon library, | opened in 1956.": after a subject and its
    # apposition, a participle the sentence's end closes is the clause's verb
    verb = found and found.group().startswith(",") and _SENTENCE_ENDS.match(after)
    if verb and cues.apposition_subject and cues.apposition_subject.search(subject_window):
        found = None
    found = found or (cues.thing_age_after and cues.thing_age_after.match(after))
    begun = cues.begun_activity and cues.begun_activity.search(before)
    if begun and begun.group("noun").lower() in cues.begun_activities:
        return False  # "civil proceedings, which began in 2018": when they started, news
    return bool(found)
