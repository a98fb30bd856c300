"""Turn a document into events: one per happening, titled, dated, with its kind and names.

The sentences come from ``core.events.sentences``, time expressions from
``core.temporal.tagger``, names from ``core.events.entities``; ``core.events.happenings`` finds
what each sentence reports. This module
gives each happening its date: the time expression it takes, a range ("from 2014 to 2022"),
a span counted back from publication ("nearly eight years of fighting"), the lead's date for
the article's opening sentences, or none (undated, anchored to the publication day).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from core import lang
from core.events import anchors, moments, offsets, split_years
from core.events.antecedents import headline_people
from core.events.asides import aside_happenings
from core.events.entities import Mention, find_mentions
from core.events.happenings import NOTABLE, relative_happening, sentence_happenings
from core.events.merge import same_happening
from core.events.parse import Happening, When
from core.events.participle_asides import participle_happenings
from core.events.possessive_dates import names_the_past_before_a_future, past_date_under_future
from core.events.quotes import quoted_statement
from core.events.sentences import split_sentences
from core.events.undated import undated_happening
from core.events.week_days import weekdays_in_weeks
from core.model import Document, Event, to_seconds
from core.temporal.tagger import Timex, tag
from core.timeval import TimeValue, parse_value

log = logging.getLogger(__name__)

# The opening sentences of a news story report the day's news: a happening there without a
# date of its own takes the lead's date ("… came after a meeting between Putin and Xi").
# Longer "sentences" are tables, lists or logs run together: their analysis would grow with
# the square of their length and find nothing a reader would call an event.
MAX_SENTENCE_CHARS = 2000
LEAD_SENTENCES = 2

_SEASON_NAME = re.compile(r"-(?:SP|SU|FA|WI)$")
_YEAR = re.compile(r"^\d{4}$")
_BACK_DURATION = re.compile(r"^P(\d+)([YMWD])$")
_NAMED_PERIOD = re.compile(r"^\d{4}-([QH])\d$")


# A date's role is read twice, for the clause and for asides (``_asides``): once is enough.
_role = lru_cache(maxsize=1024)(anchors.role)


def _either(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


@cache
def _back_span(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A duration counted back from publication: "(the) past three weeks", "for the last …"."""
    c = lang.words(language, "clauses")
    the, back = _either(c.BACK_SPAN_THE), _either(c.BACK_SPAN_WORDS)
    before = rf"\b(?:{_either(c.BACK_SPAN_BEFORE)})\s+(?:{the})\s+(?:{back})\s+$"
    return re.compile(rf"(?:(?:{the}) )?(?:{back}) ", re.I), re.compile(before, re.I)


