"""Direction from tense: is an underspecified date ("on Monday", "in August") ahead or behind?

News reports mostly what happened, so without a clue a bare weekday lies in the past; a future
marker ("will", "is to", "plans to", "would") next to it points forward. The verb nearest the
expression in its own sentence wins, looking left first (the verb that governs a trailing
"on Monday"), then right ("On Thursday, he signed ..."). The markers are the language's
(``core.lang.<code>.tense``); this module only weighs them. Whether a whole sentence or
paragraph tells the past or reports the present is ``core.temporal.narration``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from core.lang import char_class, words
from core.temporal.cased import ignorecase
from core.temporal.firsts import led

PAST, UNKNOWN, FUTURE = -1, 0, 1
# Neither way: a plan agreed in the past ("agreed to buy it in June") may be dated by the
# agreement's month gone by or the plan's ahead; ``calendar.year_for_month`` weighs them.
# Read as UNKNOWN wherever only PAST and FUTURE count.
NEAREST = 2
QUOTE_MARKS = ('"', "“", "”", "„", "«", "»")  # opening and closing marks alike

_SENTENCE_END = led(
    re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"'”’]?\s+(?=[A-ZÀ-ÖØ-ÞЀ-ЯҐ\"“‘«'])|\n\s*\n")
)


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's tense cues, compiled."""

    words: ModuleType
    marker: re.Pattern[str]
    modal_passive: re.Pattern[str]
    modal_infinitive: re.Pattern[str]
    scheduled_copula: re.Pattern[str]
    deferred: re.Pattern[str]
    adjective_slot: re.Pattern[str]
    ordinal_last: re.Pattern[str]
    perfect: re.Pattern[str]
    past_perfect_plan: re.Pattern[str]
    reported: re.Pattern[str]
    auxiliary: re.Pattern[str]
    perfect_past: re.Pattern[str]
    verb_last: re.Pattern[str] | None
    target_before: re.Pattern[str]
    target_after: re.Pattern[str]
    committed_on: re.Pattern[str]
    agreed_plan: re.Pattern[str]
    clause_opened: re.Pattern[str]
    time_in_after: re.Pattern[str]
    relative_after: re.Pattern[str]
    copula_day_before: re.Pattern[str]
    copula_day_after: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "tense")
    marker = rf"\b(?:(?P<future>{t.FUTURE})|(?P<past>{t.PAST}))\b"
    reported = rf"\b(?:(?P<told>{t.FUTURE_IN_PAST})|(?P<present>{t.PRESENT})|(?P<past>{t.PAST}))\b"
    near = (
        led(re.compile(source, re.IGNORECASE))
        for source in (
            t.MODAL_PASSIVE,
            t.MODAL_INFINITIVE,
            t.SCHEDULED_COPULA,
            t.DEFERRED,
            t.ADJECTIVE_SLOT,
            t.ORDINAL_LAST,
            t.PERFECT,
            t.PAST_PERFECT_PLAN,
        )
    )
    # The two scanned over whole sentences and paragraphs: ``ignorecase`` matches as
    # re.IGNORECASE does, in about two thirds of the time (its compiling costs more); each
    # ``led``: a place whose character opens no cue turned away at once.
    return _Cues(
        t,
        led(ignorecase(marker)),
        *near,
        led(ignorecase(reported)),
        led(re.compile(t.AUXILIARY, re.IGNORECASE)),
        led(re.compile(rf"\b(?:{t.PERFECT_PAST})", re.IGNORECASE)),
        led(re.compile(t.VERB_LAST_CLAUSE, re.IGNORECASE)) if t.VERB_LAST_CLAUSE else None,
        led(re.compile(t.TARGET_BEFORE, re.IGNORECASE)),
        led(re.compile(t.TARGET_AFTER)),
        led(re.compile(t.COMMITTED_ON, re.IGNORECASE)),
        led(re.compile(t.AGREED_PLAN, re.IGNORECASE)),
        led(re.compile(t.CLAUSE_OPENED_BEFORE, re.IGNORECASE)),
        led(re.compile(t.TIME_IN_AFTER, re.IGNORECASE)),
        led(re.compile(t.RELATIVE_AFTER, re.IGNORECASE)),
        re.compile(t.COPULA_DAY_BEFORE, re.IGNORECASE),
        re.compile(t.COPULA_DAY_AFTER),  # (its capitals tell a place's name from a participle)
    )


