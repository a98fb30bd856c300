"""Which of a sentence's time expressions its happenings may take, and which only restate one.

A date that describes a thing ("notes due 2031") is not a happening's; a day list, a
restatement ("Tuesday, March 3"), a season of a thing, a possessive date are read here.
``core.events.extract`` gives each happening its date from them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from itertools import pairwise

from core import lang
from core.events import anchors, split_years, tense_dates
from core.events.counted_now import counted_from_now
from core.events.fronted_phrase_dates import fronted_phrase_dates
from core.events.object_participles import closes_object_participle
from core.events.parse import When
from core.events.possessive_dates import names_the_past_before_a_future, past_date_under_future
from core.events.report_sources import dates_a_source
from core.events.subject_dates import subject_noun_date
from core.events.term_dates import measures_a_window
from core.events.thing_years import year_for_a_thing
from core.events.week_days import weekdays_in_weeks
from core.events.when_spans import (
    _counted_from,
    _is_back_span,
    _joins_range,
    _periods_ended,
    _split_year,
    anchor_pattern,
    calendar_year_ended,
    counted_things,
)
from core.temporal.firsts import led
from core.temporal.tagger import Timex
from core.timeval import is_day_value, parse_value

_SEASON_NAME = re.compile(r"-(?:SP|SU|FA|WI)$")


_role = anchors.cached_role


def _whens(
    text: str, timexes: list[Timex], language: str, published: datetime | None = None
) -> list[When]:
    """The sentence's time expressions that may date its happenings, ranges joined."""
    timexes = split_years.with_second_years(text, _restatements_joined(text, timexes))
    timexes = split_years.fiscal_parts_as_years(text, timexes, language)  # "1986/87 first half"
    timexes = weekdays_in_weeks(text, timexes, language)  # "on Thursday of next week": one day
    listed = _day_lists(text, timexes, language)
    roles = {t: _role(text, t, language) for t in timexes if _is_date(t)}
    _things_dated(text, roles, published, language)
    _own_day_before_source(text, roles, language)
    fronted_phrase_dates(text, roles, language)
    figures = anchor_pattern(language, "FIGURE_LIST_BETWEEN")
    for first, second in pairwise(timexes):
        if _split_year(text, first, second) and roles.get(first) != anchors.DATES:
            roles[second] = roles.get(first, anchors.DESCRIBES)  # "forecast of 1986/87 trade"
        elif _split_year(text, first, second) and _season_of_thing(text, first, second, roles,
                                                                   language):  # fmt: skip
            roles[first] = roles[second] = anchors.MODIFIES  # "cut its 1986/87 estimate today"
        elif _split_year(text, first, second) and _possessive_after(text, second, language):
            roles[first] = roles.get(second, anchors.DATES)  # "from 1985/86's record": as one
        if roles.get(first) == anchors.DESCRIBES and figures.match(text[first.end : second.start]):
            roles[second] = anchors.DESCRIBES  # "to spend 65 mln this year, 105 mln next year"
        if roles.get(first) == anchors.DESCRIBES and _one_date(text, first, second, language):
            roles[second] = anchors.DESCRIBES  # "than in the same week last year": one time
        if roles.get(first) == anchors.DESCRIBES and text[first.end : second.start] in "-–":
            roles[second] = anchors.DESCRIBES  # "until the May-September crop": its range
        elif second.text.isdigit() and text[first.end : second.start] in ("-", "–"):
            roles[second] = roles.get(first, anchors.DESCRIBES)  # "the March 11-20 period"
    periods = _periods_ended(text, timexes, language)
    named = {(p.start, p.end) for p in periods.values() if p.type == "DURATION"}
    found: list[When] = []
    counted = counted_things(text, timexes, language)
    inside = [(t.start, t.end) for t in listed.values()]
    for timex in timexes:
        if any(a <= timex.start and timex.end < b for a, b in inside):
            continue  # "13" of "les 12, 13 et 14 juillet": a day inside a list
        if timex in counted:  # "a year after the crash on 3 May 2019": a year after it
            found += [w for w in [counted[timex]] if w]
            continue
        if (timex.start, timex.end) in named and timex.type == "DATE":
            continue  # "the fourth quarter [ended January 31]": the period the next one ends
        if timex in periods and roles.get(timex) == anchors.DATES:
            found.append(When(timex, period=periods[timex]))
            continue
        if timex in periods and calendar_year_ended(timex, periods[timex]):
            found.append(When(timex, period=periods[timex]))  # "the year ended December 31"
            continue
        if _is_back_span(text, timex, language):
            if not measures_a_window(text, timex, language):  # "fell 9 pct in the past year"
                found.append(When(timex, back=True))
            continue
        if roles.get(timex) == anchors.TELLS_WHEN:
            found.append(When(timex, of_when_clause=True))
            continue
        if roles.get(timex) != anchors.DATES or _is_name(text, timex):
            continue  # "the 1953 team", "notes due 2031": a date of a thing the clause names
        if timex.type == "DATE" and (timex.start, timex.end) in listed:
            found.append(When(listed[(timex.start, timex.end)], until=timex))
            continue  # "on 6 and 7 March": from the 6th to the 7th
        previous = found[-1] if found else None
        if previous and not previous.back and _joins_range(text, previous.timex, timex, language):
            found[-1] = When(previous.timex, until=timex)
            continue
        if (
            previous
            and not (previous.back or previous.until)
            and _next_day(text, previous.timex, timex, language)
        ):
            found[-1] = When(previous.timex, until=timex)  # "on Saturday and Sunday"
            continue
        found.append(When(timex))
    # "The walkout comes a fortnight after the council cut wages": counted back from publication
    now = counted_from_now(text, timexes, published, language)
    return found + _counted_from(text, timexes, roles, language) + now


