"""The saying of news that has a date of its own, on the saying's date: "The leaders will
meet on Friday, officials said on Wednesday" tells two happenings — the meeting (Friday) and
the officials' announcing it (Wednesday). ``core.events.happenings`` finds the news; this
module titles its telling ("Officials said the leaders will meet").
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON
from core.events.kinds import trigger_kind
from core.events.parse import Happening, Sentence, When, kept_text, token_at
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import name_in_title

# Words a speaker may take before its verb ("the union's general secretary"): more is a
# clause of its own, not who said it.
_SPEAKER_REACH = 6
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def dated_saying(
    s: Sentence, clause: Clause, attributed: list[When], dated: list[Happening]
) -> list[Happening]:
    """The telling of the clause's first dated news on the date of the attribution that
    closes it (", transit officials announced Thursday"); [] when there is none."""
    if not attributed or not dated:
        return []
    found = _saying(s, clause, attributed[0], dated[0])
    return [found] if found is not None else []


def _saying(s: Sentence, clause: Clause, when: When, news: Happening) -> Happening | None:
    """``news`` told by the attribution ``when`` dates, titled "<speaker> <verb> <news>";
    None when the speaker is not plain words before its verb, or the verb is not past."""
    c = _clauses(s.language)
    if news.when is None or news.when.timex.value == when.timex.value:
        return None  # one date for both: the news is told on its own day
    if not _DAY.match(when.timex.value):
        return None  # "…, the office said last month": an announcement is told by its day
    at = token_at(s.tokens, when.timex.start)
    verbs = [
        k
        for k in range(clause.start, at)
        if trigger_kind(s.tokens[k].text, s.language) == "statement"
        and c.is_past(s.tokens[k].text)
        and s.tokens[k].text.islower()
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    commas = [k for k in range(clause.start, verb) if s.tokens[k].text == ","]
    if not commas:
        return None
    speaker = _speaker(s, commas, verb)
    if not speaker:
        return None
    told = news.title
    first = told.split(" ", 1)[0]
    names = {m.text.split()[0] for m in s.mentions if m.text}
    if first not in names and not first.isupper():
        told = first.lower() + told[len(first) :]  # "The leaders …" → "… said the leaders …"
    title = headline(speaker, f"{kept_text(s, verb, verb + 1)} {told}", language=s.language)
    if not title:
        return None
    return Happening(title, "statement", when, news.entities)


def _speaker(s: Sentence, commas: list[int], verb: int) -> str:
    """Who said it: the words between the last comma and the verb ("transit officials"), or,
    when a name is set off by commas ("the union's secretary, Mick Denholm, said"), the name."""
    words = [k for k in range(commas[-1] + 1, verb) if k not in s.drop]
    if not words and len(commas) > 1:
        end = s.tokens[commas[-1] - 1].end
        name = next((m for m in s.mentions if m.end == end and m.kind == PERSON), None)
        return name_in_title(s.text, name, s.language) if name is not None else ""
    if not words or len(words) > _SPEAKER_REACH:
        return ""
    c = _clauses(s.language)
    if s.tokens[words[0]].lower in c.PRONOUNS | c.POSSESSIVE_PRONOUNS:
        return ""  # "her office said": whose, the title could not say
    if any(s.tokens[k].text in (",", ";") for k in words):
        return ""
    return kept_text(s, words[0], words[-1] + 1)
