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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from core import lang
from core.events.relatives import in_relative_clause
from core.temporal.tagger import Timex
from core.temporal.tense import PAST, direction, says_ahead

log = logging.getLogger(__name__)

_LOOK_BACK = 80  # characters: a clause's reach before its date
_LOOK_AHEAD = 24
_LOOK_AHEAD_RANGE = 48  # "-15 and November 5-20 delivery": a range of a trade's terms


# What a time expression may do for its clause's happening.
DATES = "dates"  # it may date it
DESCRIBES = "describes"  # it dates only a thing the sentence names: never the happening's date
MODIFIES = "modifies"  # it dates a noun ("the 1953 team", "the crash of 1929"): the happening's
# date only when the sentence has no other
TELLS_WHEN = "tells when"  # the date of the "when" clause straight after it, not its own clause's


@dataclass(frozen=True, slots=True)
class _Cues:
    since: re.Pattern[str]
    terms_after: re.Pattern[str]
    terms_before: re.Pattern[str]
    terms_range: re.Pattern[str]
    contract_month: re.Pattern[str]
    months: frozenset[str]
    days: frozenset[str]
    clock_then_day: re.Pattern[str]
    period_ended: re.Pattern[str]
    name_before_year: re.Pattern[str]
    object_participle: re.Pattern[str]
    speech_verbs: frozenset[str]
    is_past: Callable[[str], bool]
    record: re.Pattern[str]
    as_deadline: re.Pattern[str]
    apposition: re.Pattern[str]
    term: re.Pattern[str]
    due: re.Pattern[str]
    be: frozenset[str]
    comparison: re.Pattern[str]
    own_sentence: bool
    comparison_next: re.Pattern[str]
    from_: re.Pattern[str]
    amount: re.Pattern[str]
    stop: re.Pattern[str]
    range_join: re.Pattern[str]
    range_next: re.Pattern[str]
    of: re.Pattern[str]
    time_nouns: frozenset[str]
    determiner: re.Pattern[str]
    determiner_start: re.Pattern[str]
    noun_after: re.Pattern[str]
    event_nouns: frozenset[str]
    possessive: tuple[str, ...]
    possessive_object: re.Pattern[str]
    noun_for: re.Pattern[str]
    plan_nouns: frozenset[str]
    aside: re.Pattern[str]
    is_participle: Callable[[str], bool]
    prenominal: re.Pattern[str]
    articles: frozenset[str]
    lemmas: Callable[[str], dict[str, tuple[str, ...]]]
    function_words: frozenset[str]
    fronted_participle: re.Pattern[str] | None = None
    period_end: re.Pattern[str] | None = None
    condition: re.Pattern[str] | None = None
    deadline: re.Pattern[str] | None = None
    change: re.Pattern[str] | None = None
    figure_level: re.Pattern[str] | None = None
    people_after_possessive: frozenset[str] = frozenset()
    forecast_figure: re.Pattern[str] | None = None
    abandoned_plan: re.Pattern[str] | None = None
    when_clause: re.Pattern[str] | None = None
    level: re.Pattern[str] | None = None
    with_expected: re.Pattern[str] | None = None
    payment: re.Pattern[str] | None = None
    payment_before: re.Pattern[str] | None = None
    state_until: re.Pattern[str] | None = None
    clause_words: re.Pattern[str] | None = None
    third_person: tuple[str, ...] = ()
    reporting: frozenset[str] = frozenset()
    since_activity: re.Pattern[str] | None = None
    subject_participle: re.Pattern[str] | None = None
    verb_after: re.Pattern[str] | None = None


