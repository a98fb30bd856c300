"""Titles that only point back at news they never name.

"Об этом сообщил в среду мэр Игорь Савин", "Le maire l'a annoncé mardi", "Das teilte die
Stadt am Dienstag mit", "The mayor announced the decision on Tuesday": a report or an
announcement whose object is a pronoun or demonstrative tells no happening of its own; the
news is the sentence before ("Городские власти закрыли мост на ремонт"), which, with no date
of its own, was reported on the report's day; news the sentence before dated itself names
what the report announced. The words are the language's (``core.lang.<code>.reports``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import takewhile
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.happenings import clause_happening
from core.events.kinds import trigger_kind
from core.events.parse import Happening, When, lexical_verb, parse_sentence
from core.model import Event
from core.temporal.tagger import Timex

NEAR_DAYS = 62  # (the news a report names by its title: of the two months before it)
_WORD = re.compile(r"[^\W\d_]+'|[\w-]+|\S")  # "l'a" → "l'", "a"


@cache
def _data(language: str) -> tuple[ModuleType, ModuleType]:
    return lang.words(language, "reports"), lang.words(language, "clauses")


def _words(title: str) -> list[str]:
    return _WORD.findall(title.lower().replace("’", "'"))


def points_back(title: str, language: str) -> bool:
    """Whether ``title`` is a report of news it does not name: "Об этом сообщил Савин",
    "Про це на засіданні повідомив Гнатюк", "Le maire l'a annoncé", "Die Stadt teilte das
    mit", "The mayor announced the decision" (not "… announced the decision to close it")."""
    r, c = _data(language)
    if not r.REPORT_VERB_STEMS:
        return False
    w = _words(title)
    verbs = [k for k, word in enumerate(w) if word.startswith(r.REPORT_VERB_STEMS)]
    if not verbs:
        return False
    if any(_opens(w, phrase) for phrase in r.BACK_OPENERS):
        return True  # "Про це на засіданні виконкому повідомив …"
    return any(_object_after(w, v, r, c) or _object_before(w, v, r, c) for v in verbs)


def refers_back(title: str, language: str) -> bool:
    """``points_back`` for a happening's title as read before its date was placed, after a
    change of subject and with a preposition its date left behind: "Separately, the club
    announced this on", "Кроме того, об этом сообщил в гребной клуб"."""
    r, c = _data(language)
    words = title.split()
    low = [w.lower().strip(",") for w in words]
    shift = next((p for p in r.BACK_TOPIC_SHIFTS if low[: len(p.split())] == p.split()), "")
    words = words[len(shift.split()) :]
    while words and words[-1].lower() in c.PREPOSITIONS:
        words = words[:-1]
    return points_back(" ".join(words), language)


def reports_back(text: str, start: int, end: int, dates: list[Timex], language: str) -> bool:
    """Whether the sentence ``text[start:end]``, its time expressions (``dates``) left out, is
    a report of news it does not name (``refers_back``): "The co-op announced the move on
    Friday.", "Separately, the club announced this on Monday."."""
    kept, at = [], start
    for timex in sorted(dates, key=lambda t: t.start):
        kept.append(text[at : timex.start])
        at = max(at, timex.end)
    return refers_back(" ".join(" ".join([*kept, text[at:end]]).split()).rstrip(".!? "), language)


def _opens(w: list[str], phrase: str) -> bool:
    words = phrase.split()
    return w[: len(words)] == words and len(w) > len(words)


def _object_after(w: list[str], v: int, r: ModuleType, c: ModuleType) -> bool:
    """ "… teilte das mit", "… announced the decision": the object closes the title."""
    tail = w[v + 1 :]
    if tail and tail[-1] in c.SEPARABLE_PARTICLES:
        tail = tail[:-1]
    return " ".join(tail) in r.BACK_OBJECTS


def _object_before(w: list[str], v: int, r: ModuleType, c: ModuleType) -> bool:
    """ "Le maire l'a annoncé" (the verb closes the title), "Lo anunció el alcalde" (the
    object opens it)."""
    head = w[:v]
    if head and head[-1] in c.AUX:
        head = head[:-1]
    for phrase in r.BACK_OBJECTS:
        n = len(phrase.split())
        if " ".join(head[-n:]) != phrase or len(head) < n:
            continue
        if v == len(w) - 1 or (len(head) == n and phrase in r.BACK_VERB_OPENERS):
            return True
    return False


