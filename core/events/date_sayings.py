"""The announcement after the news, on a day of its own, where the speaker comes before the
verb: "The ferry will stop running on May 2, the operator said on Friday" reports a stop on
2 May and an announcement on Friday; a chronology holds both. ``core.events.sayings`` reads
the order with the verb first; this module the order with the speaker first
(``SPEAKER_BEFORE_SAYING``), when the news took another date.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.kinds import trigger_kind
from core.events.parse import Happening, Sentence, When, parse_sentence, token_at
from core.events.titles import headline
from core.events.wording import reduce_names

# How many words may stand between the verb of saying and its date ("said in a statement on
# Monday"), and how many the speaker may run to ("the union's general secretary").
_TO_DATE = 4
_SPEAKER_WORDS = 6
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def speaker_saying(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    language: str, news: list[Happening],
) -> Happening | None:  # fmt: skip
    """The saying that follows the news after a comma ("…, officials said on Wednesday"), on
    its own date, when the news before it took another date; else None."""
    c = _clauses(language)
    dated = [h for h in news if h.when is not None]
    if not c.SPEAKER_BEFORE_SAYING or len(whens) < 2 or not dated:
        return None
    s = parse_sentence(text, start, end, whens, mentions, language)
    if s is None:
        return None
    told = {h.when.timex.value for h in dated if h.when is not None}
    for when in s.whens:
        if when.timex.value in told or when.until is not None or when.back:
            continue
        if not _DAY.match(when.timex.value):
            continue  # "…, the office said last month": a day is an announcement's date
        verb = _verb_before(s, when, c)
        if verb is None:
            continue
        speaker = _speaker(s, verb, c)
        if speaker is None:
            continue
        a, b = speaker
        first = min(dated, key=lambda h: h.when.timex.start if h.when else 0)
        if first.when is None or first.when.timex.start > s.tokens[a].start:
            continue  # the news comes before its attribution
        who = reduce_names(s.text, s.tokens, a, b, s.mentions, s.drop, language)
        news_title = first.title
        # a name keeps its capital ("said Scholz will travel"), a common word loses it
        names = {x for m in s.mentions for x in (m.text, m.short) if x}
        opening = news_title.split()[0]
        named = any(news_title.startswith(x) for x in names) or opening.isupper()
        said = news_title if named else news_title[:1].lower() + news_title[1:]
        title = headline(who, f"{s.tokens[verb].text} {said}", language=language)
        if not title or len(title.split()) < 4 or not title.endswith(said.split()[-1]):
            continue  # cut short ("Officials said the leaders"): what was said is lost
        return Happening(title, "statement", when, s.entities([(a, b)], []))
    return None


def _verb_before(s: Sentence, when: When, c: ModuleType) -> int | None:
    """The past verb of saying a few words before ``when`` ("said [in a statement] on")."""
    at = token_at(s.tokens, when.timex.start)
    for k in range(at - 1, max(-1, at - 1 - _TO_DATE), -1):
        token = s.tokens[k]
        if _says(token.text, s.language) and k > 0:
            return k
        if not token.text.islower() or token.text in (",", ";"):
            return None
    return None


def _speaker(s: Sentence, verb: int, c: ModuleType) -> tuple[int, int] | None:
    """The words before the verb back to a comma ("…, the union said"), or the name set off
    by commas right before it ("…, its leader, Ann Cole, said"): a noun phrase, no verb."""
    b = verb
    if s.tokens[b - 1].text == ",":
        b -= 1  # ", Ann Cole, said": the name between the commas
    a = b
    while a > 0 and s.tokens[a - 1].text not in (",", ";") and b - a < _SPEAKER_WORDS:
        a -= 1
    if a == 0 or s.tokens[a - 1].text != "," or a == b:
        return None
    words = [s.tokens[k] for k in range(a, b)]
    if words[0].lower in c.PRONOUNS or any(c.is_past(w.text) for w in words if w.text.islower()):
        return None  # "he said": whose saying is read elsewhere; a verb: a clause, no speaker
    if any(w.lower in c.OPENERS | c.SUBORDINATORS | c.COORDINATORS for w in words):
        return None
    return a, b


def _says(word: str, language: str) -> bool:
    c = _clauses(language)
    return trigger_kind(word, language) == "statement" and c.is_past(word)
