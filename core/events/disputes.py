"""When two reports of recognisably one happening give it different dates: a dispute, or an
update, or (dates that overlap) simply the same event told twice.

``relation(new, stored)`` decides, for an event just read and one already stored:

- ``"merge"``: their dates overlap; ``core.events.merge`` owns that case;
- ``"update"``: the stored date is coarse ("next week", "in May") and the new, precise one
  falls inside it ("on 24 March"): the event takes the precise date and keeps both sources;
- ``"dispute"``: their dates do not overlap ("met on Monday" / "met on Tuesday"): one event,
  marked as disputed, each source keeping its own date;
- ``None``: not recognisably one happening, or too far apart to be one.

Recognisably one happening is strict (a wrong dispute is as bad as a wrong merge, and a wire
reports the same kind of market happening every day: those are different happenings):

- the same people and organisations, all of them (names across spellings and scripts,
  ``core.events.names``), and no figures in either title (a price, a percentage: market
  figures are every day's news);
- both of one kind that says what happened (a meeting, a vote…): a place both name and the
  titles' action words closely matching (the same share as a paraphrase in ``merge``);
- otherwise (a wire's events are mostly of kind "other"): the same places, a verb in common
  and the titles nearly coinciding (``KINDLESS_OVERLAP`` of their content words);
- reported within ``REPORTED_APART`` of each other, and dates at most ``DATES_APART`` (or one
  unit of the coarser precision) apart: a meeting a month later is another meeting;
- not one text sent twice (its "yesterday" read against two days), not two sentences naming
  the same calendar day, and not a later date that comes after a report had told the
  earlier one as past (today's shortage, and tomorrow's).

All pure functions of ``core.model.Event`` values and publication dates; the store picks the
candidates (``core.store.disputes``).
"""

from __future__ import annotations

import re

from core import lang
from core.events.merge import (
    _NEUTRAL_KINDS,
    _PLACES,
    _WORD,
    NEAR_IDENTICAL,
    PARAPHRASE_OVERLAP,
    _cast,
    _figures,
    _names,
    content_lemmas,
)
from core.events.merge import _action as merge_action
from core.model import Event

DAY = 86400.0
# Kinds a dispute may be about: those that say what happened.
DISPUTABLE_KINDS = frozenset(
    ("violence", "military", "sanction", "election", "protest", "agreement", "meeting")
)
_PRECISE = frozenset(("day", "time"))
DATES_APART = 14 * DAY  # day-precise reports further apart than this are two happenings
REPORTED_APART = 7 * DAY  # reports published further apart may tell of a later happening
NEUTRAL_KINDS = _NEUTRAL_KINDS  # kinds that do not say what happened (merge's)
# Titles of no telling kind must nearly coincide: this many action words shared, a verb among
# them, and as many of all their content words in common as two titles of one happening on
# coarse dates in ``merge`` ("NYMEX crude contracts were forecast to start firm" / "NYMEX heating
# contracts were forecast to start firm to higher" share 5 of 8: two markets).
KINDLESS_SHARED = 2
KINDLESS_OVERLAP = NEAR_IDENTICAL


def disputable(event: Event) -> bool:
    """Whether ``event`` could be disputed at all: dated, naming someone, with no figure in
    its title (a place alone is not enough: "business loans of New York banks" are told
    every week).

    >>> from core.model import Entity
    >>> e = Event("Holm met Varga in Geneva", "2027-03-08", None, "day", False, "meeting",
    ...           "", 0, 1, 0.0, DAY, (Entity("Holm", "person"), Entity("Geneva", "place")))
    >>> disputable(e), disputable(Event(*[getattr(e, f) for f in ("title", "start", "end",
    ...     "precision", "undated", "kind", "sentence", "char_start", "char_end", "start_ts",
    ...     "end_ts")], ()))
    (True, False)
    """
    return not event.undated and bool(_cast(event)) and not _figures(event.title)


