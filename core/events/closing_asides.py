"""A participle's aside that closes its sentence after a clause told in the past: its date
is the aside's noun's, not the clause's. "Dock workers repeated their complaint about night
shifts, first raised during a meeting with the harbour board in May." repeated it now (the
report's day); May is when it was first raised.

An aside closed by a comma inside its sentence is ``anchor_context._in_participle_aside``;
one after a bare subject is the clause's own verb ("Ann Lee, resigned in May.").
"""

from __future__ import annotations

import re

from core.events.anchor_cues import _Cues
from core.temporal.tense import sentence_bounds

_WORDS = re.compile(r"[a-z]+")


def closing_aside(text: str, start: int, before: str, after: str, cues: _Cues) -> bool:
    """Whether the date at ``start`` (``before`` the text just before it, ``after`` just
    after) ends a bare participle's aside that closes its sentence, after a clause with a
    verb in the past."""
    if cues.bare_participle_aside or not after.lstrip().startswith("."):
        return False
    found = cues.aside.search(before)
    if found is None or found.groupdict().get("noun_phrase"):
        return False
    participle = found.group("participle")
    if not cues.is_participle(participle):
        return False
    if set(cues.lemmas(participle).get("VERB", ())) & cues.reporting:
        return False  # "…," the minister, Ann Lee, said at a briefing on Monday.
    comma = start - len(before) + found.start()
    opened = sentence_bounds(text, comma, comma)[0]
    if any(mark in text[opened:comma] for mark in _QUOTE_MARKS):
        return False
    # the sentence's first comma opens the aside: a comma before it closes a subject's own
    # aside, and the participle is the clause's verb ("Her brother, Tomas, whom she hired in
    # 1971, retired in 1999."; "since the crew, with 90 others, walked out on May 6.")
    if text.find(",", opened, comma) >= 0:
        return False
    # (and a verb with its object after it: "His last broadcast, …, came in May." ends on a
    # noun that reads as a past)
    words = _WORDS.findall(text[opened:comma])
    return any(cues.is_past(w) for w in words[:-1])


_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
