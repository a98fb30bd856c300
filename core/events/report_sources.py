"""The dated source an attribution names: "…, according to a study published on Tuesday in
the journal Nature" tells that the study was published on Tuesday, a happening of its own
(the news it reports keeps its own date, or takes this one when it has none)."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.parse import Happening, When
from core.events.titles import headline
from core.model import Entity
from core.temporal.tagger import Timex

_WORD = re.compile(r"\S+")
_PLACE_WORDS = 8  # "in the journal Nature Geoscience": longer, it is no short phrase


@cache
def _data(language: str) -> tuple[ModuleType, ModuleType]:
    return lang.words(language, "reports"), lang.words(language, "clauses")


def source_happenings(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention], language: str
) -> list[Happening]:
    """ "A study was published in the journal Nature" on the date of "according to a study
    published on Tuesday in the journal Nature", for each such source in ``text[start:end]``."""
    r, c = _data(language)
    found = []
    for timex in timexes:
        if not start <= timex.start < end or timex.type not in ("DATE", "TIME"):
            continue
        source = re.search(r.SOURCE_PUBLISHED, text[start : timex.start], re.IGNORECASE)
        if source is None:
            continue
        head = source.group("head").lower()
        plural = head.endswith(c.PLURAL_ENDING) and not head.endswith(r.SOURCE_SINGULAR_ENDINGS)
        be = r.SOURCE_BE[1] if plural else r.SOURCE_BE[0]
        place = _place(text, timex.end, end, r)
        said = " ".join([be, source.group("verb"), place.strip()]).strip()
        title = headline(source.group("source"), said, language=language)
        if title:
            reach = timex.end + len(place)
            named = {m.name: Entity(m.name, m.kind) for m in mentions
                     if timex.end <= m.start < reach}  # fmt: skip
            found.append(Happening(title, "statement", When(timex), tuple(named.values())))
    return found


_SOURCE_REACH = 120  # characters: how far "according to …" may open before the source's date


def dates_a_source(text: str, timex: Timex, language: str) -> int | None:
    """Where the attribution opens whose source ``timex`` dates ("…, according to figures
    published soon after 5 a.m. on Sunday"), or None when ``timex`` dates no source."""
    r = _data(language)[0]
    left = max(0, timex.start - _SOURCE_REACH)
    source = re.search(r.SOURCE_PUBLISHED, text[left : timex.start], re.IGNORECASE)
    return None if source is None else left + source.start()


def is_source_verb(text: str, at: int, timex: Timex, language: str) -> bool:
    """Whether the word at character ``at`` is the participle of a dated attribution's source
    ("…, selon les chiffres communiqués mardi"): its publishing is the source's happening
    (``source_happenings``), no clause's verb of its own."""
    opened = dates_a_source(text, timex, language)
    return opened is not None and opened <= at < timex.start


def _place(text: str, at: int, end: int, r: ModuleType) -> str:
    """The phrase right after the date that says where or by whom (" in the journal
    Nature"), up to the next comma, as written; "" when there is no such phrase."""
    tail = re.split(r"[,;:()]|\.\s|\.$", text[at:end], maxsplit=1)[0]
    words = _WORD.findall(tail)
    if not words or words[0].lower() not in r.SOURCE_PLACE_OPENERS or len(words) > _PLACE_WORDS:
        return ""
    return tail.rstrip()