@lru_cache(maxsize=256)  # asked again of one date by its direction, participle, possessive …
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, approximately (abbreviations may split it)."""
    window_start = max(0, start - 400)
    left = window_start
    # one past ``start``: the end's lookahead must see the capital a date opening its
    # sentence begins with ("… an. Anfang Mai soll …")
    for m in _SENTENCE_END.finditer(text, window_start, min(len(text), start + 1)):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    right = m.start() + 1 if m else min(len(text), end + 400)
    return left, right


# A date heading a line of a key-dates box ("- 9 May: opening"): the line is the entry, and
# the lines around it, which run into one sentence for want of a full stop, are other entries.
def entry_head(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Whether the date at ``text[start:end]`` heads a line of a key-dates box, set off by a
    colon or a dash: "September 9: launch event"."""
    line = text.rfind("\n", 0, start) + 1
    opens, set_off = _entry_marks(lang)
    return bool(opens.fullmatch(text, line, start) and set_off.match(text, end))


@cache
def _entry_marks(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may open a key-dates line before its date (one of ``ENTRY_MARKS``) and what sets
    the date off after it (``ENTRY_DATE_END``, ``ENTRY_DASHES``), as ``dated_entries`` reads
    the sentence's tokens."""
    c = words(lang, "clauses")
    marks, set_off = char_class(c, "ENTRY_MARKS"), char_class(c, "ENTRY_DATE_END", "ENTRY_DASHES")
    return re.compile(rf"[ \t]*{marks}?[ \t]*"), re.compile(rf"[ \t]*{set_off}\s")


def direction(text: str, start: int, end: int, lang: str = "en") -> int:
    """PAST, FUTURE, UNKNOWN or NEAREST for the expression at ``text[start:end]`` from nearby verbs.

    >>> direction("She will visit Kyiv on Tuesday.", 23, 30) == FUTURE
    True
    """
    cues = _cues(lang)
    if text.startswith(cues.words.POSSESSIVE, end):  # "Tuesday's ruling": what happened …
        left, right = sentence_bounds(text, start, end)
        before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
        near = before and re.fullmatch(r"\s+\w+\s+", text[before[-1].end() : start])
        ahead = near and before[-1].group("future") and _kind(before[-1], cues) == FUTURE
        if not before and _future_after(text, end, right, cues):
            return NEAREST  # "Saturday's final will be played …", "Monday's ruling will be
            # appealed": the thing's day is the nearer, the verb tells of after it
        return FUTURE if ahead else PAST  # … unless a future verb governs it at once: "will
        # miss Saturday's game" (not "would look for ways around Wednesday's ruling")
    if cues.committed_on.search(text, max(0, start - 30), start):
        return PAST  # "vowed on Monday to cut taxes": the vow's day
    if _deferred(cues, text, start):
        return FUTURE
    if cues.target_before.search(text, max(0, start - 12), start) and cues.target_after.match(
        text, end
    ):
        return FUTURE  # "wurde auf den 9. Januar vertagt": moved to a day, whatever the tense
    if cues.scheduled_copula.search(text, max(0, start - 24), start):
        return FUTURE  # "the first round is on Sunday": a timetable
    if cues.copula_day_before.search(text, max(0, start - 24), start) and (
        cues.copula_day_after.match(text, end)
    ):
        return FUTURE  # "Die Eröffnung ist am Samstag.": a timetable too
    left, right = sentence_bounds(text, start, end)
    if entry_head(text, start, end, lang):
        # a key-dates line: the lines around it run into its sentence for want of a full
        # stop, and their verbs ("June: preview for registered testers") are not its own
        stop = text.find("\n", end)
        left, right = (
            max(left, text.rfind("\n", 0, start) + 1),
            right if stop < 0 else min(right, stop),
        )
    if cues.verb_last:  # "…, dass die Produktion Ende Juni eingestellt wird": its own verbs
        opened = (m.end() for m in cues.verb_last.finditer(text, left, right) if m.end() <= start)
        left = max([left, *opened])
    before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    before = _outside_asides(text, left, start, before, lang)
    # "hat am Montag die Brücke eröffnet": an auxiliary whose participle is past the date
    last = before[-1].start() if before else left
    perfect = cues.perfect_past.search(text, last, right)
    if perfect and perfect.end() <= start:
        return PAST
    if before and cues.clause_opened.search(text, before[-1].end(), start):
        # "dijo que el viernes votará el pleno": the date opens the clause "que" begins, whose
        # verb follows it; the verb before only tells when that was said
        after = next((m for m in cues.marker.finditer(text, end, right) if _counts(m, cues)), None)
        if after is not None:
            return _kind(after, cues)
    if before:
        kind = _kind(before[-1], cues)
        if kind == FUTURE and cues.past_perfect_plan.search(text, max(left, start - 80), start):
            return PAST  # "had been scheduled to expire Friday": a plan from the past
        cue = before[-1].start()
        if kind == FUTURE and cues.agreed_plan.search(text[max(left, cue - 30) : cue]):
            return NEAREST  # "agreed to buy it in June": the deal's day or the plan's, unsaid
        return kind
    relative = cues.relative_after.search(text, end, right)
    for m in cues.marker.finditer(text, end, relative.start() if relative else right):
        if _counts(m, cues):
            return _kind(m, cues)
    return UNKNOWN


def _future_after(text: str, end: int, right: int, cues: _Cues) -> bool:
    """Whether the first verb in ``text[end:right]``, the rest of its sentence, looks ahead."""
    after = next((m for m in cues.marker.finditer(text, end, right) if _counts(m, cues)), None)
    return after is not None and _kind(after, cues) == FUTURE


def _outside_asides(
    text: str, left: int, start: int, found: list[re.Match[str]], lang: str
) -> list[re.Match[str]]:
    """``found`` less the verbs inside a relative aside closed before ``start`` ("The mayor,
    who took office in 2022, is seeking re-election in November": "took" is the aside's, not
    the clause's the date stands in)."""
    if not found:
        return found
    asides = _relative_aside(lang)
    if asides is None or "," not in text[left:start]:
        return found
    spans = [(m.start(), m.end()) for m in asides.finditer(text, left, start)]
    return [m for m in found if not any(a <= m.start() < b for a, b in spans)]


@cache
def _relative_aside(lang: str) -> re.Pattern[str] | None:
    """A relative clause set off by commas (``RELATIVE_ASIDE`` of the language's tense data)."""
    source = words(lang, "tense").RELATIVE_ASIDE
    return re.compile(source, re.IGNORECASE) if source else None


def reported_ahead(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Whether the verb nearest before ``text[start:end]`` is a past verb of saying and the
    first verb after it looks ahead: "said in the first half it will begin selling",
    "said its fourth quarter profits are expected to be the year's largest".

    >>> reported_ahead("Acme said in the third quarter it will open a plant.", 10, 27)
    True
    """
    cues = _cues(lang)
    left, right = sentence_bounds(text, start, end)
    before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    if not before or before[-1].group(0).lower() not in cues.words.REPORTING_PAST:
        return False
    after = (m for m in cues.marker.finditer(text, end, right) if _counts(m, cues))
    first = next(after, None)
    if first is None or re.search(r"[,;:()]", text[end : first.start()]):
        return False  # "said its third quarter results, which will be reported in May, were"
    return _kind(first, cues) == FUTURE


def plan_noun_after_past(text: str, start: int, lang: str = "en") -> bool:
    """Is the last verb cue before ``start`` in its sentence a plan's noun after an article,
    the verb before it past ("Voters rejected a plan to build a casino in …")? The noun
    looks ahead; the clause told what was done.

    >>> plan_noun_after_past("Voters rejected a plan to build a casino in May.", 44)
    True
    >>> plan_noun_after_past("The union plans to strike in May.", 29)
    False
    """
    cues = _cues(lang)
    left = sentence_bounds(text, start, start)[0]
    before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    if len(before) < 2 or _kind(before[-1], cues) != FUTURE or _kind(before[-2], cues) != PAST:
        return False
    previous = text[left : before[-1].start()].split()[-1:]
    return bool(previous) and previous[0].lower() in words(lang, "clauses").ARTICLES


def fixed_ahead(text: str, start: int, lang: str = "en") -> bool:
    """Does a date fixed or moved ahead end just before ``start`` ("the judge set sentencing
    for", "the hearing was delayed until", ``DEFERRED``)?

    >>> fixed_ahead("The judge set sentencing for Dec. 14.", 29)
    True
    """
    return _deferred(_cues(lang), text, start)


def _deferred(cues: _Cues, text: str, start: int) -> bool:
    """``DEFERRED`` ends just before ``start``, unless its bare "to" (group ``to``) opens a time
    things happened in ("a baissé au mois de mars": the fall's month, nothing set to it)."""
    found = cues.deferred.search(text, max(0, start - 60), start)
    if found is None:
        return False
    return found.groupdict().get("to") is None or not cues.time_in_after.match(text, start)


def reported_future(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Is ``text[start:end]`` inside the subject of a clause a past verb of saying reports,
    that clause's verb looking ahead ("said the summit in the summer would be a forum")? Not
    when the date follows the verb of saying at once: then it may date the saying ("said in
    June it would cut jobs").

    >>> reported_future("She said the summit in the summer would be a forum.", 20, 33)
    True
    >>> reported_future("She said in the summer it would cut jobs.", 9, 22)
    False
    """
    if not reported_ahead(text, start, end, lang):
        return False
    cues = _cues(lang)
    left, right = sentence_bounds(text, start, end)
    verb = next(m for m in cues.marker.finditer(text, end, right) if _counts(m, cues))
    if not re.fullmatch(cues.words.REPORTED_MODAL, verb.group(0), re.IGNORECASE):
        return False  # "announced a plan in March to cut jobs": the object's infinitive
    said = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)][-1]
    return re.fullmatch(cues.words.SAID_ON, text[said.end() : start], re.IGNORECASE) is None


def _counts(m: re.Match[str], cues: _Cues) -> bool:
    t = cues.words
    word = m.group(0).lower()
    if word == t.ORDINAL_LAST_WORD and cues.ordinal_last.match(m.string, m.end()):
        return False  # "the last half of June": an ordinal, not a look back
    regular_past = m.group("past") and word.endswith(t.PAST_SUFFIX)
    if regular_past:
        if word.endswith(t.NOT_PAST_ENDING) and not word.endswith(t.PAST_DESPITE_ENDING):
            return False  # succeed, proceed, exceed, need
        if cues.adjective_slot.search(m.string, max(0, m.start() - 12), m.start()):
            return False  # "a still unspecified date": an adjective, not a verb
        if word in t.NOT_PAST:
            return word in t.PLANNED_PARTICIPLES
    if t.CAPITAL_NOUNS and m.group(0)[0].isupper() and _inside_sentence(m):
        return False  # German "nach dem Treffen vom Montag": a noun, not "treffen"
    if m.groupdict().get("future") and _title_word_after_name(m):
        return False  # "won the Harbour Open on Sunday": a name's word, not "open"
    if m.group(0)[0].isupper() and word.endswith(t.PAST_SUFFIX):
        # a name ("René"), unless a participle opens the sentence ("Adopté lundi, le budget")
        return t.OPENING_PARTICIPLE_PAST and not _inside_sentence(m)
    return True


def _title_word_after_name(m: re.Match[str]) -> bool:
    """Whether the word matched is capitalised (not all capitals: a headline's) inside its
    sentence, after a capitalised word: part of a name ("the Harbour Open", "Vale Park")."""
    found = m.group(0)
    if not (found[0].isupper() and any(c.islower() for c in found) and _inside_sentence(m)):
        return False
    before = m.string[max(0, m.start() - 30) : m.start()].split()
    if not (before and before[-1][0].isupper()):
        return False
    # … in running text, not a headline in title case ("Apple Will Open Its Store")
    line_start = m.string.rfind("\n", max(0, m.start() - 200), m.start()) + 1
    line_end = m.string.find("\n", m.end(), m.end() + 200)
    line = m.string[line_start : line_end if line_end != -1 else m.end() + 200].split()
    return sum(w[0].isupper() for w in line) * 2 < len(line)


def _inside_sentence(m: re.Match[str]) -> bool:
    """Whether the word matched stands after another word of its sentence."""
    before = m.string[max(0, m.start() - 3) : m.start()].rstrip(" \t\"„“«»'")
    return bool(before) and before[-1] not in ".!?:\n"


def _kind(m: re.Match[str], cues: _Cues) -> int:
    t = cues.words
    word = m.group(0).lower()
    if m.group("future") and cues.perfect.match(m.string, m.end()):
        return PAST  # "may have been", "would have won"
    if m.group("past") and cues.modal_passive.search(m.string, max(0, m.start() - 30), m.start()):
        return FUTURE  # "will be paid", "is to be held"
    infinitive = cues.modal_infinitive.search(m.string, max(0, m.start() - 30), m.start())
    if (
        m.group("past")
        and infinitive
        and not (
            word.endswith(t.PAST_SUFFIX)
            and infinitive[0][: len(t.INFINITIVE_MARKER)] == t.INFINITIVE_MARKER
        )
    ):
        return FUTURE  # "will cut the ribbon", "is to set a date": an infinitive, not a past
    if word in t.FUTURE_PARTICIPLES:
        return FUTURE
    if m.group("past") and not word.endswith(t.PAST_SUFFIX) and _shares_modal(m, t):
        return FUTURE  # "would stay open but cut its hours": the modal's second infinitive
    if m.group("past") and _shares_modal(m, t, t.MODAL_PASSIVE_COORDINATED):
        return FUTURE  # "would be cleaned first and repainted in May": a second participle
    return FUTURE if m.group("future") else PAST


@cache
def _modal_coordinated(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _shares_modal(m: re.Match[str], t: ModuleType, source: str | None = None) -> bool:
    """Whether the past form matched, one its base form shares ("cut", "set"), follows
    "and" or "but" after a modal's verb phrase (``MODAL_COORDINATED``, or ``source``): an
    infinitive."""
    pattern = _modal_coordinated(source or t.MODAL_COORDINATED)
    return pattern.search(m.string, max(0, m.start() - 60), m.start()) is not None


def says_ahead(text: str, start: int, end: int, lang: str = "en", infinitives: bool = True) -> bool:
    """Is the verb nearest ``text[start:end]`` (as ``direction`` finds it) a future form
    ("will", "organisera")? A passive present ("is often recalled") is not, though
    ``direction`` reads a date before it as a timetable's. With ``infinitives`` False, an
    infinitive ("to start", ``INFINITIVE_MARKER`` before it or opening it) is not: it looks
    ahead for itself, not for the clause it hangs on.

    >>> says_ahead("The city will hold a party on November 9.", 33, 43)
    True
    >>> says_ahead("The march on June 9 is often remembered as the start of a long strike.", 13, 19)
    False
    """
    cues = _cues(lang)
    left, right = sentence_bounds(text, start, end)
    before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    nearest = before[-1] if before else None
    if nearest is None:
        nearest = next(
            (m for m in cues.marker.finditer(text, end, right) if _counts(m, cues)), None
        )
    if nearest is not None and not infinitives and _infinitive(text, nearest, cues):
        return False
    return bool(nearest and nearest.group("future") and _kind(nearest, cues) == FUTURE)


def nearest_verb_before(text: str, start: int, end: int, lang: str = "en") -> int:
    """Where the verb nearest before ``text[start:end]`` (as ``says_ahead`` finds it) starts,
    -1 without one: "meets" in "to cut costs when he meets them on May 2"."""
    cues = _cues(lang)
    left, _ = sentence_bounds(text, start, end)
    before = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    return before[-1].start() if before else -1


def _infinitive(text: str, marker: re.Match[str], cues: _Cues) -> bool:
    """Whether the tense marker ``marker`` is an infinitive: "to start", "(to) prepare"."""
    to = cues.words.INFINITIVE_MARKER
    if not to:
        return False
    if marker.group(0).lower().startswith(to + " "):
        return True
    before = text[max(0, marker.start() - len(to) - 2) : marker.start()].lower()
    return re.fullmatch(rf"(?:^|.*\W){re.escape(to)}\s+", before, re.DOTALL) is not None