_LIST_REACH = 24  # characters before a dated day its list of days may take ("12, 13 and 14 July")


def _day_lists(text: str, timexes: list[Timex], language: str) -> dict[tuple[int, int], Timex]:
    """The days listed before a dated day ("on 6 and 7 March"), by the dated day's span: a
    time expression from the first day, written over the whole list."""
    before = anchor_pattern(language, "DAY_LIST_BEFORE")
    found: dict[tuple[int, int], Timex] = {}
    for timex in timexes:
        value = parse_value(timex.value) if timex.type == "DATE" else None
        if value is None or value.precision != "day" or timex.text.isdigit():
            continue  # (the bare "8" of "March 7 and 8": its first day is a date of its own)
        listed = before.search(text, max(0, timex.start - _LIST_REACH), timex.start)
        if listed is None:
            continue
        day = int(listed.group("day"))
        if not 0 < day < value.start.day:
            continue
        first, at = f"{timex.value[:8]}{day:02d}", listed.start()
        # the first day may end a date of its own ("between Jan 9 and March 14"): the span
        # then opens with that date, its month its own
        opened = next((t for t in timexes if t.start < at < t.end), None)
        if opened is not None:
            first, at = opened.value, opened.start
        if not is_day_value(first):
            continue
        found[(timex.start, timex.end)] = Timex(at, timex.end, text[at : timex.end], "DATE", first)
    return found


