"""A happening told with "also" right after one dated on a day, and no date of its own: the
same day ("The Ruritanian central bank added funds at 4 pct on Monday. The Bank of Oslavia also
stepped into its market." — Oslavia's bank stepped in that Monday too).

Only a past verb straight after "also", in the sentence right after the dated one and in its
paragraph, whose event is a day's gone by and no saying: a present ("also faces charges") or
a verb of saying ("also said") tells no second act of that day.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from core import lang
from core.events.entities import Mention
from core.events.happenings import clause_happening
from core.events.parse import Happening, parse_sentence
from core.model import Event
from core.timeval import TimeValue, parse_value

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _also(language: str) -> re.Pattern[str]:
    words = lang.words(language, "clauses").ALSO_WORDS
    if not words:
        return re.compile(r"(?!)")
    alternatives = "|".join(sorted(map(re.escape, words)))
    # (within the sentence's subject's reach, no comma before: not "Also, …" nor an aside's)
    return re.compile(rf"[^,;:()]{{1,80}}?\s(?:{alternatives})\s+(?P<verb>[^\W\d_]+)\b", re.I)


def also_same_day(
    text: str, start: int, end: int, before: tuple[int, int] | None, events: list[Event],
    mentions: list[Mention], published: datetime, language: str,
) -> tuple[Happening, TimeValue] | None:  # fmt: skip
    """The happening of ``text[start:end]``, a sentence with no date told with "also" and a
    past verb, and the day of the event just before it; None otherwise."""
    if before is None or not events:
        return None
    found = _also(language).match(text, start, end)
    if found is None:
        return None
    c = lang.words(language, "clauses")
    subject = _WORD.findall(text[start : found.start("verb")].lower())
    if set(subject) & c.PRONOUNS:
        return None  # "They also seized a car": whose act, the reading may get wrong
    verb = found.group("verb").lower()
    if not c.is_past(verb) or set(c.lemmas(verb).get("VERB", ())) & c.SPEECH_VERBS:
        return None  # "also faces", "also said": no second act of that day
    last = events[-1]
    if last.undated or last.precision != "day" or not before[0] <= last.char_start < before[1]:
        return None
    if last.start_ts > published.timestamp() or "\n\n" in text[before[1] : start]:
        return None  # "… will hold a hearing on 12 February. ¶ The closure also cost jobs."
    words = _WORD.findall(last.title.lower())
    if {lemma for w in words for lemma in c.lemmas(w).get("VERB", ())} & c.ALSO_SAYINGS:
        return None  # the day before is a saying's: "… said on Monday. It also cut …"
    day = parse_value(last.start[:10])
    s = parse_sentence(text, start, end, [], mentions, language)
    main = next((cl for cl in s.clauses if cl.verb is not None), None) if s else None
    if s is None or main is None or main.verb is None:
        return None
    if s.tokens[main.verb].lower != verb:
        return None  # the verb after "also" is not the sentence's own
    happening = clause_happening(s, main, None, main.end)  # type: ignore[arg-type]
    if happening is None or day is None:
        return None
    return happening, day
