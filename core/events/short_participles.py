"""Happenings a Russian or Ukrainian participle's aside tells on its own date: "Мэр Иван
Петров, назначенный в марте 2018 года, заявил …" tells that Petrov was appointed then. These
languages have no article to open the noun phrase (``core.events.participle_asides`` reads
the article languages), so the aside's noun is a person's name or a noun the participle agrees
with, its nominative adjectives before it; the participle agrees in the nominative (then the
noun is a subject) and turns to its predicate's form (``ASIDE_SHORT_ENDINGS``: Russian
"назначенный" → "назначен"). The title: "Иван Петров назначен".
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Happening, When
from core.events.wording import name_in_title
from core.temporal.tagger import Timex

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# How many adjectives may stand before the noun ("первая городская смета").
_ADJECTIVES = 2


@cache
def _data(language: str) -> tuple[ModuleType, ModuleType]:
    return lang.words(language, "anchors"), lang.words(language, "clauses")


def short_participle_happening(
    text: str, start: int, timex: Timex, mentions: list[Mention], language: str
) -> Happening | None:
    """The happening of the participle aside that ``timex`` closes, or None."""
    a, c = _data(language)
    before = text[start : timex.start]
    aside = re.search(a.ASIDE_PARTICIPLE_BEFORE, before, re.I)
    rest = text[timex.end :]
    if aside is None or not (re.match(r"\s*[,;]", rest) or re.match(a.ASIDE_GOES_ON_AFTER, rest)):
        return None  # (an aside may go on after its date: "написана в 1911 году за неделю,")
    participle = aside.group("participle")
    short = next(
        (
            (participle[: -len(long)] + to, gender)
            for long, to, gender in a.ASIDE_SHORT_ENDINGS
            if participle.lower().endswith(long)
        ),
        None,
    )
    if short is None:
        return None  # not a nominative participle: the noun is no subject
    predicate, gender = short
    if len(timex.value) == 4 and participle.lower().startswith(a.ASIDE_AGE_STEMS):
        return None  # "мост, открытый в 2013 году,": how old the bridge is, no news
    comma = start + aside.start()
    person = next(
        (m for m in mentions if m.kind == PERSON and m.end == comma and m.start >= start), None
    )
    if person is not None:
        noun = name_in_title(text, person, language) if _agrees(text, person, gender, a, c) else ""
    else:
        noun = _noun(text[start:comma], gender, a, c)
    if not noun:
        return None
    title = f"{noun[:1].upper()}{noun[1:]} {predicate}"
    return Happening(title, "other", When(timex), ())


def _noun(before: str, gender: str, a: ModuleType, c: ModuleType) -> str:
    """The lowercase noun before the comma whose ending agrees with the participle's gender
    (``ASIDE_NOUN_ENDINGS``), with the nominative adjectives of that gender before it; ""
    when there is none or a preposition governs it."""
    words = _WORD.findall(before)
    if not words or not words[-1].islower():
        return ""
    noun = words[-1]
    if not noun.endswith(a.ASIDE_NOUN_ENDINGS.get(gender, ())):
        return ""
    if "NOUN" not in c.lemmas(noun) or "VERB" in c.lemmas(noun):
        return ""
    k = len(words) - 1
    adjective = a.ASIDE_ADJECTIVE_ENDINGS.get(gender, ())
    while k > 0 and len(words) - k <= _ADJECTIVES and words[k - 1].lower().endswith(adjective):
        k -= 1
    if k > 0 and words[k - 1].lower() in c.PREPOSITIONS:
        return ""
    if k > 0 and not _opens_phrase(words[k - 1].lower(), c):
        return ""  # "стоимость ремонта, …": "ремонта" is owned by another noun, no subject
    return " ".join(words[k:])


def _opens_phrase(word: str, c: ModuleType) -> bool:
    """Whether the word before a noun phrase leaves it a subject: a clause's opener or link, a
    coordinator, or a verb ("тогда как | смета", "и | смета", "вышла | смета")."""
    if word in c.OPENERS | c.COORDINATORS | c.LINKS:
        return True
    return c.is_past(word) and "VERB" in c.lemmas(word)


def _agrees(text: str, person: Mention, gender: str, a: ModuleType, c: ModuleType) -> bool:
    """Whether a person's name may be the participle's noun: no preposition before it ("в
    Старогорске"), and a surname whose ending fits the participle's gender (a woman's in
    "-а": "Петрова, избранная"; not "парку Гагаріна, відкритий")."""
    before = text[: person.start].split()
    if before and before[-1].lower() in c.PREPOSITIONS:
        return False
    feminine = text[person.start : person.end].endswith(a.ASIDE_NOUN_ENDINGS.get("f", ())[:2])
    return gender == "p" or feminine == (gender == "f")