@cache
def _cues(language: str) -> _Cues:
    a = lang.words(language, "anchors")
    events = lang.words(language, "events")
    clauses = lang.words(language, "clauses")
    return _Cues(
        since=re.compile(a.SINCE_BEFORE, re.I),
        terms_after=re.compile(a.TERMS_AFTER, re.I),
        terms_before=re.compile(a.TERMS_BEFORE, re.I),
        terms_range=re.compile(a.TERMS_RANGE_AFTER, re.I),
        contract_month=re.compile(a.CONTRACT_MONTH_AFTER, re.I),
        months=a.MONTHS,
        days=a.DAYS,
        clock_then_day=re.compile(a.CLOCK_THEN_DAY_AFTER, re.I),
        period_ended=re.compile(a.PERIOD_ENDED_AFTER),
        name_before_year=re.compile(a.NAME_BEFORE_YEAR),
        object_participle=re.compile(a.OBJECT_PARTICIPLE_BEFORE),
        speech_verbs=frozenset(clauses.SPEECH_VERBS),
        is_past=clauses.is_past,
        record=re.compile(a.RECORD_BEFORE, re.I),
        as_deadline=re.compile(a.AS_DEADLINE_AFTER, re.I),
        apposition=re.compile(a.APPOSITION, re.I),
        term=re.compile(a.TERM_BEFORE, re.I),
        due=re.compile(a.DUE_BEFORE, re.I),
        be=a.BE,
        comparison=re.compile(a.COMPARISON, re.I),
        comparison_next=re.compile(a.COMPARISON_NEXT, re.I),
        from_=re.compile(a.FROM, re.I),
        amount=re.compile(a.AMOUNT, re.I),
        stop=re.compile(a.COMPARISON_STOP, re.I),
        own_sentence=lang.words(language, "clauses").REACH_OWN_SENTENCE,
        range_join=re.compile(a.RANGE_JOIN_BEFORE, re.I),
        range_next=re.compile(a.RANGE_JOIN_AFTER, re.I),
        of=re.compile(a.OF_BEFORE, re.I),
        time_nouns=a.TIME_NOUNS,
        determiner=re.compile(a.DETERMINER_BEFORE, re.I),
        determiner_start=re.compile(a.DETERMINER_START, re.I),
        noun_after=re.compile(a.NOUN_AFTER),
        event_nouns=events.EVENT_NOUNS | a.MORE_EVENT_NOUNS,
        possessive=tuple(clauses.POSSESSIVE_ENDINGS),
        possessive_object=re.compile(a.POSSESSIVE_AFTER_PREPOSITION, re.I),
        noun_for=re.compile(a.NOUN_FOR_BEFORE, re.I),
        plan_nouns=a.PLAN_NOUNS,
        aside=re.compile(a.ASIDE_PARTICIPLE_BEFORE, re.I),
        is_participle=_participle(clauses.is_past, tuple(a.ASIDE_PARTICIPLE_ENDINGS)),
        prenominal=re.compile(a.PRENOMINAL_PARTICIPLE_AFTER),
        articles=clauses.ARTICLES,
        lemmas=clauses.lemmas,
        function_words=frozenset(clauses.FUNCTION_WORDS | clauses.PREPOSITIONS | clauses.ADVERBS),
        fronted_participle=re.compile(a.FRONTED_PARTICIPLE_BEFORE),
        period_end=re.compile(a.PERIOD_END_BEFORE, re.I),
        condition=re.compile(a.CONDITION_BEFORE, re.I),
        deadline=re.compile(a.DEADLINE_BEFORE, re.I),
        change=re.compile(a.CHANGE_BEFORE_FROM, re.I),
        figure_level=re.compile(a.FIGURE_LEVEL_BEFORE, re.I),
        people_after_possessive=a.PEOPLE_AFTER_POSSESSIVE,
        forecast_figure=re.compile(a.FORECAST_FIGURE_BEFORE, re.I),
        abandoned_plan=re.compile(a.ABANDONED_PLAN_BEFORE, re.I),
        when_clause=re.compile(a.WHEN_CLAUSE_AFTER, re.I),
        level=re.compile(a.LEVEL_AFTER, re.I),
        with_expected=re.compile(a.WITH_EXPECTED_BEFORE, re.I),
        payment=re.compile(a.PAYMENT_AFTER, re.I),
        payment_before=re.compile(a.PAYMENT_BEFORE, re.I),
        state_until=re.compile(a.STATE_UNTIL_BEFORE, re.I),
        clause_words=re.compile(a.CLAUSE_WORDS),
        third_person=tuple(a.THIRD_PERSON_ENDINGS),
        reporting=a.APPOSITION_NOT_PARTICIPLES,
        since_activity=re.compile(a.SINCE_ACTIVITY_BEFORE, re.I),
        subject_participle=re.compile(a.SUBJECT_PARTICIPLE_BEFORE),
        verb_after=re.compile(a.VERB_AFTER_SUBJECT),
    )