def _restatements_joined(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "Через чотири місяці, 1 грудня, …": one time, written twice, with the second's value."""
    joined: list[Timex] = []
    for timex in timexes:
        if joined and _restated(text, joined[-1], timex):
            first = joined.pop()
            timex = Timex(first.start, timex.end, text[first.start : timex.end], timex.type,
                          timex.value)  # fmt: skip
        joined.append(timex)
    return joined


def _restated(text: str, first: Timex, second: Timex) -> bool:
    """Whether ``second``, after only a comma, names ``first``'s time more precisely
    ("Через чотири місяці, 1 грудня": 1991-12, then 1991-12-01).

    >>> t = Timex(0, 4, "x", "DATE", "1991-12"), Timex(6, 9, "y", "DATE", "1991-12-01")
    >>> _restated("xxxx, yyy", *t), _restated("xxxx и yyy", *t)
    (True, False)
    """
    if not _APPOSITION.fullmatch(text[first.end : second.start].strip()):
        return False
    if len(second.value) > len(first.value) and second.value.startswith(first.value):
        return True
    # "a week earlier, on 3 March": a time counted in words, then its day written out
    a, b = parse_value(first.value), parse_value(second.value)
    counted = first.type == second.type == "DATE" and not any(c.isdigit() for c in first.text)
    if a is None or b is None or not counted:
        return False
    closed = text[second.end : second.end + 1] == ","  # an aside: ", in May 1969, the …"
    if a.precision == "year" and closed and abs(b.start.year - a.start.year) <= _ROUND_YEARS:
        return True  # "nearly half a century ago, in the spring of 1969, …": round years
    if b.precision != "day" or a.precision == "day":
        return False
    return a.start - _NEAR <= b.start < a.end + _NEAR


# Between a time and its restatement: a comma, and a preposition or an article of the second
# ("A year ago, in July 2015", "Il y a un an, en juillet 2015", "Год назад, в июле 2015-го").
_APPOSITION = re.compile(r",(?:\s+[^\W\d_]{1,4})?")
# How far outside a time counted in words ("a week earlier") its written day may lie.
_NEAR = timedelta(days=7)
# How far a year written in an aside may lie from years counted back in round words ("nearly
# half a century ago, in the spring of 1969" in 2022: 1972 counted, 1969 written).
_ROUND_YEARS = 5


def _is_date(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and parse_value(timex.value) is not None


def _is_name(text: str, timex: Timex) -> bool:
    """ "the Winter Olympics": a season written as part of a name, its word capitalised, is
    not a date; one ending on a lower-case word or a year is, whatever name follows it
    ("Влітку 1976 року | Марія приїхала", "That same summer | Maria delivered", "In the
    summer of 1976 | John left")."""
    following = text[timex.end : timex.end + 2]
    named = timex.text.split()[-1][:1].isupper()
    season = bool(_SEASON_NAME.search(timex.value))
    return season and named and following[:1] == " " and following[1:].isupper()


def _season_of_thing(
    text: str, first: Timex, second: Timex, roles: dict[Timex, str], language: str
) -> bool:
    """Whether the split year ``first``/``second`` names a thing's season ("its 1986/87 crop
    estimate", "its offer for 2033-34") in a sentence that has another date for its
    happening."""
    after_noun = _noun_for(language).search(
        text, max(0, first.start - 40), first.start
    )  # "offer for 2033-34"
    if not (split_years.names_a_thing(text, second, language) or after_noun):
        return False
    return any(role == anchors.DATES for t, role in roles.items() if t not in (first, second))


def _one_date(text: str, first: Timex, second: Timex, language: str = "en") -> bool:
    """Whether a date written in words right after another says the same time ("the same
    week last year"), or another choice or item of it ("until tomorrow or Monday", "mature
    in May 1989, 1990 and 1991"). A clock time
    before a day is not ("at midnight last night": the day is the time's own), nor a year in
    figures (the tagger's "first quarter" + "1985": the range's own date).

    >>> week = Timex(0, 13, "the same week", "DATE", "2025-W26")
    >>> _one_date("the same week last year", week, Timex(14, 23, "last year", "DATE", "2024"))
    True
    """
    if not first.type == second.type == "DATE":
        return False
    between = text[first.end : second.start].strip().lower()
    if between in (",", *lang.words(language, "clauses").COORDINATORS):
        return True  # a list: "mature in May 1989, 1990 and 1991"
    # a day after a year that names a thing is the clause's own ("adopté le budget 2026 mardi")
    finer = len(second.value) > len(first.value) and second.value[:4].isdigit()
    return not between and not any(ch.isdigit() for ch in second.text) and not finer


def _next_day(text: str, first: Timex, second: Timex, language: str) -> bool:
    """Whether ``second`` is the day after ``first``, joined by "and" alone and closing the
    phrase ("cancelled 87 flights on Saturday and Sunday, …"): one happening over both days.

    >>> sat = Timex(3, 11, "Saturday", "DATE", "2025-03-01")
    >>> sun = Timex(16, 22, "Sunday", "DATE", "2025-03-02")
    >>> _next_day("on Saturday and Sunday", sat, sun, "en")
    True
    >>> _next_day("on Saturday and Sunday in Rome", sat, sun, "en")
    True
    """
    a, b = parse_value(first.value), parse_value(second.value)
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return False
    if first.type != "DATE" or second.type != "DATE" or b.start - a.start != timedelta(days=1):
        return False
    joiner = text[first.end : second.start].strip().lower()
    if second.text.isdigit() and joiner == lang.words(language, "clauses").AND:
        return True  # "talks on March 7 and 8 would follow": the bare day is the list's
    # the second day closes the phrase: "el martes se desplazará a Kiev" opens a clause
    closes = text[second.end : second.end + 3].lstrip()[:1] in ("", ",", ".", ";", ":", ")")
    c = lang.words(language, "clauses")
    if not closes:  # or a place or partner follows: "talks on Monday and Tuesday in Geneva"
        following = _NEXT_WORD.match(text, second.end)
        closes = following is not None and following.group(1).lower() in c.PREPOSITIONS
    return joiner == c.AND and closes


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _things_dated(
    text: str, roles: dict[Timex, str], published: datetime | None, language: str
) -> None:
    """Dates that name what a noun phrase holds, not when its clause happened: a day gone by
    in a possessive before a clause told in the future ("the weekend's cancellations will
    cut …"); a year after an owner's possessive, or a time word before a noun, when the
    clause has a date of its own ("Vang's 1987 Volvo was found last month", "raised its
    overnight lending rate on Wednesday")."""
    for timex, role in list(roles.items()):
        if role != anchors.DATES:
            continue
        past = published and (
            names_the_past_before_a_future(text, timex, published, language)
            or past_date_under_future(text, timex, published, language)
        )
        owned = (
            split_years.year_of_owned_thing(text, timex, language)
            or split_years.time_word_before_noun(text, timex, language)
            or year_for_a_thing(text, timex, language)  # "talks for 2031 open in May"
        )
        if past or (owned and any(r == anchors.DATES for t, r in roles.items() if t is not timex)):
            roles[timex] = anchors.MODIFIES
        elif (
            published
            and _period_before_noun(text, timex, language)
            and (
                _date_ahead(roles, timex, published)
                or _day_after_period(text, roles, timex, language)
            )
        ):
            roles[timex] = anchors.MODIFIES  # "to publish first-quarter results on April 25"
        elif _superlative_scope(text, timex, language) and _other_date(roles, timex):
            roles[timex] = anchors.MODIFIES  # "ran the fastest time this year to win on Friday"
        elif closes_object_participle(text, timex, language):
            roles[timex] = anchors.MODIFIES  # "will go ahead with the plan announced March 3"
        elif published and tense_dates.prospect_with(text, timex, published, language):
            roles[timex] = anchors.DESCRIBES  # "…, with work earmarked for next summer"
        elif _later_date(roles, timex, text, language) and subject_noun_date(text, timex, language):
            roles[timex] = anchors.MODIFIES  # "The fire of Monday night was put out yesterday"


def _own_day_before_source(text: str, roles: dict[Timex, str], language: str) -> None:
    """ "Members backed the merger in Monday's ballot, according to figures published at
    2 a.m. on Tuesday": the release dates the results, and the day the clause names in a
    possessive before the attribution dates its happening, when no other date does. The
    release's clock time never dates it (the vote was not held at 3 a.m.)."""
    dating = [t for t, r in roles.items() if r == anchors.DATES]
    if len(dating) != 1:
        return
    opened = dates_a_source(text, dating[0], language)
    if opened is None:
        return
    if dating[0].type == "TIME":
        roles[dating[0]] = anchors.DESCRIBES
    own = [
        t
        for t, r in roles.items()
        if r == anchors.MODIFIES and t.end <= opened and _possessive_after(text, t, language)
    ]
    if len(own) == 1 and is_day_value(own[0].value):
        roles[own[0]] = anchors.DATES
        roles[dating[0]] = anchors.DESCRIBES


def _possessive_after(text: str, timex: Timex, language: str) -> bool:
    """Whether a possessive ending follows ``timex`` ("1985/86's record")."""
    return text.startswith(tuple(lang.words(language, "clauses").POSSESSIVE_ENDINGS), timex.end)


# A time written as one hyphenated word before a lower-case noun: "first-quarter results", "a
# 17th-century painting" — the kind of thing, an adjective.
_COMPOUND_BEFORE_NOUN = re.compile(r"\s+[a-z]")


def _compound_before_noun(text: str, timex: Timex) -> bool:
    word = timex.text
    return (
        timex.type == "DATE"
        and "-" in word
        and " " not in word
        and (word[:1].islower() or word[:1].isdigit())
        and bool(_COMPOUND_BEFORE_NOUN.match(text, timex.end))
    )


def _period_before_noun(text: str, timex: Timex, language: str) -> bool:
    """ "first-quarter results", or in words before the figures reported for the period
    ("first quarter results"): the noun's period, not the clause's date."""
    if _compound_before_noun(text, timex):
        return True
    figures = lang.words(language, "anchors").PERIOD_FIGURES_AFTER
    return (
        timex.type == "DATE"
        and timex.text[:1].islower()
        and bool(re.match(figures, text[timex.end :], re.I))
    )


def _date_ahead(roles: dict[Timex, str], timex: Timex, published: datetime) -> bool:
    """Whether the sentence has another date that may date its happening, after
    ``published``: the plan's day ("… on April 25"), not the compound's period."""
    for other, role in roles.items():
        value = parse_value(other.value) if other is not timex and role == anchors.DATES else None
        if value is not None and value.start > published:
            return True
    return False


def _day_after_period(text: str, roles: dict[Timex, str], timex: Timex, language: str) -> bool:
    """ "posted a rise in second-quarter profit on Tuesday": after a preposition, the period
    adjective is its noun's when another date of the sentence is a day after that period."""
    opener = lang.words(language, "anchors").PERIOD_ADJECTIVE_BEFORE
    if not re.search(opener, text[max(0, timex.start - 30) : timex.start], re.I):
        return False
    period = parse_value(timex.value)
    for other, role in roles.items():
        value = parse_value(other.value) if other is not timex and role == anchors.DATES else None
        if period and value and value.precision in ("day", "time") and value.start >= period.end:
            return True
    return False


def _superlative_scope(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex``, a period longer than a day, bounds a superlative before it ("the
    fastest time in the world this year"): what the record is counted over."""
    value = parse_value(timex.value) if timex.type == "DATE" else None
    if value is None or value.precision in ("day", "time"):
        return False
    scope = _superlative_scope_before(language)
    return bool(scope.search(text[max(0, timex.start - 60) : timex.start]))


@cache
def _noun_for(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "anchors").NOUN_FOR_BEFORE, re.I)


@cache
def _superlative_scope_before(language: str) -> re.Pattern[str]:
    return led(re.compile(lang.words(language, "anchors").SUPERLATIVE_SCOPE_BEFORE, re.I))


def _later_date(roles: dict[Timex, str], timex: Timex, text: str, language: str) -> bool:
    """Whether a date of the clause's own follows ``timex``, not as the end of its range
    ("du 3 au 7 août")."""
    later = [t for t, role in roles.items() if role == anchors.DATES and t.start > timex.end]
    if not later:
        return False
    nxt = min(later, key=lambda t: t.start)
    # (the range's word may open the next date: "del 3 | al 9 de mayo")
    first = nxt.text.split(maxsplit=1)[0]
    opening = f"{first} " if " " in nxt.text and first.isalpha() and first.islower() else ""
    between = text[timex.end : nxt.start] + opening
    return not anchor_pattern(language, "RANGE_JOIN_BEFORE").search(between)


def _other_date(roles: dict[Timex, str], timex: Timex) -> bool:
    return any(role == anchors.DATES for other, role in roles.items() if other is not timex)