def same_story(a: Event, b: Event, language: str = "en") -> bool:
    """Whether ``a`` and ``b`` report recognisably one happening, whatever their dates: the
    same people and organisations, all of them, and the same action. Of one telling kind
    ("meeting"), a place both name and a paraphrase of the action are enough; otherwise (a
    wire's kind is mostly "other") the titles must nearly coincide (``_same_words``)."""
    if not (disputable(a) and disputable(b)) or _cast(a) != _cast(b):
        return False
    if a.kind == b.kind and a.kind in DISPUTABLE_KINDS:
        return _names(a, _PLACES) & _names(b, _PLACES) != frozenset() and _paraphrase(
            a, b, language
        )
    if a.kind != b.kind and not {a.kind, b.kind} & NEUTRAL_KINDS:
        return False  # a vote and a protest are two happenings
    return _same_words(a, b, language)


def _paraphrase(a: Event, b: Event, language: str) -> bool:
    words_a, words_b = _action(a, language), _action(b, language)
    if not words_a or not words_b:
        return False
    shared = len(words_a & words_b)
    return shared >= 1 and shared / min(len(words_a), len(words_b)) >= PARAPHRASE_OVERLAP


def _same_words(a: Event, b: Event, language: str) -> bool:
    """Two titles of no telling kind that tell one happening: the same places (with the same
    people and organisations, ``same_story``), a verb in common, at least ``KINDLESS_SHARED``
    action words shared and most of both titles' content words (``KINDLESS_OVERLAP``,
    Jaccard) the same."""
    if _names(a, _PLACES) != _names(b, _PLACES):
        return False  # "service to Mexico in May" / "service to Bakersfield in April"
    action_a, action_b = _action(a, language), _action(b, language)
    shared = action_a & action_b
    if len(shared) < KINDLESS_SHARED or not shared & _verbs(a.title, language) & _verbs(
        b.title, language
    ):
        return False
    words_a, words_b = content_lemmas(a.title, language), content_lemmas(b.title, language)
    return len(words_a & words_b) / len(words_a | words_b) >= KINDLESS_OVERLAP


def refines(new: Event, stored: Event) -> bool:
    """Whether ``new`` gives a more precise date inside ``stored``'s coarse one ("next week"
    → "on 24 March", "last year" → "in January last year")."""
    return (
        not new.undated
        and not stored.undated
        and stored.precision not in _PRECISE
        and stored.start_ts <= new.start_ts
        and new.end_ts <= stored.end_ts
        and new.end_ts - new.start_ts < stored.end_ts - stored.start_ts
    )


def relation(
    new: Event, stored: Event, new_published: float | None = None,
    stored_published: float | None = None, language: str = "en",
) -> str | None:  # fmt: skip
    """``"merge"``, ``"update"``, ``"dispute"`` or None (see the module's docstring).

    ``new_published`` and ``stored_published`` are the reports' publication times in
    seconds (``core.model.to_seconds``); unknown, they do not rule anything out.
    """
    if not same_story(new, stored, language):
        return None
    known = new_published is not None and stored_published is not None
    if known and abs(new_published - stored_published) > REPORTED_APART:
        return None
    if refines(new, stored):
        return "update"
    if new.start_ts < stored.end_ts and stored.start_ts < new.end_ts:
        return "merge"
    if not _near(new, stored):
        return None
    if _one_text(new, stored) or _days_named(new.sentence, language) & _days_named(
        stored.sentence, language
    ):
        return None
    if known and _later_occurrence((new, new_published), (stored, stored_published)):
        return None
    return "dispute"