def _participle(is_past: Callable[[str], bool], endings: tuple[str, ...]) -> Callable[[str], bool]:
    """After a comma, "set up", "acquired": the past form is the participle; Russian and
    Ukrainian decline theirs ("построенную"), read by their endings."""
    return lambda word: is_past(word) or word.lower().endswith(endings)


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


def _role(text: str, timex: Timex, cues: _Cues, language: str) -> str:
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start]
    after = text[timex.end : timex.end + _LOOK_AHEAD]
    since = cues.since.search(before) and not cues.range_next.match(after.lstrip())
    if since and _DAY.match(timex.value) and lang.words(language, "anchors").SINCE_AHEAD_STARTS:
        # "С 1 июня рынок будет закрыт": from a day ahead, a change then, not a running span
        # ("с 2014 года завод работает" stays one); from a day behind, what changed that
        # day, told in the past ("школи перейшли на дистанційне навчання з понеділка")
        ahead = says_ahead(text, timex.start, timex.end, language)
        since = not ahead and direction(text, timex.start, timex.end, language) != PAST
    if (
        since
        and cues.since_activity
        and cues.since_activity.search(before)
        and _DAY.match(timex.value)
    ):
        since = None  # "have been searching since Tuesday evening": the search began then (a
        # day's news; "has been fighting since 1976" is a state of years)
    if since or cues.record.search(before):
        # a span's start or a record's baseline, not the happening (unless a range's end
        # follows: Russian "с 10 по 20 февраля" is "from", the same word as "since")
        return DESCRIBES
    level = cues.figure_level and _YEAR_TEXT.match(timex.text) and cues.figure_level.search(before)
    if level:
        return DESCRIBES  # "fell 508 points to 1738": a level, not a year
    if cues.as_deadline.match(after) or _in_fronted_participle(before, after, cues):
        return DESCRIBES
    if cues.period_end and cues.period_end.search(before):
        return DESCRIBES  # "for the year ending tomorrow": the period's last day
    if cues.condition and cues.condition.search(before):
        return DESCRIBES  # "if the ministers agree by September": the condition's date
    if cues.with_expected and cues.with_expected.search(before):
        return DESCRIBES  # "…, with closing expected by May": the closing's date
    if cues.payment and (cues.payment.match(after) or cues.payment_before.search(before)):
        return DESCRIBES  # "payment of 4.5 cts on April 10, record March 31"
    if cues.state_until and cues.state_until.search(before):
        return DESCRIBES  # "would stay above target until the end of 2026": a state's end
    if cues.level and cues.level.match(after):
        return DESCRIBES  # "back to the end of 1986 level": a figure's, not a happening's
    if cues.abandoned_plan and cues.abandoned_plan.search(before):
        return DESCRIBES  # "was originally due to fly in November": a plan given up
    if cues.forecast_figure and len(timex.value) < 10 and cues.forecast_figure.search(before):
        return DESCRIBES  # "expects to sell two million units in 2026": the figure's period
    if cues.deadline and cues.deadline.search(before):
        return DESCRIBES  # "ordered the evacuation by Saturday noon": what is asked is due then
    if cues.terms_after.match(after) or cues.terms_before.search(before):
        return DESCRIBES  # "June yen futures", "for shipment in July": a trade's terms
    longer = text[timex.end : timex.end + _LOOK_AHEAD_RANGE]
    if cues.terms_range.match(longer):
        return DESCRIBES  # "for November 25-December 10 delivery"
    if timex.text.lower().rstrip(".") in cues.months and cues.contract_month.match(after):
        return DESCRIBES  # "April crude settled 28 cts higher": a contract's month
    if timex.type == "TIME" and cues.clock_then_day.match(after):
        return DESCRIBES  # "at midnight last night": the day is the next expression's
    named = cues.name_before_year.search(before) if _YEAR_TEXT.match(timex.text) else None
    if named and named.group("name").lower() not in cues.function_words | cues.months | cues.days:
        return DESCRIBES  # "a venture called Orion 1980": a name's word
    if _WEEK.search(timex.value) and cues.period_ended.match(after):
        return DESCRIBES  # "the week ended March 21": the date after it says which week
        # (a quarter "ended Sept. 30" is read as the quarter elsewhere)
    if cues.term.search(before) or _is_term(before, after, cues):
        return DESCRIBES
    if _is_baseline(before, cues) and not cues.range_next.match(after.lstrip()):
        return DESCRIBES
    if after.startswith(cues.possessive) and _person_after(after, cues):
        return DESCRIBES  # "Last year's winner, Piet Honda, dropped out": who, not when
    if after.startswith(cues.possessive):
        # "Monday's vote drew …": the vote's own day, and the clause's when it is the subject
        return MODIFIES if cues.possessive_object.search(before) else DATES
    if _names_a_period(before, cues) or _in_participle_aside(before, after, cues):
        return MODIFIES
    if _before_participle(before, after, cues):
        return MODIFIES  # German "die 1963 eröffnete Brücke": the participle's date
    after_object = _after_object_participle(before, cues)
    if after_object:
        return after_object
    subject = cues.subject_participle and cues.subject_participle.search(before)
    if subject and cues.is_participle(subject.group("participle")) and cues.verb_after.match(after):
        return MODIFIES  # "a second rocket launched in 1983 was classed …": the rocket's date
    if in_relative_clause(text, timex.start - len(before), before, cues.is_past, language):
        return MODIFIES  # "would be financed by the bank which signed a deal this week"
    of = cues.of.search(before)
    if of and _verb_before_range(of.group("noun") or "", after, cues):
        of = None  # "sera organisée du 2 au 20 mars": from the 2nd, not a noun's "of"
    named = of or (_YEARS.match(timex.value) and _of_inside(before, timex.text, cues))
    if named and (named.group("noun") or "").lower() not in cues.time_nouns:
        if _subject_happening(text, timex.start - len(before) + named.start("noun"), named, cues):
            return DATES  # "La réunion du 25 juin … réunira": the subject is the happening
        return MODIFIES
    return MODIFIES if _modifies_noun(before, timex.text, after, cues) else DATES


