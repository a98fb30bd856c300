"""Turn a document into events: one per happening, titled, dated, with its kind and names.

The sentences come from ``core.events.sentences``, time expressions from
``core.temporal.tagger``, names from ``core.events.entities``; ``core.events.happenings`` finds
what each sentence reports. This module
gives each happening its date: the time expression it takes, a range ("from 2014 to 2022"),
a span counted back from publication ("nearly eight years of fighting"), the lead's date for
the article's opening sentences, or none (undated, anchored to the publication day). Which
time expressions a happening may take is ``core.events.when_choice``'s; spans and ranges are
``core.events.when_spans``'.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from types import ModuleType

from core import lang
from core.events import anchors, back_reports, moments, offsets, tense_dates
from core.events.also_same_day import also_same_day
from core.events.anchors import DESCRIBES, MODIFIES
from core.events.antecedents import headline_people
from core.events.asides import aside_happenings
from core.events.carried_day import carried_day
from core.events.dated_entries import entry_start
from core.events.entities import Mention, find_mentions, one_name_per_person
from core.events.finished_year import year_not_over
from core.events.forecasts import forecast
from core.events.guidance import guidance_happenings
from core.events.happenings import NOTABLE, relative_happening, sentence_happenings
from core.events.heading import headline_in_body
from core.events.lead_news import (
    AFTER_LEAD,
    lead_news,
    lead_words,
    told_elsewhere,
    told_in_retrospect,
)
from core.events.merge import same_happening
from core.events.new_dates import new_date_happenings, planned_happenings
from core.events.nominal import is_happening_noun, refused_noun
from core.events.object_participles import object_participle
from core.events.parse import Happening, When
from core.events.participle_asides import participle_happenings, told_already
from core.events.payments import payment_happenings
from core.events.quotes import quoted_statement, witnessed
from core.events.repeats import fuller, repeated, without_means_copies
from core.events.report_sources import source_happenings
from core.events.reported_frames import with_speaker
from core.events.retractions import retracted
from core.events.sayings import dated_saying
from core.events.sentences import split_with_body
from core.events.since_nouns import since_happening, since_noun_happenings
from core.events.title_debris import without_empty_aside
from core.events.title_structure import structured
from core.events.tokens import glue_guillemets
from core.events.trading_day import session_day
from core.events.undated import undated_happening
from core.events.when_choice import _is_date, _role, _whens
from core.events.when_spans import _BACK_DURATION, _period_span, calendar_period
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
# A quotation its attribution closes may open this many sentences before it.
QUOTED_BACK = 2


def publication_moment(document: Document) -> datetime:
    value = parse_value(document.published)
    if value is None:
        raise ValueError(f"{document.path}: publication date {document.published!r} is not a date")
    return value.start


def extract_events(document: Document) -> list[Event]:
    """The events of a document, in text order.

    "would tour Kenya on March 3 and Tanzania the next day" gives two events; a
    notable happening with no date ("plans for joint exercises") gives an undated event on the
    publication day; quotes and attributions give none.
    """
    text, language = document.text, document.language
    published = publication_moment(document)
    timexes = [t for t in tag(text, published, language) if t.start >= document.body_start]
    timexes = offsets.as_dates(timexes, language)  # "dos días después": after the last date
    # (the body's sentences as names are found in them: the article split once)
    spans, body_spans = split_with_body(text, document.body_start, language)
    mentions = find_mentions(text, document.body_start, language=language, sentences=body_spans)
    # "She was born …" opening the body: the headline's one person ("Ann Roe … dies at 92")
    mentions = headline_people(text, document.body_start, language) + mentions
    mentions = one_name_per_person(mentions, language)  # "Carmen Reyes" is "… Reyes Moreno"
    day_text = published.date().isoformat()
    day = parse_value(day_text)
    assert day is not None
    events: list[Event] = []
    lead: TimeValue | None = None
    # a sentence the dateline opens ("BERGEN, July 8, 2025 (Nordwire) - Ferries stopped …")
    # starts where the body does: its news is the lead
    body = [
        (max(a, document.body_start), b)
        for a, b in spans
        if b > document.body_start and b - max(a, document.body_start) <= MAX_SENTENCE_CHARS
    ]
    # "Bagarre à Lunel." over the body: a headline kept in it; the lead comes after it
    opening = int(bool(body) and headline_in_body(text, *body[0], language))
    previous: tuple[int, int] | None = None  # the sentence before, and whether it had a date
    previous_dated = False
    news: list[tuple[Event, frozenset[str]]] = []  # the events a lead tells undated, and verbs
    earlier_next = False  # whether the sentence after such a lead dates a clause before its day
    for number, (start, end) in enumerate(body):
        start = _entry_start(text, start, end, timexes, mentions, published, language)
        here = [t for t in timexes if start <= t.start < end]
        # "Brenmoor stock slid 9% in early trading": that day's session
        here = session_day(
            text, start, end, here, published, language, _dates_a_clause(text, language)
        )
        before, dated_before = previous, previous_dated
        told = None
        previous, previous_dated = (start, end), bool(here)
        if number == opening + 1 and back_reports.reports_back(text, start, end, here, language):
            # "… The co-op announced the move on Friday": the lead is the report's news, or
            # background to it (or the report's news is other news), not news of its own day
            told_ids = {id(e) for e, _ in news}
            events[:] = [e for e in events if id(e) not in told_ids]
            news.clear()
        if number == opening + 1 and news and _dates_before(text, here, published, language):
            # "L'État a promis des aides. Elle a été votée en 2011.": told in retrospect
            earlier_next = True
        if retracted(text, start, end, language):
            continue  # "An earlier version of this story said …", "For comparison, …"
        whens = _whens(text, here, language, published) if here else []
        if whens:
            found = sentence_happenings(text, start, end, whens, mentions, language)
            if not found:  # "“…,” he said in comments published Friday": the saying (the
                # quotation may open sentences before: "“We will stay. …,” he said on Friday")
                opened = [start] + [
                    a for a, _ in reversed(body[max(0, number - QUOTED_BACK) : number])
                ]
                found = [
                    q for q in [quoted_statement(text, opened, end, whens, mentions, language)] if q
                ] or back_reports.bare_report(text, start, end, whens, language)
                # "“In 2004 we lost the whole harvest,” said Ada Roux": what a witness tells
                found = found or [
                    q
                    for q in [witnessed(text, start, end, whens, mentions, day_text, language)]
                    if q
                ]
        elif same_day := (
            # "… on Monday. The Bank of Oslavia also stepped in.": that day's second act
            also_same_day(text, start, end, before, events, mentions, published, language)
            # "On Sunday the guards searched the cells. They found two phones.": that Sunday
            or carried_day(text, start, end, here, before, events, mentions, published, language)
        ):
            happening, value = same_day
            _add(events, _event(happening, text, start, end, value, None, False, language),
                 text, language)  # fmt: skip
            continue
        else:
            found = [h for h in [undated_happening(text, start, end, mentions, language)] if h]
            # "… following the Paris accord in February": a title holding a date that names
            # its thing would put that thing on the lead's day (and "met leaders of the nations
            # due to sign the pact in Rome on Friday" would put the signing on it)
            named = [
                t.text
                for t in here
                if _is_date(t) and _role(text, t, language) in (MODIFIES, DESCRIBES)
            ]
            found = [h for h in found if not any(n in h.title for n in named)]
            # "Acme filed a plan …": the lead's news, on the report's day (not the second
            # sentence's: as often background or a state, "The ferry had been
            # chartered in May", "Extra staff were needed as …")
            if number == opening:
                told = lead_news(text, start, end, mentions, language, tuple(t.start for t in here))
                found = [told] + [h for h in found if h.named_only] if told else found
        if whens and number == opening and not _recent(whens, published):
            # "Acme, whose stock peaked in 1983, filed a plan": the lead's news beside the
            # aside's (not after an aside of the days before: "Roe, detained on Friday, hired a
            # lawyer" may have done so on any day since)
            told = lead_news(text, start, end, mentions, language, tuple(t.start for t in here))
            verbs = lead_words(told.title, language) if told else frozenset()
            if told and not any(verbs & lead_words(h.title, language) for h in found):
                found = [told, *found]
        if here:  # (the readings below each take one of the sentence's dates)
            found = found + _dated_asides(
                text, start, end, here, whens, found, mentions, published, language
            )
        # "Об этом сообщил в среду мэр": the news before, on the report's day, or nothing
        found, spans = back_reports.settle_sentence(
            found, events, text, before, dated_before, mentions, language
        )
        dated = [h.title for h in found if h.when is not None]
        for happening in found:
            if happening.when is None and any(t.startswith(happening.title) for t in dated):
                continue  # "Under the 2014 accord between …": the accord, dated by its year
            if happening.when is None and happening.named_only and dated:
                continue  # "charged in two raids, including the 2019 Oslo bombing": dated
            if happening.when is None and happening is told:
                event = _event(happening, text, start, end, lead or day, None, False, language)
                news.append((event, lead_words(happening.title, language)))
            elif happening.when is None:
                # a happening only named ("plans for exercises") is not the lead's news
                in_lead = (
                    number < opening + LEAD_SENTENCES
                    and lead is not None
                    and not happening.named_only
                )
                if not in_lead and happening.kind not in NOTABLE:
                    continue
                event = _event(
                    happening, text, start, end, lead or day, None, not in_lead, language
                )
            else:
                if happening.when.back and (
                    moments.present_state(happening.title, language)
                    or tense_dates.told_now(happening.title, language)
                ):
                    continue  # "exports are priced in dollars" over "the last 18 months"
                value, until = _dates(happening.when, published, happening.title, language,
                                      text, "T" in document.published)  # fmt: skip
                if value is not None and forecast(happening.title, value, until, published,
                                                  language):  # fmt: skip
                    continue  # "Lumo expects earnings to rise in 1995": no happening
                timex = happening.when.timex
                if value is not None and year_not_over(happening.title, value, published, text,
                                                       timex, language):  # fmt: skip
                    continue  # "For the year, the mill reported a loss" in March: which year?
                if value is not None and not tense_dates.keeps_date(
                    happening.title,
                    value,
                    until,
                    published,
                    text,
                    happening.when.timex,
                    language,
                    start,
                    happening.when.back,
                ):  # "is reviewing a report from last October": not the reviewing's date
                    retold = _retold(happening, text, start, end, whens, mentions, published,
                                     document)  # fmt: skip
                    if retold[1] is not None or not tense_dates.figure_period(value):
                        # (with no other date, "expects to report a third-quarter loss" keeps
                        # the loss's quarter)
                        happening, value, until = retold
                if value is None or happening.when is None:
                    continue
                where = spans.get(id(happening), (start, end))
                happening = with_speaker(happening, text, *where, mentions, language)
                event = _event(happening, text, *where, value, until, False, language)
                if number == opening and lead is None and value.precision == "day":
                    lead = value if value.start <= published else None
            _add(events, event, text, language)
    gone = told_elsewhere(news, events, language)  # "… The plan was filed yesterday"
    gone |= told_in_retrospect(
        news, events, body[opening + 1 : opening + 1 + AFTER_LEAD], earlier_next
    )
    events = [e for e in events if id(e) not in gone]
    # a title that fused two clauses or stopped inside a phrase: its clause as written
    return structured(events, text, language)


def _recent(whens: list[When], published: datetime) -> bool:
    """Whether one of ``whens`` ends within the week before the publication day."""
    return any(
        (value := parse_value(w.timex.value)) is not None
        and value.end > published - timedelta(days=7)
        for w in whens
    )


def _dates_before(text: str, here: list[Timex], published: datetime, language: str) -> bool:
    """Whether one of a sentence's time expressions (``here``) dates a clause at a time that
    ended before the publication day ("… was voted in 2011") or names that day by its name
    ("On Friday, she flew to Oslo"), not as "today"."""
    day = published.replace(hour=0, minute=0, second=0, microsecond=0)
    today = {w for w, offset in lang.words(language, "cues").DEICTIC_DAYS.items() if not offset}
    for t in here:
        value = parse_value(t.value) if _is_date(t) else None
        if value is None or _role(text, t, language) in (MODIFIES, DESCRIBES):
            continue
        if value.end <= day:
            return True
        named = not any(w.startswith(tuple(today)) for w in t.text.lower().split())
        if value.precision == "day" and value.start == day and named:
            return True
    return False


def _dates_a_clause(text: str, language: str) -> Callable[[Timex], bool]:
    """Whether a time expression of ``text`` is a date that dates a clause (not one that
    describes a thing or measures a span)."""
    return lambda t: _is_date(t) and _role(text, t, language) in (anchors.DATES, anchors.MODIFIES)


def _entry_start(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention],
    published: datetime, language: str,
) -> int:  # fmt: skip
    """Where the sentence starts once a live entry's time is set aside for a time of its own
    ("23:50 Polls closed at 10pm …", ``entry_start``); the entry keeps its time when the rest
    tells no dated happening ("11:05 The coastguard says it rescued walkers who were cut off
    at 10:15": the saying is the entry's news, told at 11:05)."""

    def dates(timex: Timex) -> bool:  # no baseline, no thing's date
        return anchors.cached_role(text, timex, language) == anchors.DATES

    entry = entry_start(text, start, end, timexes, published, language, dates)
    if entry == start:
        return start
    here = [t for t in timexes if entry <= t.start < end]
    whens = _whens(text, here, language, published) if here else []
    return (
        entry
        if whens and sentence_happenings(text, entry, end, whens, mentions, language)
        else start
    )


def _dated_asides(
    text: str, start: int, end: int, here: list[Timex], whens: list[When],
    found: list[Happening], mentions: list[Mention], published: datetime, language: str,
) -> list[Happening]:  # fmt: skip
    """The happenings a sentence tells beside its clause's, each on a date of its own
    (``here``, the sentence's time expressions)."""
    told = _asides(text, start, end, here, found, mentions, published, language)
    # "…, повідомив у середу директор центру Ігор Коваль": the saying, on its own day
    said = dated_saying(text, start, end, whens, mentions, language, found + told)
    told += [said] if said else []
    # "Le musée, inauguré en 1821, …": the aside's own happening, on its own date
    asides = participle_happenings(text, start, end, here, mentions, language)
    told += [h for h in asides if not told_already(h, found + told)]
    # "…, according to a study published on Tuesday": the study's publication
    told += source_happenings(text, start, end, here, mentions, language)
    # "declared a dividend of 22 cents, payable on March 15": the payment, on its day
    told += payment_happenings(text, start, here, language)
    # "down from a previous forecast of 40 mln issued in November": the forecast's issuing
    told += guidance_happenings(text, start, here, language)
    # "The hearing was moved to June 9", "Tenants have until June 9 to lodge claims"
    told += new_date_happenings(text, start, end, here, published, language)
    # "…, with results expected in 2026": the plan, on a date no clause took
    taken = {h.when.timex.start for h in found + told if h.when is not None}
    free = [t for t in here if t.start not in taken]
    told += planned_happenings(text, start, free, published, language)
    # "under a pact reached last July": the pact's, whatever date the clause took
    objects = _object_happenings(text, start, end, here, mentions, published, language)
    # ("In a note released on Friday, the firm blamed …": the blaming, told once)
    told += without_means_copies(objects, found, text, start, language)
    return told


def _retold(
    happening: Happening, text: str, start: int, end: int, whens: list[When],
    mentions: list[Mention], published: datetime, document: Document,
) -> tuple[Happening, TimeValue | None, TimeValue | None]:  # fmt: skip
    """The same happening read again without the date its tense refused, on the sentence's
    other date when it is not gone by either ("Lomax expects to report first-quarter results
    on Monday": the Monday, not the quarter gone by), else no date (value None)."""
    language = document.language
    refused = happening.when.timex if happening.when else None
    others = [w for w in whens if w.timex is not refused and w.until is not refused]
    again = sentence_happenings(text, start, end, others, mentions, language) if others else []
    words = set(happening.title.split())
    # "acquired a 1985 painting in 1986": a thing's date refused, the clause's own may be gone by
    thing = refused is not None and tense_dates.date_of_a_thing(
        happening.title, text, refused, start, published, language
    )
    # "had sought offers until May 20 for deliveries in July": a day ahead of a past
    # refused, the dates after it are the same thing's terms
    ahead = (
        thing and not tense_dates.year_of_a_thing(happening.title, text, refused, start, language)
    ) or (  # "to sell the farm by June 30 and the herd by July": the infinitive's dates too
        refused is not None
        and tense_dates.infinitive_aside(happening.title, text, refused, language, start)
    )
    for other in again:
        # the same clause: its title now keeps the refused date's words ("first-quarter")
        if not words <= set(other.title.split()) or other.when is None:
            continue
        if ahead and other.when.timex.start > refused.start:
            continue
        if thing and (
            _listed_after(text, refused, other.when.timex, language)
            or tense_dates.date_of_a_thing(
                other.title, text, other.when.timex, start, published, language
            )
        ):
            continue  # "the 1981 and 1982 contracts": the same thing's year
        value, until = _dates(other.when, published, other.title, language, text,
                              "T" in document.published)  # fmt: skip
        if value is not None and (thing or not tense_dates.gone_by(until or value, published)):
            # (a time gone by, even after a verb of saying: "higher than the 60 billion lire
            # reported in 1985" is a baseline)
            return replace(happening, when=other.when), value, until
    # "are charged in the May 3, 2011, fire at …": the date refused is the fire's own (a
    # thing's year is no day's: "to overturn a 1985 ruling")
    day = refused is not None and len(refused.value) >= len("2011-05-03")
    noun = (
        refused
        and (day or not thing)
        and refused_noun(text, start, end, refused, mentions, language)
    )
    if noun and noun.when:
        return noun, *_dates(noun.when, published, noun.title, language, text)
    return happening, None, None


def _listed_after(text: str, first: Timex, second: Timex, language: str) -> bool:
    between = text[first.end : second.start].strip().lower()
    return between in (",", *lang.words(language, "clauses").COORDINATORS)


def _add(events: list[Event], event: Event, text: str, language: str) -> None:
    """Keep one event per happening within a document ("Putin's meeting with Xi" twice), the
    fuller telling of a happening told again on its date (``core.events.repeats``)."""
    if any(same_happening(event, other) for other in events):
        return
    again = repeated(event, events, text, language)
    if again is not None:
        if not fuller(event, events[again], text, language):
            return
        del events[again]
    events.append(event)


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
    before = text[max(0, when.timex.start - _BEFORE_REACH) : when.timex.start]
    if when.until:
        # "will remain shut on Thursday and Friday": the coming days, as for one day alone
        first, last = moments.settled_span(
            when.timex.value, when.timex.text, when.until.value, title, published, language,
            before, clock_known,
        )  # fmt: skip
        return parse_value(first), parse_value(last)
    if when.period:
        span = _period_span(when.period.value, when.timex.value)
        whole = calendar_period(*span) if span else None
        if whole:  # "in the three months to March 31": the first quarter
            return parse_value(whole), None
        if span:
            return parse_value(span[0]), parse_value(span[1])
    ahead = moments.possessive_ahead(text, when.timex.start, when.timex.end, language)
    value = moments.settled(
        when.timex.value, when.timex.text, title, published, language, before, clock_known, ahead
    )
    return parse_value(value), None


def _event(
    happening: Happening, text: str, start: int, end: int, value: TimeValue,
    until: TimeValue | None, undated: bool, language: str,
) -> Event:  # fmt: skip
    if until is not None and until.end <= value.start:
        until = None  # a span cannot end before it starts: keep the date we are sure of
    return Event(
        title=without_empty_aside(
            glue_guillemets(happening.title, lang.words(language, "clauses").SPACED_GUILLEMETS)
        ),
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
    # "the trust, founded in 1986, …": a founding year is the trust's age, no happening
    free = [
        t
        for t in left
        if _may_tell(text, t, end, language) and not anchors.tells_age(text, t, language)
    ]
    roles = {t: _role(text, t, language) for t in free if _is_date(t)}
    rest = [t for t, r in roles.items() if r in (anchors.DATES, anchors.MODIFIES)]
    fronted = [t for t, r in roles.items() if r == anchors.DESCRIBES]  # "Built in 1934, …"
    told = (
        aside_happenings(text, start, end, rest, mentions, published, language, fronted)
        if rest or fronted
        else []
    )
    # "in hiding since the June 2020 bombing of a depot": the bombing's own day
    since = [t for t, r in roles.items() if r == DESCRIBES and since_happening(text, t, language)]
    told += since_noun_happenings(text, start, end, since, mentions, language)
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


def _object_happenings(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention],
    published: datetime, language: str,
) -> list[Happening]:  # fmt: skip
    """The happenings participles after a preposition's object tell with their own dates
    (``core.events.object_participles``), for dates that may date a happening at all."""
    found = []
    for timex in timexes:
        if not start <= timex.start < end or not _is_date(timex):
            continue
        role = _role(text, timex, language)
        if role not in (anchors.DATES, anchors.MODIFIES, anchors.DESCRIBES):
            continue
        # (a date that describes may close a verb's object and its participle:
        # "The levy replaces a charge approved in Ghent in 2019")
        after_verb = role == anchors.DESCRIBES
        told = object_participle(text, start, timex, mentions, published, language, after_verb)
        if told is None and after_verb:
            # "formed a group to study the wording of a proposal made earlier today": a
            # preposition's object inside the verb's
            told = object_participle(text, start, timex, mentions, published, language, nested=True)
        if told is None and after_verb:
            # "a rangé le cobalt au rang des priorités dans un programme présenté en mars": a
            # preposition's object after the verb's
            told = object_participle(
                text, start, timex, mentions, published, language, means_only=True
            )
        found += [told] if told is not None else []
    return found


def _may_tell(text: str, timex: Timex, end: int, language: str) -> bool:
    """The cheap test before parsing a sentence again: a date a noun owns or follows an
    article of ("Tuesday's crash", "the March 18 hearing"), or one a comma closes (an aside,
    an opening participle). Any other date no reading of ``core.events.asides`` can take."""
    c = lang.words(language, "clauses")
    after = text[timex.end : timex.end + 2]
    if after.startswith(_endings(c)):
        return True
    before = text[max(0, timex.start - 5) : timex.start].lower().split()
    if before and before[-1] in c.ARTICLES:
        return True
    # "to hold a public hearing on Oct. 12": a happening noun's own date after it
    if before and before[-1] in lang.union(
        c, "NOUN_DATE_PREPOSITIONS", "NOUN_SCHEDULED_PREPOSITIONS"
    ):
        near = text[max(0, timex.start - _PHRASE_REACH) : timex.start].split()[-_NOUN_REACH:]
        if any(is_happening_noun(w.strip(",.;:"), language) for w in near if w.islower()):
            return True
    # "after a fire in its engine room on 19 July": a phrase of time's noun
    phrase = text[max(0, timex.start - _PHRASE_REACH) : timex.start].lower().split()
    if not _phrase_of_time(c).isdisjoint(phrase):
        return True
    return "," in text[timex.end : end]


@cache
def _endings(c: ModuleType) -> tuple[str, ...]:
    """The language's possessive endings, none empty (one ``startswith`` for them all)."""
    return tuple(e for e in c.POSSESSIVE_ENDINGS if e)


@cache
def _phrase_of_time(c: ModuleType) -> frozenset[str]:
    """The words both subordinators and prepositions ("after", "before"), made once."""
    return c.SUBORDINATORS & c.PREPOSITIONS


_NOUN_REACH = 6  # words before the date: "a public hearing on that idea on …"
_PHRASE_REACH = 60  # characters: "after a fire in the engine room of the ferry on …"
# characters before a date that ``moments.settled`` reads: a verb of saying, whom it told and
# the preposition ("told reporters on Friday")
_BEFORE_REACH = 32
