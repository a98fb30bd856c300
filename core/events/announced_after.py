"""The report itself, when the news before it keeps a date of its own: "The tunnel will close
on Aug. 19, transit officials announced Thursday" tells two happenings, the closing (on its
date) and the announcement (on Thursday)."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.date_clauses import _in_attribution
from core.events.entities import Mention
from core.events.kinds import trigger_kind
from core.events.parse import Happening, When, parse_sentence, token_at
from core.events.titles import headline


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def announcement_after(
    text: str, start: int, end: int, whens: list[When], found: list[Happening],
    mentions: list[Mention], language: str,
) -> Happening | None:  # fmt: skip
    """ "Transit officials announced the tunnel will close" on the attribution's date, when the
    sentence's news (``found``) took a date of its own; None otherwise."""
    if len(found) != 1 or found[0].when is None:
        return None
    s = parse_sentence(text, start, end, whens, mentions, language)
    if s is None:
        return None
    last = s.clauses[-1]
    told = [w for w in s.whens if last.start <= token_at(s.tokens, w.timex.start) < last.end]
    told = [w for w in told if _in_attribution(s, last, w)]
    if len(told) != 1 or found[0].when.timex == told[0].timex:
        return None
    c = _clauses(language)
    commas = [k for k in range(last.start, token_at(s.tokens, told[0].timex.start))
              if s.tokens[k].text == ","]  # fmt: skip
    verb = next(k for k in range(commas[-1] + 1, last.end)
                if trigger_kind(s.tokens[k].text, language) == "statement")  # fmt: skip
    if verb > token_at(s.tokens, told[0].timex.start):
        return None  # "…, early Sunday, the centre said": the date is the news's, not the saying's
    first = commas[-1] + 1
    if first == verb and len(commas) > 1:  # "…, the union's leader, Mick Roe, said on Friday"
        first = commas[-2] + 1
    speaker = [t.text for k, t in enumerate(s.tokens[first:verb], first)
               if t.text != "," and k not in s.drop]  # fmt: skip
    if not speaker or speaker[0].lower() in c.PRONOUNS | c.SPEAKER_PRONOUNS:
        return None  # ("…, he said on Friday": who he is, the sentence does not say)
    news = found[0].title
    named = any(m.start == s.tokens[0].start for m in s.mentions)
    if news.startswith(s.tokens[0].text) and not named:  # "Prices rose" → "said prices rose"
        news = news[:1].lower() + news[1:]
    title = headline(" ".join(speaker), f"{s.tokens[verb].text} {news}", language=language)
    return Happening(title, "statement", told[0], found[0].entities) if title else None