@cache
def _range(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two time expressions that make a range: "from 2014 to 2022", "between May and June"."""
    c = lang.words(language, "clauses")
    opener = re.compile(rf"\b(?:{_either(c.RANGE_OPENERS)})\s+$", re.I)
    return opener, re.compile(rf"^\s*(?:{_either(c.RANGE_JOINERS)})\s*$", re.I)


def publication_moment(document: Document) -> datetime:
    value = parse_value(document.published)
    if value is None:
        raise ValueError(f"{document.path}: publication date {document.published!r} is not a date")
    return value.start


def extract_events(document: Document) -> list[Event]:
    """The events of a document, in text order.

    "would visit Ukraine on February 14 and Russia the following day" gives two events; a
    notable happening with no date ("plans for joint exercises") gives an undated event on the
    publication day; quotes and attributions give none.
    """
    text, language = document.text, document.language
    published = publication_moment(document)
    timexes = [t for t in tag(text, published, language) if t.start >= document.body_start]
    timexes = offsets.as_dates(timexes, language)  # "dos días después": after the last date
    mentions = find_mentions(text, document.body_start, language=language)
    # "She was born …" opening the body: the headline's one person ("Ann Roe … dies at 92")
    mentions = headline_people(text, document.body_start, language) + mentions
    day = parse_value(published.date().isoformat())
    assert day is not None
    events: list[Event] = []
    lead: TimeValue | None = None
    # a sentence the dateline opens ("BERGEN, July 8, 2025 (Nordwire) - Ferries stopped …")
    # starts where the body does: its news is the lead
    body = [
        (max(a, document.body_start), b)
        for a, b in split_sentences(text, language)
        if b > document.body_start and b - max(a, document.body_start) <= MAX_SENTENCE_CHARS
    ]
    for number, (start, end) in enumerate(body):
        whens = _whens(text, [t for t in timexes if start <= t.start < end], language, published)
        if whens:
            found = sentence_happenings(text, start, end, whens, mentions, language)
            if not found:  # "“…,” he said in comments published Friday": the saying
                found = [
                    q for q in [quoted_statement(text, start, end, whens, mentions, language)] if q
                ]
        else:
            found = [h for h in [undated_happening(text, start, end, mentions, language)] if h]
        found = found + _asides(text, start, end, timexes, found, mentions, published, language)
        # "Le musée, inauguré en 1821, …": the aside's own happening, on its own date
        found += participle_happenings(text, start, end, timexes, mentions, language)
        for happening in found:
            if happening.when is None:
                # a happening only named ("plans for exercises") is not the lead's news
                in_lead = number < LEAD_SENTENCES and lead is not None and not happening.named_only
                if not in_lead and happening.kind not in NOTABLE:
                    continue
                event = _event(happening, text, start, end, lead or day, None, not in_lead)
            else:
                if happening.when.back and moments.present_state(happening.title, language):
                    continue  # "exports are priced in dollars" over "the last 18 months"
                value, until = _dates(happening.when, published, happening.title, language,
                                      text, "T" in document.published)  # fmt: skip
                if value is None:
                    continue
                event = _event(happening, text, start, end, value, until, False)
                if number == 0 and lead is None and value.precision == "day":
                    lead = value if value.start <= published else None
            _add(events, event)
    return events


def _add(events: list[Event], event: Event) -> None:
    """Keep one event per happening within a document ("Putin's meeting with Xi" twice)."""
    if not any(same_happening(event, other) for other in events):
        events.append(event)


def _whens(
    text: str, timexes: list[Timex], language: str, published: datetime | None = None
) -> list[When]:
    """The sentence's time expressions that may date its happenings, ranges joined."""
    timexes = split_years.with_second_years(text, _restatements_joined(text, timexes))
    timexes = weekdays_in_weeks(text, timexes)  # "on Thursday of next week": one day
    listed = _day_lists(text, timexes, language)
    roles = {t: _role(text, t, language) for t in timexes if _is_date(t)}
    _things_dated(text, roles, published, language)
    figures = re.compile(lang.words(language, "anchors").FIGURE_LIST_BETWEEN, re.I)
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
    periods = _periods_ended(text, timexes, language)
    named = {(p.start, p.end) for p in periods.values() if p.type == "DURATION"}
    found: list[When] = []
    for timex in timexes:
        if (timex.start, timex.end) in named and timex.type == "DATE":
            continue  # "the fourth quarter [ended January 31]": the period the next one ends
        if timex in periods and roles.get(timex) == anchors.DATES:
            found.append(When(timex, period=periods[timex]))
            continue
        if _is_back_span(text, timex, language):
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
    return found + _counted_from(text, timexes, roles, language)


def _counted_from(
    text: str, timexes: list[Timex], roles: dict[Timex, str], language: str
) -> list[When]:
    """ "in November, two months after Quinn replaced Doyle": the clause after the span took
    place the span before the date (after it for "before"), in the date's precision."""
    a = lang.words(language, "anchors")
    between, after = re.compile(a.COUNT_BETWEEN, re.I), re.compile(a.COUNT_AFTER, re.I)
    found: list[When] = []
    for first, second in pairwise(timexes):
        span = _BACK_DURATION.match(second.value)
        way = after.match(text[second.end : second.end + 12])
        if roles.get(first) != anchors.DATES or not span or not way:
            continue
        if not between.match(text[first.end : second.start]):
            continue
        back = way.group("way").lower() in a.COUNT_BACK
        value = _shifted(first.value, int(span.group(1)) * (-1 if back else 1), span.group(2))
        if value:
            counted = Timex(second.start, second.end, second.text, "DATE", value)
            found.append(When(counted, of_when_clause=True))
    return found


def _shifted(value: str, count: int, unit: str) -> str | None:
    """``value`` moved by ``count`` units, kept to its precision; None when the unit is finer
    than the date ("March, a week after …" says no day).

    >>> _shifted("2024-11", -2, "M"), _shifted("2025-03-04", 3, "D"), _shifted("1998", -1, "Y")
    ('2024-09', '2025-03-07', '1997')
    >>> _shifted("2025-03", -1, "W") is None
    True
    """
    parsed = parse_value(value)
    if parsed is None or parsed.precision not in ("year", "month", "day"):
        return None
    if parsed.precision == "day":
        if unit in "WD":
            days = count * (7 if unit == "W" else 1)
            return (parsed.start + timedelta(days=days)).date().isoformat()
        months = (
            parsed.start.year * 12 + parsed.start.month - 1 + count * (12 if unit == "Y" else 1)
        )
        day = min(parsed.start.day, 28)  # a month's day that every month has
        return (
            f"{months // 12:04d}-{months % 12 + 1:02d}-{day:02d}"
            if day == parsed.start.day
            else None
        )
    if parsed.precision == "month" and unit in "MY":
        months = (
            parsed.start.year * 12 + parsed.start.month - 1 + count * (12 if unit == "Y" else 1)
        )
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if parsed.precision == "year" and unit == "Y":
        return f"{parsed.start.year + count:04d}"
    return None


def _day_lists(text: str, timexes: list[Timex], language: str) -> dict[tuple[int, int], Timex]:
    """The days listed before a dated day ("on 6 and 7 March"), by the dated day's span: a
    time expression from the first day, written over the whole list."""
    before = re.compile(lang.words(language, "anchors").DAY_LIST_BEFORE, re.I)
    found: dict[tuple[int, int], Timex] = {}
    for timex in timexes:
        value = parse_value(timex.value) if timex.type == "DATE" else None
        listed = before.search(text, max(0, timex.start - 12), timex.start)
        if value is None or value.precision != "day" or listed is None:
            continue
        day = int(listed.group("day"))
        if not 0 < day < value.start.day:
            continue
        first, span = f"{timex.value[:8]}{day:02d}", text[listed.start() : timex.end]
        found[(timex.start, timex.end)] = Timex(listed.start(), timex.end, span, "DATE", first)
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
    longer = len(second.value) > len(first.value) and second.value.startswith(first.value)
    return longer and text[first.end : second.start].strip() == ","


def _is_date(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and parse_value(timex.value) is not None


def _is_name(text: str, timex: Timex) -> bool:
    """ "the Winter Olympics": a season written as part of a name is not a date."""
    following = text[timex.end : timex.end + 2]
    return (
        bool(_SEASON_NAME.search(timex.value)) and following[:1] == " " and following[1:].isupper()
    )


def _is_back_span(text: str, timex: Timex, language: str) -> bool:
    if timex.type != "DURATION" or not _BACK_DURATION.match(timex.value):
        return False
    of = f" {lang.words(language, 'clauses').OF} "
    if text[timex.end : timex.end + len(of)] == of:
        return True  # "eight years of fighting"
    past, before = _back_span(language)
    if past.match(timex.text):
        return True  # "for the past three weeks"
    return bool(before.search(text[max(0, timex.start - 24) : timex.start]))


def _split_year(text: str, first: Timex, second: Timex) -> bool:
    """ "1985/86", "1986-87": a season or a fiscal year written as two years."""
    years = _YEAR.match(first.value) and _YEAR.match(second.value)
    adjacent = first.end + 1 == second.start and text[first.end] in "/-"
    return bool(years and adjacent and second.value > first.value)


def _joins_range(text: str, first: Timex, second: Timex, language: str) -> bool:
    if _split_year(text, first, second):
        return True  # "in 1985/86": a season, not its first year
    opener, joiner = _range(language)
    before = text[max(0, first.start - 12) : first.start]
    return bool(opener.search(before) and joiner.match(text[first.end : second.start]))


def _dates(
    when: When, published: datetime, title: str = "", language: str = "en", text: str = "",
    clock_known: bool = True,
) -> tuple[TimeValue | None, TimeValue | None]:  # fmt: skip
    if when.back:
        match = _BACK_DURATION.match(when.timex.value)
        assert match is not None
        count, unit = int(match.group(1)), match.group(2)
        if unit == "Y":
            return parse_value(str(published.year - count)), parse_value(str(published.year))
        if unit in "WD":
            days = count * (7 if unit == "W" else 1)
            start = (published - timedelta(days=days)).date().isoformat()
            return parse_value(start), parse_value(published.date().isoformat())
        months = published.year * 12 + published.month - 1 - count
        start = f"{months // 12:04d}-{months % 12 + 1:02d}"
        return parse_value(start), parse_value(f"{published.year:04d}-{published.month:02d}")
    if when.until:
        return parse_value(when.timex.value), parse_value(when.until.value)
    if when.period:
        span = _period_span(when.period.value, when.timex.value)
        if span:
            return parse_value(span[0]), parse_value(span[1])
    before = text[max(0, when.timex.start - 16) : when.timex.start]
    value = moments.settled(
        when.timex.value, when.timex.text, title, published, language, before, clock_known
    )
    return parse_value(value), None


def _event(
    happening: Happening, text: str, start: int, end: int, value: TimeValue,
    until: TimeValue | None, undated: bool,
) -> Event:  # fmt: skip
    if until is not None and until.end <= value.start:
        until = None  # a span cannot end before it starts: keep the date we are sure of
    return Event(
        title=happening.title,
        start=value.value,
        end=until.value if until else None,
        precision=value.precision,
        undated=undated,
        kind=happening.kind,
        sentence=text[start:end],
        char_start=start,
        char_end=end,
        start_ts=to_seconds(value.start),
        end_ts=to_seconds((until or value).end),
        entities=happening.entities,
    )


def _periods_ended(text: str, timexes: list[Timex], language: str) -> dict[Timex, Timex]:
    """The dates that end a counted period ("the three months ended September 30"), each with
    the period's duration: the happening spans the period, not its last day."""
    a = lang.words(language, "anchors")
    between = re.compile(a.PERIOD_TO_BETWEEN, re.I)
    found: dict[Timex, Timex] = {}
    for first, second in pairwise(timexes):
        if not between.match(text[first.end : second.start]):
            continue
        if first.type == "DURATION" and _BACK_DURATION.match(first.value):
            found[second] = first
        named = _NAMED_PERIOD.match(first.value)
        opener = re.search(a.PERIOD_OPENER_BEFORE, text[max(0, first.start - 16) : first.start])
        if named and named.group(1) in a.PERIOD_LENGTHS and first.type == "DATE" and opener:
            # "the fourth quarter ended January 31": the three months to that day, when they
            # are whole months other than a calendar quarter (the tagger reads those)
            length = a.PERIOD_LENGTHS[named.group(1)]
            span = _period_span(length, second.value)
            if span and int(span[1][5:7]) % 3:
                found[second] = Timex(first.start, first.end, first.text, "DURATION", length)
    noun = re.compile(a.PERIOD_NOUN_ENDED_BEFORE, re.I)
    for timex in timexes:
        named_by = noun.search(text, max(0, timex.start - 40), timex.start)
        if timex.type == "DATE" and timex not in found and named_by:
            # "in the half ended December 31": the tagger reads no "half"; its noun names it
            length = a.PERIOD_NOUN_LENGTHS[" ".join(named_by.group("noun").lower().split())]
            found[timex] = Timex(named_by.start(), named_by.start(), "", "DURATION", length)
    return found


def _period_span(duration: str, last: str) -> tuple[str, str] | None:
    """The first and last moments of a period of ``duration`` ending on ``last``: months to a
    month's end are whole months, weeks and days are days.

    >>> _period_span("P3M", "2024-09-30"), _period_span("P12W", "2024-10-06")
    (('2024-07', '2024-09'), ('2024-07-15', '2024-10-06'))
    >>> _period_span("P6M", "2024-06"), _period_span("P3M", "2024-09-15")
    (('2024-01', '2024-06'), None)
    """
    match = _BACK_DURATION.match(duration)
    value = parse_value(last)
    if match is None or value is None or value.precision not in ("day", "month"):
        return None
    count, unit = int(match.group(1)), match.group(2)
    end = value.end - timedelta(days=1)  # the period's last day
    if unit in "WD" and value.precision == "day":
        first = end - timedelta(days=count * (7 if unit == "W" else 1) - 1)
        return first.date().isoformat(), end.date().isoformat()
    if unit in "MY" and (end + timedelta(days=1)).day == 1:  # to a month's end
        months = end.year * 12 + end.month - 1 - count * (12 if unit == "Y" else 1) + 1
        return f"{months // 12:04d}-{months % 12 + 1:02d}", f"{end.year:04d}-{end.month:02d}"
    return None


def _season_of_thing(
    text: str, first: Timex, second: Timex, roles: dict[Timex, str], language: str
) -> bool:
    """Whether the split year ``first``/``second`` names a thing's season ("its 1986/87 crop
    estimate", "its offer for 2033-34") in a sentence that has another date for its
    happening."""
    noun_for = re.compile(lang.words(language, "anchors").NOUN_FOR_BEFORE, re.I)
    after_noun = noun_for.search(text, max(0, first.start - 40), first.start)  # "offer for 2033-34"
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
    return not between and not any(ch.isdigit() for ch in second.text)


def _next_day(text: str, first: Timex, second: Timex, language: str) -> bool:
    """Whether ``second`` is the day after ``first``, joined by "and" alone and closing the
    phrase ("cancelled 87 flights on Saturday and Sunday, …"): one happening over both days.

    >>> sat = Timex(3, 11, "Saturday", "DATE", "2025-03-01")
    >>> sun = Timex(16, 22, "Sunday", "DATE", "2025-03-02")
    >>> _next_day("on Saturday and Sunday", sat, sun, "en")
    True
    """
    a, b = parse_value(first.value), parse_value(second.value)
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return False
    if first.type != "DATE" or second.type != "DATE" or b.start - a.start != timedelta(days=1):
        return False
    joiner = text[first.end : second.start].strip().lower()
    # the second day closes the phrase: "el martes se desplazará a Kiev" opens a clause
    closes = text[second.end : second.end + 3].lstrip()[:1] in ("", ",", ".", ";", ":", ")")
    return joiner == lang.words(language, "clauses").AND and closes


def _things_dated(
    text: str, roles: dict[Timex, str], published: datetime | None, language: str
) -> None:
    """Dates that name what a noun phrase holds, not when its clause happened: a day gone by
    in a possessive before a clause told in the future ("the weekend's cancellations will
    cut …"); a year after an owner's possessive, or a time word before a noun, when the
    clause has a date of its own ("Kopp's 1987 Chevrolet was found last month", "raised its
    overnight lending rate on Wednesday")."""
    for timex, role in list(roles.items()):
        if role != anchors.DATES:
            continue
        past = published and (
            names_the_past_before_a_future(text, timex, published, language)
            or past_date_under_future(text, timex, published, language)
        )
        owned = split_years.year_of_owned_thing(text, timex, language) or (
            split_years.time_word_before_noun(text, timex, language)
        )
        if past or (owned and any(r == anchors.DATES for t, r in roles.items() if t is not timex)):
            roles[timex] = anchors.MODIFIES


def _possessive_after(text: str, timex: Timex, language: str) -> bool:
    """Whether a possessive ending follows ``timex`` ("1985/86's record")."""
    return text.startswith(tuple(lang.words(language, "clauses").POSSESSIVE_ENDINGS), timex.end)


def _asides(
    text: str, start: int, end: int, timexes: list[Timex], found: list[Happening],
    mentions: list[Mention], published: datetime, language: str,
) -> list[Happening]:  # fmt: skip
    """ "The company, founded in 1921, was bought in 2019": the aside's own happening, from
    the dates no happening of the sentence took that may date one (not a maturity's)."""
    taken = {
        (t.start, t.end)
        for h in found
        if h.when is not None
        for t in (h.when.timex, h.when.until)
        if t is not None
    }
    left = [t for t in timexes if start <= t.start < end and (t.start, t.end) not in taken]
    free = [t for t in left if _may_tell(text, t, end, language)]
    roles = {t: _role(text, t, language) for t in free if _is_date(t)}
    rest = [t for t, r in roles.items() if r in (anchors.DATES, anchors.MODIFIES)]
    fronted = [t for t, r in roles.items() if r == anchors.DESCRIBES]  # "Built in 1934, …"
    told = (
        aside_happenings(text, start, end, rest, mentions, published, language, fronted)
        if rest or fronted
        else []
    )
    held = {h.when.timex.start for h in told if h.when is not None}
    for timex in left:  # "the footbridge, which the town opened in 1931": the relative's own
        if (
            timex.start in held
            or not _is_date(timex)
            or _role(text, timex, language) != anchors.MODIFIES
        ):
            continue
        value = parse_value(timex.value)
        if value is not None and value.start <= published:
            found_here = relative_happening(text, start, end, timex, mentions, language)
            told += [found_here] if found_here is not None else []
    return told


def _may_tell(text: str, timex: Timex, end: int, language: str) -> bool:
    """The cheap test before parsing a sentence again: a date a noun owns or follows an
    article of ("Tuesday's crash", "the March 18 hearing"), or one a comma closes (an aside,
    an opening participle). Any other date no reading of ``core.events.asides`` can take."""
    c = lang.words(language, "clauses")
    after = text[timex.end : timex.end + 2]
    if any(after.startswith(e) for e in c.POSSESSIVE_ENDINGS if e):
        return True
    before = text[max(0, timex.start - 5) : timex.start].lower().split()
    if before and before[-1] in c.ARTICLES:
        return True
    return "," in text[timex.end : end]
