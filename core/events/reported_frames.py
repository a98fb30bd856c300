"""Who says it, before a title in reported speech: German "Kern: Prüfer hätten Risse gefunden".

German tells reported speech by the verb's mood ("habe", "sei", "werde", "hätten"), and a
title cut from the reported clause ("Prüfer hätten Risse gefunden") reads as a claim without
its claimant. Where the same sentence names the speaker next to a verb of saying ("…, sagte
Sprecherin Ina Kern", "Sprecher Ole Brandt sagte, …"), the title opens on the speaker's short
name and a colon, as German headlines write it; the words are the article's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core import lang
from core.events.mention import Mention
from core.events.parse import Happening
from core.events.title_ends import MAX_CHARS, OVERFLOW_CHARS

_WORD = re.compile(r"\w+")
_ROLE_GAP = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]*)*\s+")  # "sagte Behördensprecherin Julia Kern"


def with_speaker(
    happening: Happening, text: str, start: int, end: int, mentions: list[Mention], language: str
) -> Happening:
    """``happening`` with its title opened by the speaker when the title is reported speech and
    the sentence ``text[start:end]`` names who said it; ``happening`` unchanged otherwise."""
    c = lang.words(language, "clauses")
    title = happening.title
    if not c.REPORTED_MOOD_VERBS or ":" in title:
        return happening
    if not any(w.lower() in c.REPORTED_MOOD_VERBS for w in _WORD.findall(title)):
        return happening
    speaker = _speaker(text, start, end, mentions, c.SPEECH_VERBS, c)
    if (
        not speaker
        or speaker in title
        or len(speaker) + len(title) + 2 > MAX_CHARS + OVERFLOW_CHARS
    ):
        return happening
    return replace(happening, title=f"{speaker}: {title}")


def _speaker(
    text: str, start: int, end: int, mentions: list[Mention], speech: frozenset[str], c: object
) -> str:
    """The short name of the person next to a verb of saying in ``text[start:end]``: right
    after it, past role words ("sagte Behördensprecherin Julia Kern"), or right before it
    ("Ole Brandt sagte"); "" when no verb of saying has a named person beside it."""
    people = [m for m in mentions if m.kind == "person" and start <= m.start and m.end <= end]
    for verb in _WORD.finditer(text, start, end):
        lemmas = c.lemmas(verb.group().lower()).get("VERB", ())  # type: ignore[attr-defined]
        if not set(lemmas) & speech:
            continue
        for person in people:
            gap = text[verb.end() : person.start]
            if person.start >= verb.end() and _ROLE_GAP.fullmatch(gap):
                return person.short
            if person.end <= verb.start() and not text[person.end : verb.start()].strip():
                return person.short
    return ""
