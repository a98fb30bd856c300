"""A quotation whose attribution dates it: the saying is the event.

“Sadly, the council has yet to offer any help,” he said in remarks published
Friday. — a statement by the person "he" stands for, on the Friday, titled with the speaker
and the quote's own words. Quotes with no date in their attribution give nothing here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from core import lang
from core.events import anchors
from core.events.entities import PERSON, Mention
from core.events.parse import Happening, When
from core.events.quote_paragraphs import continued_quote, paragraph_speaker
from core.events.wording import name_in_title
from core.model import Entity
from core.timeval import parse_value

log = logging.getLogger(__name__)

MAX_CHARS = 70
_STOP_THEN_CAPITAL = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-ÞЀ-ЯҐ])")
_ATTRIBUTION_END = re.compile(r"[,;]|[.!?]\s+(?=[A-ZÀ-ÖØ-ÞЀ-ЯҐ])")


@dataclass(frozen=True, slots=True)
class _Reports:
    forms: tuple[re.Pattern[str], ...]
    pronouns: frozenset[str]
    reach: int
    name_abbreviation: re.Pattern[str]
    mark: str
    open_mark: str
    close_mark: str
    ellipsis: str
    speaker_before_date: bool


@cache
def _reports(language: str) -> _Reports:
    r = lang.words(language, "reports")
    forms = (re.compile(r.QUOTE_THEN_SPEAKER, re.S), re.compile(r.QUOTE_THEN_VERB, re.S))
    return _Reports(
        forms, r.PERSON_PRONOUNS, r.PRONOUN_REACH, re.compile(r.NAME_ABBREVIATION), r.TITLE_MARK,
        r.OPEN_MARK, r.CLOSE_MARK, r.ELLIPSIS, r.SPEAKER_BEFORE_DATE,
    )  # fmt: skip


def quoted_statement(
    text: str, starts: list[int], end: int, whens: list[When], mentions: list[Mention],
    language: str = "en",
) -> Happening | None:  # fmt: skip
    """The dated statement a quotation sentence ending at ``end`` reports, or None; its
    quotation opens at the first of ``starts`` (the sentence's own start, then earlier
    sentences' starts, nearest first) that reads as one whole quotation up to its closing mark
    ("“We will stay. Nobody moves us,” she said on Friday": the quote opens one sentence back).
    """
    r = _reports(language)
    for start in starts:
        found = next((m for m in (f.match(text[start:end]) for f in r.forms) if m), None)
        if found is not None:
            break
    if found is None or _ends_a_sentence(found.group("speaker"), r):
        return None
    if start + found.end("quote") < starts[0]:
        return None  # the quotation closed sentences before: "“… output.” Wyss said that …"
    # the attribution's own date: after the verb of saying ("said on Friday", "dijo el martes
    # el portavoz"; in English after the speaker too, not "said Nordbank's May"), before any
    # clause or sentence that follows it ("…, noting that in 1986", "… Corp. He said …")
    after_quote = start + found.end("verb")
    if r.speaker_before_date:
        after_quote = max(after_quote, start + found.end("speaker"))
    rest = _ATTRIBUTION_END.split(found.group("rest"), maxsplit=1)[0]
    stop = start + found.start("rest") + len(rest)
    dates = [w for w in whens if after_quote <= w.timex.start < stop]
    if len(dates) != 1 or dates[0].back or dates[0].until is not None:
        return None  # undated, or two dates to choose from: nothing sure for the timeline
    when = dates[0]
    speaker = _speaker(text, start + found.start("speaker"), found.group("speaker"), mentions, r)
    if speaker is None:
        return None
    if _in_description(text, start + found.start("speaker"), found, speaker, when):
        return None  # "…,” said Ann Roe, a nurse who qualified in 1999": the speaker's past
    quote = " ".join(found.group("quote").split())
    title = _title(name_in_title(text, speaker, language), quote, r)
    return Happening(title, "statement", when, (Entity(speaker.name, speaker.kind),))


def _in_description(text: str, at: int, found: re.Match[str], speaker: Mention, when: When) -> bool:
    """Whether the date stands inside words set off after the speaker named after the verb,
    in the attribution at ``at`` ("…,” said Ann Roe, a nurse who qualified in 1999"), not
    alone after a comma ("…,” dijo Ana Gil, la alcaldesa, el viernes": the saying's day) nor
    after a pronoun's ("…,” sagte sie am Mittwoch": the person named sentences before)."""
    if found.start("speaker") < found.start("verb") or speaker.start < at:
        return False
    if when.timex.start <= speaker.end:
        return False
    between = text[speaker.end : when.timex.start]
    return "," in between and bool(between.rpartition(",")[2].strip())


def witnessed(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    published: str, language: str = "en",
) -> Happening | None:  # fmt: skip
    """A past happening a witness tells in the quotation that opens the sentence, on the one
    date inside it, titled with the speaker the attribution names and the quote's words: “In
    2004 we lost the whole harvest,” said Ada Roux → "Roux: “In 2004 we lost the whole harvest”"
    in 1999. None for a quote about what will or may come (“We will reopen in May”), with no
    past verb, with a date outside it, two dates or one after ``published`` (an ISO day), or
    with no named speaker."""
    c = lang.words(language, "clauses")
    if not c.SPEECH_VERBS:
        return None
    found = _quotation(language).match(text, start, end)
    # (or a quotation that runs on over the sentence: “We removed … in 2017. | Others …,”)
    span = (found.start("quote"), found.end("quote")) if found else None
    span = span or continued_quote(text, start, end, language)
    if span is None:
        return None
    when = _witness_date(text, *span, whens, published, language)
    if when is None:
        return None
    speaker = None
    if found is not None:
        speaker = _attributed(text, found.end(), end, mentions, language)
        # "“…,” he told reporters": the one person named shortly before
        speaker = speaker or _pronoun_speaker(text, found.end(), span[0], end, mentions, language)
    # “…,” said Ann Roe. “In May I moved the kiln …”: the speaker the paragraph names once
    speaker = speaker or paragraph_speaker(
        text, start, end, mentions, language, lambda a, b: _said_by(text, a, b, mentions, language)
    )
    if speaker is None:
        return None
    quote = " ".join(text[span[0] : span[1]].split()).rstrip(",")
    title = _title(name_in_title(text, speaker, language), quote, _reports(language))
    return Happening(title, "statement", when, (Entity(speaker.name, speaker.kind),))


def _witness_date(
    text: str, qa: int, qb: int, whens: list[When], published: str, language: str
) -> When | None:
    """The one date of a witness's own past act the quotation ``text[qa:qb]`` tells (see
    ``witnessed``), or None."""
    c = lang.words(language, "clauses")
    inside = [w for w in whens if qa <= w.timex.start < qb]
    # a length is no date ("“… and ten years of letters burned,”"), and a date after
    # the quote is its attribution's ("…,” said Ada Roux, head of a fund set up in 2019")
    inside = [w for w in inside if w.timex.value[:1].isdigit()] if len(inside) > 1 else inside
    before = [w for w in whens if w.timex.start < qa]
    if len(inside) != 1 or before or inside[0].back or inside[0].until is not None:
        return None
    when = inside[0]
    if not when.timex.value[:1].isdigit() or _ahead(when.timex.value, published):
        return None  # (a month the tagger read ahead: "“I sold it in March,” …" in February)
    if _unsure_date(text, qa, when, published, language):
        return None
    if anchors.cached_role(text, when.timex, language) != anchors.DATES:
        return None  # "“The 2019 season was our worst,” …": a year that names a thing
    data = lang.words(language, "reports")
    before_date = _WORD.findall(text, qa, when.timex.start)[-1:]
    opening = [*before_date, *_WORD.findall(when.timex.text)[:1]]
    if any(x.lower() in data.WITNESS_NO_DAY for x in opening):
        return None  # "“… on a Friday afternoon,” …", "“… on that day,” …": no day of its own
    if before_date and before_date[0].lower() in c.ARTICLES:
        return None  # "“We weathered the 2011 drought”": the year names the drought
    # the quote's words besides its date ("in May 2021" holds no modal "may")
    said = text[qa : when.timex.start] + text[when.timex.end : qb]
    words = [x.lower() for x in _WORD.findall(said)]
    if len(words) < data.WITNESS_MIN_WORDS:
        return None  # "“We did this last year,” …": too little said to title
    if any(x in c.FUTURE or x in c.MODALS or x in data.WITNESS_COMPARISONS for x in words):
        return None  # "“We will …”", "“Last year we saw the warmest April since …”"
    if not _told_by_witness(words, c, data.WITNESS_PRONOUNS):
        return None  # "“Energy prices in 1986 were a big factor,” …": no witness's own act
    return when


def _said_by(text: str, a: int, b: int, mentions: list[Mention], language: str) -> Mention | None:
    """The speaker an attribution ``text[a:b]`` between quotations names, or the person its
    "he" or "she" stands for."""
    return _attributed(text, a, b, mentions, language) or _pronoun_speaker(
        text, a, a, b, mentions, language
    )


def _unsure_date(text: str, quote: int, when: When, published: str, language: str) -> bool:
    """Whether the date inside a witness's quotation opening at ``quote`` dates no act of its
    own: a state's start ("“I have kept bees here since my father retired in 1990”"), a
    period the story sets ("“We began the month short of nurses …”"), or a season "last" may put in
    publication's year or the one before ("“Last summer I lost …”" in September)."""
    c, data = lang.words(language, "clauses"), lang.words(language, "reports")
    if any(w.lower() in c.CLAUSE_SINCE for w in _WORD.findall(text, quote, when.timex.start)):
        return True
    written = [w.lower() for w in _WORD.findall(when.timex.text)]
    if " ".join(written) in data.WITNESS_STORY_PERIODS:
        return True
    season = when.timex.value[5:] in lang.words(language, "calendar").SEASONS.values()
    last = bool(written) and written[0] in data.WITNESS_LAST
    return season and last and when.timex.value[:4] == published[:4]


def _ahead(value: str, published: str) -> bool:
    """Whether the time ``value`` starts after the ISO day ``published`` ("2021-SU", a summer,
    is compared by its first day, not as text)."""
    parsed = parse_value(value)
    return parsed is None or parsed.start.date().isoformat() > published[:10]


def _pronoun_speaker(
    text: str, at: int, quote: int, end: int, mentions: list[Mention], language: str
) -> Mention | None:
    """The person "he" or "she" at ``at``, after a quotation, stands for ("“…,” he told
    reporters"), a verb of saying next to it: the one person named shortly before the
    quotation (opening at ``quote``); None when there is no such pronoun or two people it
    could be."""
    r, c = _reports(language), lang.words(language, "clauses")
    pair = [w.lower() for w in _WORD.findall(text, at, min(end, at + _PRONOUN_SAYING_CHARS))[:2]]
    if len(pair) < 2 or pair[0] not in r.pronouns:
        return None
    if not set(c.lemmas(pair[1]).get("VERB", ())) & c.SPEECH_VERBS:
        return None
    return one_person_before(mentions, quote, r.reach)


_PRONOUN_SAYING_CHARS = 40


def _told_by_witness(words: list[str], c: ModuleType, pronouns: frozenset[str]) -> bool:
    """Whether lower-case ``words`` hold "I" or "we" with a past verb of their own, a word or
    two after it ("we borrowed", "I first came", "we were cut off"); not a negated one ("we
    never …", "we did not …") nor "be" or "have" alone ("we had the best year")."""
    for k, word in enumerate(words):
        if word not in pronouns:
            continue
        for j in range(k + 1, min(k + 4, len(words))):
            verb = words[j]
            if verb in c.NEGATIONS or (verb in c.AUX and verb not in c.BE | c.HAVE):
                break
            if not c.is_past(verb):
                continue
            if verb not in c.BE | c.HAVE:
                return True
            return j + 1 < len(words) and c.is_past(words[j + 1])
    return False


_WORD = re.compile(r"\w+(?:['’]\w+)?")


@cache
def _quotation(language: str) -> re.Pattern[str]:
    """A quotation that opens a sentence, up to its closing mark."""
    c = lang.words(language, "clauses")
    either = "|".join(map(re.escape, sorted(c.OPEN_QUOTES)))
    closing = "|".join(map(re.escape, sorted(c.CLOSE_QUOTES)))
    marks = re.escape("".join(set("".join(c.OPEN_QUOTES | c.CLOSE_QUOTES))))
    return re.compile(rf"\s*(?:{either})(?P<quote>[^{marks}]{{12,400}}?)[,.!?]?\s*(?:{closing})")


def _attributed(
    text: str, at: int, end: int, mentions: list[Mention], language: str
) -> Mention | None:
    """The person a verb of saying in ``text[at:end]`` has beside it ("said Ada Roux, 74,",
    "Ms Roux told reporters"); None when there is no such verb or no one person."""
    c = lang.words(language, "clauses")
    people = [
        m
        for m in mentions
        if m.kind == PERSON and at <= m.start and m.end <= end and text[m.end] not in _OWNER
    ]  # (not the owner in "said VeloLink's director, Ada Roux")
    saying = _saying_verbs(language)
    for verb in _WORD.finditer(text, at, end):
        if not set(c.lemmas(verb.group().lower()).get("VERB", ())) & saying:
            continue
        for person in people:
            after = person.start >= verb.end() and _ROLE_GAP.fullmatch(
                text, verb.end(), person.start
            )
            if after or (
                person.end <= verb.start() and not text[person.end : verb.start()].strip()
            ):
                return person
    return None


@cache
def _saying_verbs(language: str) -> frozenset[str]:
    """The verbs a witness's quotation is attributed by: the verbs of saying, and "recall"."""
    c, r = lang.words(language, "clauses"), lang.words(language, "reports")
    return frozenset(c.SPEECH_VERBS | r.WITNESS_SAYING_VERBS)


_ROLE_GAP = re.compile(r"\s+(?:[\w.'’-]+,?\s+){0,4}")  # "said harbour master Ada Roux"
_OWNER = "'’"


def _ends_a_sentence(speaker: str, r: _Reports) -> bool:
    """ "Moseley Securities Corp. He": the match ran over a full stop into the next sentence."""
    return any(
        not r.name_abbreviation.search(speaker[: m.start() + 1])
        for m in _STOP_THEN_CAPITAL.finditer(speaker)
    )


_APPOSED = re.compile(r"\s*,\s*")


def _speaker(
    text: str, at: int, written: str, mentions: list[Mention], r: _Reports
) -> Mention | None:
    """The person who spoke: named in the attribution, or the last person named before "he"."""
    written = written.strip()
    named = [m for m in mentions if at <= m.start < at + len(written) and m.kind == PERSON]
    if named:
        # "el ministro de Transportes, Traian Basescu": a capitalised word of the role taken
        # for a name of one word, the full name set after it by a comma is who spoke (not
        # "Smith, an aide to Senator Robert Dole,": Smith)
        first = named[0]
        apposed = len(named) > 1 and _APPOSED.fullmatch(text, first.end, named[1].start)
        return named[1] if apposed and " " not in first.text.strip() else first
    if written.lower() not in r.pronouns:
        return None  # "a spokesman", "the ministry": no one a reader can place
    return one_person_before(mentions, at, r.reach)


def one_person_before(mentions: list[Mention], at: int, reach: int) -> Mention | None:
    """The one person named within ``reach`` characters before ``at`` whom "he" or "she"
    there stands for; None for nobody, or two people it could be."""
    before = [m for m in mentions if m.kind == PERSON and at - reach <= m.end <= at]
    if len({m.name for m in before}) != 1:
        return None
    return before[-1]


def _title(speaker: str, quote: str, r: _Reports) -> str:
    """Speaker and the quote's words, cut at a word: "Erdogan: “The West has made no …”"."""
    head = f"{speaker}{r.mark}{r.open_mark}"
    room = MAX_CHARS - len(head) - len(r.close_mark)
    if len(quote) <= room:
        return f"{head}{quote}{r.close_mark}"
    cut = quote[: room - len(r.ellipsis)].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return f"{head}{cut}{r.ellipsis}{r.close_mark}"
