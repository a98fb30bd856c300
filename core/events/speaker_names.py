"""The names a title may give a speaker too long to title whole: "Прокурор Ірина Марченко"
by the name it ends on, "A lobby group for small brewers, the Hop Growers Alliance," by the
name set off after it, "The northern ferry operators association" by its article and head
noun. Used by ``core.events.told``.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import is_plural
from core.events.entities import ORGANISATION, PERSON
from core.events.parse import Sentence, token_at


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def speaker_names(
    s: Sentence, subject: str, subject_range: tuple[int, int], c: ModuleType
) -> list[str]:
    """The speaker as a title may name it, fullest first: as written, then, for a speaker too
    long to title whole, the person's name it ends on ("Прокурор Ірина Марченко" → "Ірина
    Марченко"), the name set off after it ("A group for small brewers, the Hop Growers
    Alliance,"), its article and head noun ("The northern ferry operators association" →
    "The association")."""
    shorter = (
        _named_speaker(s, subject, subject_range),
        _apposition_name(s, subject_range),
        _article_head(subject, c),
    )
    return [subject, *(name for name in shorter if name)]


def _named_speaker(s: Sentence, subject: str, subject_range: tuple[int, int]) -> str:
    """The person's name a longer subject ends on ("Прокурор Ірина Марченко" → "Ірина
    Марченко"), as written; "" when the subject is no role and name."""
    a, b = subject_range
    if b <= a or b > len(s.tokens):
        return ""
    first, last = s.tokens[a].start, s.tokens[b - 1].end
    person = next(
        (
            m
            for m in s.mentions
            if m.kind == PERSON and first < m.start < last and subject.endswith(f" {m.text}")
        ),
        None,
    )
    return person.text if person is not None else ""


def _apposition_name(s: Sentence, subject_range: tuple[int, int]) -> str:
    """The name of a body or person set off by commas at the end of the speaker's words ("A
    lobby group for small brewers, the Hop Growers Alliance, said"): the same speaker by
    its name; "" when no name stands there."""
    a, b = subject_range
    end = b - 1
    while end > a and s.tokens[end].text == ",":
        end -= 1
    if end <= a or end + 1 >= len(s.tokens) or s.tokens[end + 1].text != ",":
        return ""
    last = s.tokens[end].end
    name = next((m for m in s.mentions if m.end == last and m.kind in _SPEAKERS), None)
    if name is None:
        return ""
    first = token_at(s.tokens, name.start)
    c = _clauses(s.language)
    if first > a and s.tokens[first - 1].lower in c.ARTICLES:
        first -= 1  # ", the Hop Growers Alliance,"
    if first <= a + 1 or s.tokens[first - 1].text != ",":
        return ""
    if any(s.tokens[k].lower in c.COORDINATORS for k in range(a, first)):
        return ""  # "The Grain Exchange, BGE, and the Freight Exchange, NFE,": two speakers
    if not _names_the_speaker(s, a, first - 1, c):
        return ""  # "A body speaking for its biggest member, Tolland Bank,": the member
    return name.short if name.kind == PERSON else name.text


def _names_the_speaker(s: Sentence, a: int, comma: int, c: ModuleType) -> bool:
    """Whether a name after the comma at ``comma`` names the speaker that opens at ``a``: the
    words before the comma are one noun phrase with no preposition nor participle ("The
    industry's lobby group, …"), or they end on a plural the one name cannot be ("A group
    representing small brewers, the Hop Growers Alliance,")."""
    words = [t for t in s.tokens[a + 1 : comma] if t.text.islower()]
    if not any(w.lower in c.PREPOSITIONS or w.lower.endswith(c.GERUND) or c.is_past(w.text)
               for w in words):  # fmt: skip
        return True
    last = s.tokens[comma - 1]
    return last.text.islower() and is_plural(last.text, c)


_SPEAKERS = frozenset((PERSON, ORGANISATION))


def _article_head(subject: str, c: ModuleType) -> str:
    """A speaker of three words or more, an article and a common noun last, by its article and
    that noun ("The northern ferry operators association" → "The association"); "" for any other
    (a name, a phrase with a preposition: "the head of the union" is no union)."""
    words = subject.split()
    if not c.HEAD_NOUN_LAST or len(words) < 3 or words[0].lower() not in c.ARTICLES:
        return ""
    if not words[-1].isalpha():
        return ""
    if not words[-1].islower() or any(w.lower() in c.PREPOSITIONS | c.COORDINATORS for w in words):
        return ""  # (nor two speakers: "the union and the industry association")
    if any(w.endswith(c.GERUND) or c.is_past(w) for w in words[1:]):
        return ""  # "an industry group representing …": a phrase, not its head last
    return f"{words[0][:1].upper()}{words[0][1:]} {words[-1]}"