def _later_occurrence(*reports: tuple[Event, float]) -> bool:
    """Whether the later of two dates, which do not overlap, tells of a happening after the
    earlier one was already over for a report: the earlier date had passed when a report was
    published ("the Bank forecast a shortage" today, and again tomorrow; a weekly figure due
    on Thursday, and next Thursday), and the later one reaches past that moment. A wire reports
    the same kind of happening again and again: those are two happenings, not a dispute.

    >>> def ev(start, end):
    ...     return Event("", "", None, "day", False, "other", "", 0, 1, start * DAY, end * DAY)
    >>> _later_occurrence((ev(2, 3), 2.5 * DAY), (ev(3, 4), 3.5 * DAY))  # today, each day
    True
    >>> _later_occurrence((ev(1, 2), 2.5 * DAY), (ev(2, 3), 3.5 * DAY))  # yesterday, each day
    True
    >>> _later_occurrence((ev(1, 2), 3.5 * DAY), (ev(2, 3), 3.5 * DAY))  # Monday or Tuesday?
    False
    >>> _later_occurrence((ev(10, 11), 1 * DAY), (ev(12, 13), 5 * DAY))  # moved to the 12th
    False
    """
    (earlier, _), (later, _) = sorted(reports, key=lambda r: r[0].end_ts)
    over = [  # the moments a report told the earlier date as past (or as today)
        published for _, published in reports if earlier.end_ts <= (published // DAY + 1) * DAY
    ]
    return bool(over) and later.end_ts > min(over)


def _near(a: Event, b: Event) -> bool:
    """Dates close enough to be two accounts of one happening: within ``DATES_APART``, or
    within the length of the coarser date ("in 2013" / "in 2014")."""
    longest = max(a.end_ts - a.start_ts, b.end_ts - b.start_ts)
    gap = max(a.start_ts, b.start_ts) - min(a.end_ts, b.end_ts)
    return gap <= max(DATES_APART, longest)


def _action(event: Event, language: str) -> frozenset[str]:
    """A title's content lemmas that say what happened: not its names, not "said"."""
    return merge_action(event, content_lemmas(event.title, language), language)


def _verbs(title: str, language: str) -> frozenset[str]:
    """The lemmas of a title's words that can only be verbs here: inflected verb forms that
    are no noun's ("met", "raised"; not "talks", "books") and verbs that are not nouns
    ("resign").

    >>> sorted(_verbs("Talks on the books opened as Holm resigns", "en"))
    ['open', 'resign']
    """
    c = lang.words(language, "clauses")
    found = set()
    for word in _WORD.findall(title.lower()):
        forms = c.lemmas(word)
        verb = forms.get("VERB", ())
        noun = forms.get("NOUN", ())
        if verb and (not noun or (verb[0] != word and word in noun)):
            found.add(verb[0])
    return frozenset(found)


def _one_text(a: Event, b: Event) -> bool:
    """The same sentence in two articles: a wire story sent again on another day, its "last
    week" or "yesterday" read against each day; the dates differ, the reports do not."""
    return " ".join(a.sentence.lower().split()) == " ".join(b.sentence.lower().split())


def _days_named(sentence: str, language: str) -> frozenset[tuple[int, int]]:
    """The calendar days a sentence names, ``(month, day)``: two reports naming the same one
    agree on it, and dates that differ come from reading them ("the second quarter ending
    March 31" / "the quarter ending March 31, 1987": a fiscal quarter read as a calendar one).

    >>> sorted(_days_named("It met on 14 February and again on March 2, 1987.", "en"))
    [(2, 14), (3, 2)]
    >>> sorted(_days_named("Elle est arrivée le 1er mars.", "fr"))
    [(3, 1)]
    """
    months = lang.words(language, "calendar").MONTHS
    words = _WORD.findall(sentence.lower())
    found = set()
    for i, word in enumerate(words):
        month = months.get(word.rstrip("."))
        if month is None:
            continue
        for near in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""):
            day = _LEADING_DIGITS.match(near)  # "14th", "1er", "3-го": the number
            if day and 1 <= int(day.group()) <= 31:
                found.add((month, int(day.group())))
    return frozenset(found)


_LEADING_DIGITS = re.compile(r"\d+")