def reported_news(
    text: str, start: int, end: int, mentions: list[Mention], language: str, when: When
) -> Happening | None:
    """The happening the sentence ``text[start:end]`` tells in its main clause, dated by the
    report after it (``when``): "Городские власти закрыли мост на ремонт." before "Об этом
    сообщил в среду мэр". None for a statement, a claim or a possibility."""
    s = parse_sentence(text, start, end, [], mentions, language)
    if s is None or (s.inside and s.inside[0]):
        return None
    main = next((c for c in s.clauses if c.verb is not None), None)
    if main is None or main.verb is None:
        return None
    verb = s.tokens[lexical_verb(s, main)]
    c = _data(language)[1]
    if trigger_kind(verb.text, language) == "statement" or verb.lower in c.HYPOTHETICAL:
        return None
    if not _past(s.tokens[main.verb].lower, verb.text, c, language):
        return None  # "Движение будет открыто": a plan, not what was reported
    happening = clause_happening(s, main, None, main.end)  # type: ignore[arg-type]
    if happening is None or points_back(happening.title, language):
        return None
    return Happening(happening.title, happening.kind, when, happening.entities)


def bare_report(
    text: str, start: int, end: int, whens: list[When], language: str
) -> list[Happening]:
    """A dated sentence that tells no happening but a report of news it does not name: "Le
    maire l'a annoncé mardi", "Lo anunció el martes el alcalde" (its words without its
    dates as the report's title, for ``settled`` to date the news before it by)."""
    kept, at = [], start
    for when in sorted(whens, key=lambda w: w.timex.start):
        kept.append(text[at : when.timex.start])
        at = max(at, when.timex.end)
    words = " ".join(" ".join([*kept, text[at:end]]).split()).rstrip(".!? ")
    if not whens or not points_back(words, language):
        return []
    return [Happening(words, "statement", whens[0], (), bare=True)]


def settle_sentence(
    found: list[Happening], events: list[Event], text: str, before: tuple[int, int] | None,
    dated_before: bool, mentions: list[Mention], language: str,
) -> tuple[list[Happening], dict[int, tuple[int, int]]]:  # fmt: skip
    """``settled`` for a sentence whose happenings are ``found``, after ``events`` (the
    sentence ``before``'s the list's last, read back only over them): the happenings, and
    the span of the news before by its id, whose undated event it replaces in ``events``."""
    at = before[0] if before else len(text)
    told = [
        (e.title, str(e.start))
        for e in takewhile(lambda e: e.char_start >= at, reversed(events))
        if e.char_start == at and not e.undated
    ]
    found, news = settled(found, text, before, dated_before, told[0] if told else None,
                          mentions, language)  # fmt: skip
    if news is None or before is None:
        return found, {}
    events[:] = [e for e in events if not (e.undated and e.title == news.title)]
    return found, {id(news): before}


def settled(
    found: list[Happening], text: str, before: tuple[int, int] | None, dated_before: bool,
    told: tuple[str, str] | None, mentions: list[Mention], language: str,
) -> tuple[list[Happening], Happening | None]:  # fmt: skip
    """``found`` with each dated report that only points back settled, and the news the
    sentence ``before`` told on the report's date when it had none of its own ("… закрыли
    мост." / "Об этом сообщил в среду мэр": the closing, reported on Wednesday; the news
    comes first in the list). A report of news the sentence before dated itself (its event
    titled ``told_before``) is the announcement, titled with what it announced ("Ihr Verlag
    teilte mit: Die Autorin ist gestorben", ``told`` its title and start) when that date
    is near the report's, not for an old story ("… closed the bridge in 1998. The mayor
    announced the decision on Tuesday"); one of nothing named is left out. The news before
    takes the report's date only when the report points back by a pronoun ("Об этом
    сообщил …", "Le maire l'a annoncé"), not by a noun ("the decision": perhaps another),
    and opens on no change of subject ("Separately, …")."""
    told_before, told_start = told if told else (None, None)
    reports = [h for h in found if h.when is not None and points_back(h.title, language)]
    if not reports:
        return found, None
    kept = [h for h in found if h not in reports]
    report = reports[0]
    news = None
    if before is not None:
        news = reported_news(text, *before, mentions, language, report.when)  # type: ignore[arg-type]
    shift = before is not None and _shifts(text, before[1], language)
    own = before is not None and not dated_before and _own_time(text, *before, language)
    if news is not None and not (dated_before or shift or own) and _by_pronoun(report, language):
        return [news, *kept], news
    if report.bare:
        return kept, None  # (read for the news before only)
    if told_before is None and news is not None and not own:
        # (the news before gave no event of its own: its clause names it all the same)
        told_before, told_start = news.title, None
    if told_before is None or shift or not _near(told_start, report.when):  # type: ignore[arg-type]
        return found, None  # (nothing to name it by, or old news: the report stays as it was)
    said = _short_report(_without_object(report.title, language), language)
    return [replace(report, title=f"{said}: {told_before}"), *kept], None


def _set_apart(w: list[str], phrases: frozenset[str]) -> bool:
    """Whether the words ``w`` hold one of ``phrases`` (each one or more words)."""
    for phrase in phrases:
        p = phrase.split()
        if any(w[k : k + len(p)] == p for k in range(len(w) - len(p) + 1)):
            return True
    return False