def _before_participle(before: str, after: str, cues: _Cues) -> bool:
    """German "die 1963 eröffnete Brücke": an article, the date, and a participle declined
    as an adjective before its noun; not "Am 26. August eröffnete Heinemann …", a verb."""
    found = cues.prenominal.match(after)
    article = _LAST_WORD.search(before)
    if found is None or article is None or article.group().lower() not in cues.articles:
        return False
    return cues.is_participle(found.group("participle"))


def _verb_before_range(word: str, after: str, cues: _Cues) -> bool:
    """French "organisée du 2 au 20 mars": after a verb, "du" opens a range."""
    if not cues.range_next.match(after.lstrip()):
        return False
    forms = cues.lemmas(word.lower())
    return cues.is_participle(word.lower()) or ("VERB" in forms and "NOUN" not in forms)


_LAST_WORD = re.compile(r"\w+(?=\s+$)")


def _names_a_period(before: str, cues: _Cues) -> bool:
    """ "its economic targets for 1988": the period of a plan, not of the happening."""
    found = cues.noun_for.search(before)
    return found is not None and found.group("noun").lower() in cues.plan_nouns


def _in_participle_aside(before: str, after: str, cues: _Cues) -> bool:
    """ "the bridge, closed in 2020, will reopen": the aside dates the bridge — when the aside
    closes after the date ("Maria Olsen, resigned on Tuesday." is the clause's own verb)."""
    found = cues.aside.search(before)
    if found is None or not cues.is_participle(found.group("participle")):
        return False
    closes = after.lstrip()[:1]
    if "noun_phrase" in found.groupdict() and found.group("noun_phrase"):
        # an apposition after the clause's verb and its object ("destroyed the Lobo, a hotel
        # opened in 1932."), to its comma or the sentence's end: a verb must come before it
        clause = _SENTENCE_END.split(before[: found.start()])[-1]
        verb = any(cues.is_past(w) for w in re.findall(r"[a-z]+", clause))
        told = set(cues.lemmas(found.group("participle")).get("VERB", ())) & cues.reporting
        nouns = found.group("noun_phrase").split()[1:]  # "the firm raised its": no apposition
        plain = not any(cues.is_past(w) or w in cues.function_words for w in nouns)
        return verb and plain and not told and closes in (",", ";", ".")
    return closes in (",", ";")


