"""A line of a key-dates list that names its happening by a noun phrase alone.

"- 14 May: public hearing on the ring road" / "– 3. März: Abstimmung im Gemeinderat" /
"- Otoño de 2025: apertura del nuevo pabellón": the date opens its own line, a colon sets it
off (``core.events.dated_entries`` read the colon as a fronted date's comma) and no verb
follows, so no clause tells the happening; the noun phrase names it ("Public hearing on the
ring road"). Only a line the date opens (after a list mark) counts: prose with a colon after
a date ("Sales in May: 4 pct up") has words before the date, a table's line a figure after it.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.kinds import NO_KIND, sure_word_kind
from core.events.parse import Happening, Sentence, When
from core.events.titles import noun_headline
from core.events.tokens import Clause
from core.events.wording import reduce_names

_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a year written out, or a value's
_HEAD_CHARS = 24  # an entry's date before its colon: "- 1 September 2024"
_MIN_TITLE_WORDS = 2  # "- 3 May: Hearing" says too little alone
_PHRASE_ENDS = frozenset("();:[]")  # "Nachtfahrt (Termine folgen)": the aside is no name's


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def noun_entry(s: Sentence, clause: Clause, whens: list[When]) -> Happening | None:
    """The happening a verbless key-dates line names, on its date: "- 14 May: public
    hearing on the ring road" → "Public hearing on the ring road"; None for any other
    sentence."""
    c = _clauses(s.language)
    if clause is not s.clauses[0] or clause.verb is not None or any(s.inside):
        return None
    when = next((w for w in whens if w.timex.start == s.tokens[0].start), None)
    colon = _colon(s, c)
    if when is None or colon is None or not _opens_line(s, c) or when.timex.type != "DATE":
        return None  # ("07:45: Good morning": a live page's post, its time no happening's)
    if not _year_of_list(s, when):
        return None
    if any(k not in s.drop for k in range(colon)):
        return None  # "Sales in May: …": more than the date before the colon
    end = _phrase_end(s, colon + 1)
    words = s.tokens[colon + 1 : end]
    if not words or not words[0].text[:1].isalpha():
        return None
    if any(t.text[:1].isdigit() or k in s.drop for k, t in enumerate(words, colon + 1)):
        return None  # "- May 3: 45 pct", "… Dezember: …": a figure or a second date
    if _name_alone(s, colon + 1, end):
        return None  # "- 30 May: Buenos Aires": a tour's stop, no happening named
    phrase = reduce_names(s.text, s.tokens, colon + 1, end, s.mentions, set(), s.language)
    title = noun_headline(phrase, language=s.language)
    if len(title.split()) < _MIN_TITLE_WORDS:
        return None
    context = s.text[s.tokens[0].start : s.tokens[-1].end]
    kind = next(
        (k for t in words if (k := sure_word_kind(t.text, context, s.language)) != NO_KIND),
        sure_word_kind(words[0].text, context, s.language),
    )
    return Happening(title, kind, when, s.entities([(colon + 1, end)], []), named_only=True)


def _colon(s: Sentence, c: ModuleType) -> int | None:
    """The token the entry's colon became (a comma in the tokens, a colon in the text)."""
    for k, token in enumerate(s.tokens):
        if token.text == "," and s.text[token.start : token.end] in c.ENTRY_DATE_END:
            return k
    return None


def _name_alone(s: Sentence, start: int, end: int) -> bool:
    """Whether the phrase is a name alone, or a name and its aside ("Lisboa, Coliseu")."""
    first = s.tokens[start]
    name = next((m for m in s.mentions if m.start == first.start), None)
    if name is None:
        return False
    after = next((k for k in range(start, end) if s.tokens[k].start >= name.end), end)
    return after == end or s.tokens[after].text == ","


def _year_of_list(s: Sentence, when: When) -> bool:
    """Whether a date written without its year ("15 June") falls within the years the list's
    other entry dates write out ("- September 2024: …", "- 1 January 2027: …"): a year read off
    the story around the list would date a key date of the paper's own time wrongly."""
    if _YEAR.search(when.timex.text):
        return True
    year = _YEAR.match(when.timex.value)
    heads = [line.partition(":")[0] for line in _block(s.text, when.timex.start).splitlines()]
    years = [int(y) for head in heads if len(head) <= _HEAD_CHARS for y in _YEAR.findall(head)]
    if year is None or not years:
        return True
    return min(years) - 1 <= int(year.group()) <= max(years) + 1


def _block(text: str, at: int) -> str:
    """The lines around offset ``at`` up to a blank line either way: the list it stands in."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _opens_line(s: Sentence, c: ModuleType) -> bool:
    """Whether the sentence's first token opens its line, after a list mark at most."""
    first = s.tokens[0].start
    before = s.text[s.text.rfind("\n", 0, first) + 1 : first].split()
    return all(w in c.ENTRY_MARKS for w in before) and len(before) <= 1


def _phrase_end(s: Sentence, start: int) -> int:
    """Where the entry's phrase ends: at the line's end, a bracket or a colon."""
    for k in range(start, len(s.tokens)):
        gap = s.text[s.tokens[k - 1].end : s.tokens[k].start] if k > start else ""
        if "\n" in gap or s.tokens[k].text in _PHRASE_ENDS:
            return k
    end = len(s.tokens)
    while end > start and s.tokens[end - 1].text in {".", "!"}:
        end -= 1
    return end