def _own_time(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence ``text[start:end]`` sets its news at a time of its own that no
    date tells, or tells a state or a wish: "The plant opened after the war", "The pier had
    been shut", "Мэр хотел продать бассейн"."""
    return _set_apart(_words(text[start:end]), _data(language)[0].BACK_NOT_THAT_DAY)


def _shifts(text: str, at: int, language: str) -> bool:
    """Whether the sentence after ``text[at]`` opens on a change of subject: "Separately,
    the club announced this on Monday", "Por otra parte, …"."""
    return _set_apart(_words(text[at : at + 40])[:4], _data(language)[0].BACK_TOPIC_SHIFTS)


def _by_pronoun(report: Happening, language: str) -> bool:
    """Whether the report points back by a pronoun ("Об этом сообщил …", "Lo anunció …"),
    not by a noun alone ("the decision": perhaps of other news than the sentence before)."""
    r, _ = _data(language)
    return _set_apart(_words(report.title), (r.BACK_OBJECTS | r.BACK_OPENERS) - r.BACK_NOUNS)


def _near(start: str | None, when: When) -> bool:
    """Whether news that starts on ``start`` (None: the report's own day) is near the
    report's date: its day, month or year ends at most ``NEAR_DAYS`` before the report, or
    after it ("… closed the bridge on Monday" / "… announced the decision on Wednesday", "…
    made a profit in 2016" / "… reported on February 14, 2017"; not "… in 1998")."""
    if start is None:
        return True
    said = _last_day(when.timex.value)
    told = _last_day(start)
    if said is None or told is None:
        return start[:4] == when.timex.value[:4]  # ("2019-Q1": of the report's year)
    return (said - told).days <= NEAR_DAYS  # (a plan it announces is near too)


def _last_day(value: str) -> date | None:
    """The last day of a date value: "2016" → 2016-12-31, "2019-08" → 2019-08-31."""
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            return (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _without_object(title: str, language: str) -> str:
    """The report's title without the words beside its verb that point back: "Ihr Verlag
    teilte das mit" → "Ihr Verlag teilte mit", "Про це повідомив Гнатюк" → "Повідомив
    Гнатюк", "Le maire l'a annoncé" → "Le maire a annoncé"."""
    r, _ = _data(language)
    words = title.split()
    low = [w.lower().replace("’", "'") for w in words]
    verbs = [k for k, w in enumerate(low) if w.startswith(r.REPORT_VERB_STEMS)]
    phrases = sorted(r.BACK_OBJECTS | r.BACK_OPENERS | r.BACK_VERB_OPENERS, key=len, reverse=True)
    for phrase in phrases:
        n = len(phrase.split())
        for i in range(len(words) - n + 1):
            if phrase in r.BACK_ELIDED and low[i].startswith(phrase) and i + 1 in verbs:
                words[i] = words[i][len(phrase) :]  # "l'a annoncé" → "a annoncé"
                return " ".join(words)
            near = (i == 0 and phrase in r.BACK_OPENERS) or i + n in verbs or i - 1 in verbs
            if " ".join(low[i : i + n]) == phrase and near:
                rest = words[:i] + words[i + n :]
                return " ".join(rest)[:1].upper() + " ".join(rest)[1:]
    return title


def _short_report(said: str, language: str) -> str:
    """The report's verb and speaker without the places and occasions around them:
    "На засіданні виконкому повідомив Гнатюк" → "Повідомив Гнатюк", "Повідомив Гнатюк під
    час поїздки" → "Повідомив Гнатюк" (not "Повідомили в обласній службі доріг": the
    source)."""
    r, c = _data(language)
    words = said.split()
    verb = next((k for k, w in enumerate(words) if w.lower().startswith(r.REPORT_VERB_STEMS)), None)
    if verb is None:
        return said
    if verb and words[0].lower() in c.PREPOSITIONS:
        words = words[verb:]
        words[0] = words[0][:1].upper() + words[0][1:]
        verb = 0
    particle = words[-1:] if words[-1].lower() in c.SEPARABLE_PARTICLES else []
    body = words[: len(words) - len(particle)]  # "… teilte am Abend mit": "mit" stays
    for k in range(verb + 2, len(body)):
        named = any(w.lower() not in c.PREPOSITIONS for w in body[verb + 1 : k])
        if body[k].lower() in c.PREPOSITIONS and named:
            return " ".join(body[:k] + particle)
    return " ".join(words)


def _past(finite: str, lexical: str, c: ModuleType, language: str) -> bool:
    """Whether a clause is told in the past: by its lexical verb, and where every finite
    form counts as one (Russian, Ukrainian), by the language's past forms ("закрыли", "был
    закрыт"; not "переносится", "будет открыто")."""
    if not c.IS_PAST_ANY_FINITE:
        return c.is_past(lexical) or c.is_past(finite)
    pattern = _past_forms(language)
    return bool(pattern.fullmatch(finite) or pattern.fullmatch(lexical.lower()))


@cache
def _past_forms(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "tense").PAST)
