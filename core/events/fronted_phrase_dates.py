"""A date in a phrase put before the main clause, when the main clause has a date of its own:
"After a meeting on Monday, the board approved the plan on Tuesday" — Monday is the meeting's,
Tuesday the approval's. The phrase has no verb of its own (a fronted clause, "After the board
met on Monday, …", is cut as a clause of its own and keeps its date); its opener is one of the
language's ``FRONTED_PHRASE_OPENERS``. With no date in the main clause the phrase's date still
dates it ("After a trial in March, the jury found him guilty": the verdict came then or soon)."""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.events import anchors
from core.temporal.tagger import Timex


def fronted_phrase_dates(text: str, roles: dict[Timex, str], language: str) -> None:
    """Give the dates of a fronted phrase of ``text`` (a sentence) the role of a noun's date
    (``anchors.MODIFIES``) when a date after the phrase's comma dates the main clause."""
    dating = [t for t, r in roles.items() if r == anchors.DATES]
    if len(dating) < 2:
        return
    first = min(t.start for t in dating)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, first)]
    start = starts[-1] if starts else 0
    end = _phrase_end(text, start, language)
    if end is None or not any(t.start > end for t in dating):
        end = _unmarked_end(text, start, first, dating, language)
    if end is None:
        return
    inside = [t for t in dating if t.end <= end]
    if inside and any(t.start > end for t in dating):
        for timex in inside:
            roles[timex] = anchors.MODIFIES


def _phrase_end(text: str, start: int, language: str) -> int | None:
    """Where the fronted phrase opening the sentence at ``start`` ends (its comma), or None
    when the sentence opens with no such phrase or the phrase holds a verb."""
    found = _opener(language).match(text, start)
    if found is None:
        return None
    comma = text.find(",", found.end())
    if comma < 0:
        return None
    if _holds_verb(_WORD.findall(text[found.end() : comma]), language):
        return None  # "After the board met on Monday," is a clause, cut as one
    return comma


def _unmarked_end(
    text: str, start: int, first: int, dating: list[Timex], language: str
) -> int | None:
    """Where a fronted phrase with no comma ends, in a language whose phrases take none: at
    the end of its first date, when an opener and at least one verbless word come before it
    ("Nach einer Sitzung am Montag stimmte der Vorstand …": after "am Montag")."""
    c = lang.words(language, "clauses")
    if not c.FRONTED_PHRASE_UNMARKED:
        return None
    found = _opener(language).match(text, start)
    if found is None or found.end() > first:
        return None
    words = _WORD.findall(text[found.end() : first])
    if not words or _holds_verb(words, language):
        return None
    return min(t.end for t in dating if t.start == first)


def _holds_verb(words: list[str], language: str) -> bool:
    """Whether ``words`` hold an auxiliary or a past: a clause, not a verbless phrase."""
    c = lang.words(language, "clauses")
    return any(w.lower() in c.AUX or c.is_past(w) for w in words)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# (a sentence starts at the text's start, after a sentence's end, or on a new line)
_SENTENCE_START = re.compile(r"^|(?<=[.!?])[\"'”’)]?\s+|\n\s*")


@cache
def _opener(language: str) -> re.Pattern[str]:
    openers = lang.words(language, "clauses").FRONTED_PHRASE_OPENERS
    if not openers:
        return re.compile(r"(?!)")
    escaped = sorted((re.escape(o).replace(r"\ ", r"\s+") for o in openers), key=len, reverse=True)
    words = "|".join(escaped)
    return re.compile(rf"\s*(?:{words})\s", re.I)