def _after_object_participle(before: str, cues: _Cues) -> str:
    """ "follows the Exxon withdrawal from South Africa announced last December": a date after
    a participle that follows a verb's object dates that object. Under a verb in the present
    it never dates the clause (``DESCRIBES``); under a past one it may when nothing else does
    (``MODIFIES``: "repelled an assault launched last night"); "" when no such participle."""
    found = cues.object_participle.search(before)
    if found is None or not cues.is_participle(found.group("participle")):
        return ""
    middle = before[found.end("verb") : found.start("participle")]
    if cues.clause_words.search(middle) or _SENTENCE_END.search(middle):
        return ""  # "raised prices and sales increased in May": a clause of its own
    if middle.split()[-1] in cues.function_words | cues.be:
        return ""  # "the official … was quoted Friday": the clause's own verb
    verb = found.group("verb")
    forms = cues.lemmas(verb).get("VERB", ())
    if not forms or set(forms) & cues.speech_verbs or verb in cues.function_words:
        return ""
    if cues.is_past(verb):
        return MODIFIES
    third_person = verb.endswith(cues.third_person) and verb not in forms
    return DESCRIBES if third_person else ""


# An aside set off by commas closes within a few words of its date ("a bond, due Oct. 13,
# 1997 at par, the managers said"); "raises fares, effective May 1." is no aside.
_ASIDE_CLOSES = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,2}[^\W\d]?[\w'’-]*\s*,")


def _is_term(before: str, after: str, cues: _Cues) -> bool:
    """ "notes due 2031" is a maturity; "the report is due on Friday" a plan."""
    due = cues.due.search(before)
    if due is None or (due.group("comma") and not _ASIDE_CLOSES.match(after)):
        return False
    word = due.group("word").lower()
    return (
        word not in cues.be
        and word not in cues.event_nouns
        and word.rstrip("s") not in (cues.event_nouns)
    )


def _is_baseline(before: str, cues: _Cues) -> bool:
    """ "compared with a loss a year earlier", "up 21% from $66 million a year earlier"."""
    reach = _reach(before, cues)
    if cues.comparison.search(reach) or cues.comparison_next.search(reach):
        return True
    froms = list(cues.from_.finditer(reach))
    if not froms or cues.range_join.search(reach):
        return False
    last_from = froms[-1]
    between = reach[last_from.end() :]
    if set(re.findall(r"[^\W\d_]+", between.lower())) & cues.be:
        return False  # "Un homme de 34 ans a été arrêté mardi": the clause's verb between
    ahead = reach[: last_from.start()]
    # "from $66 million a year earlier": an amount between; "rose 8% from a year earlier":
    # an amount before. "from Monday" alone starts a span and stays.
    if cues.amount.search(between):
        return True
    # "will pay 6 pounds a day from July 1": an amount but no change, a span's start
    changed = cues.change is None or cues.change.search(ahead)
    return bool(not between.strip() and cues.amount.search(ahead) and changed)


def _reach(before: str, cues: _Cues) -> str:
    """The part of ``before`` in the date's own clause: back to the last clause break, over
    appositions ("from $90.5 million, or $1.12 a share, a year ago")."""
    stops = list(cues.stop.finditer(before))
    sentence_end = stops and stops[-1].group()[:1] in ".!?\n"  # (a line break, where one stops)
    if cues.own_sentence and sentence_end and not before[stops[-1].end() :].strip():
        return ""  # the date opens its sentence: nothing of the sentence before is its clause
    cuts = [0, *(m.end() for m in stops)]
    k = len(cuts) - 1
    while k > 0 and len(cuts) - 1 - k < _MAX_APPOSITIONS:
        segment = before[cuts[k] :]
        if segment.strip() and not cues.apposition.match(segment):
            break
        k -= 1
    return before[cuts[k] :]


def _modifies_noun(before: str, own: str, after: str, cues: _Cues) -> bool:
    """ "the 1953 championship team": a date between a determiner and a noun describes it,
    unless the noun phrase names a happening ("the Oct. 23 sniper shooting")."""
    determiner = cues.determiner.search(before)
    if determiner is None and not cues.determiner_start.match(own):
        return False
    between = determiner.group("adjective") if determiner else None
    if between and not _is_adjective(between.strip(), cues):
        return False  # "The fund now holds": a noun, not "the fabled 11th century temple"
    phrase = _PHRASE_END.split(after, maxsplit=1)[0]  # "the 2023-25 cycle's final": the cycle
    words = _NOUN_WORDS.findall(phrase)[:_NOUN_PHRASE_WORDS]
    first = cues.noun_after.match(after)
    if first is None or not words or not _is_noun_or_adjective(first.group("noun"), cues):
        return False  # "the following month ahead of schedule": nothing it modifies
    return not any(w in cues.event_nouns or w.rstrip("s") in cues.event_nouns for w in words)


def _is_noun_or_adjective(word: str, cues: _Cues) -> bool:
    """A word that may stand in a noun phrase: not a function word, an adverb, or a verb's
    inflected form ("fell", "holds", "covering": a verb follows the date)."""
    lower = word.lower()
    if lower in cues.function_words:
        return False
    parts = cues.lemmas(lower)
    if parts.get("ADV") or any(lemma != lower for lemma in parts.get("VERB", ())):
        return False
    return bool(parts.get("NOUN") or parts.get("ADJ"))


def _is_adjective(word: str, cues: _Cues) -> bool:
    parts = cues.lemmas(word.lower())
    return bool(parts.get("ADJ")) and not parts.get("NOUN")


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_YEAR_TEXT = re.compile(r"^\d{4}$")
_WEEK = re.compile(r"-W\d+$")
_NOUN_WORDS = re.compile(r"(?<![\w'’])[a-z][a-z-]+")
_PHRASE_END = re.compile(r"['’]s\b|[,;:.()]")
_NOUN_PHRASE_WORDS = 4
_MAX_APPOSITIONS = 3


def _in_fronted_participle(before: str, after: str, cues: _Cues) -> bool:
    """ "Born in Leeds in 1931, Hollis studied physics": the date of a participle's phrase
    that opens the sentence, up to its comma, is not the main clause's."""
    found = cues.fronted_participle.search(before) if cues.fronted_participle else None
    if found is None or not after.lstrip().startswith(","):
        return False
    word = found.group("participle").lower()
    return cues.is_participle(word) and word not in cues.function_words


# A sentence's start and one determiner: "La ", "\n\nL'", ". Die ".
_SUBJECT_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[^\W\d_]{1,4}['’]?\s*$")


def _subject_happening(text: str, noun_at: int, named: re.Match[str], cues: _Cues) -> bool:
    """ "La réunion du 25 juin avec la ministre réunira …": a happening's noun opening the
    sentence, its date after "de", is the subject, and the date is when it happens
    ("les élections du 30 mai" elsewhere in a clause only names them)."""
    noun = (named.group("noun") or "").lower()
    if noun not in cues.event_nouns and noun.rstrip("s") not in cues.event_nouns:
        return False
    return bool(_SUBJECT_START.search(text, max(0, noun_at - 8), noun_at))


def _person_after(after: str, cues: _Cues) -> bool:
    """Whether the noun after a date's possessive names a person by a role ("last year's
    winner", "2019's champion"): the date says who, not when the clause happened."""
    ending = next(e for e in cues.possessive if after.startswith(e))
    noun = re.match(r"\s*([^\W\d_][\w-]*)", after[len(ending) :])
    return noun is not None and noun.group(1).lower() in cues.people_after_possessive


_YEARS = re.compile(r"\d{4}$")


def _of_inside(before: str, own: str, cues: _Cues) -> re.Match[str] | None:
    """ "las cuentas del año pasado": a language whose time expression holds its "of" ("del",
    a contraction the expression keeps) names a noun by a year as well (a day after it, "la
    consulta del 22 de marzo", is more often the happening's own)."""
    head = re.match(r"\S+\s+", own)
    if head is None or not before.endswith(" "):
        return None
    named = cues.of.search(before + head.group())
    noun = (named.group("noun") or "").lower() if named else ""
    if not noun or noun in cues.function_words or not cues.lemmas(noun).get("NOUN"):
        return None  # "a partir del 3 de noviembre", "después del lunes": a preposition's
    if re.search(r"(?<!\w)a\s+\S+\s*$", before):
        return None  # "a través del", "a finales del": a preposition in two words
    return named
