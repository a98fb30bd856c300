"""The sex of a person as the article itself shows it: the subject pronoun straight after a verb
of saying that first follows the name in a sentence naming no one else ("Baird said he had
noticed the box", "Ann Roe said she would sell"), and a kin word or title before the name
("her husband, the engineer Tom Roe", "Mrs Ann Roe").

A pronoun opening a sentence goes to the one person the sentence before names; when the
article has only ever said "he" after that person's name, a "she" is someone else (the person
the piece is about). No dictionary of first names: only what the article says. Quotes are
passed over, since a pronoun inside one may be anyone the speaker means.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.sentences import split_sentences
from core.events.someone import someone
from core.events.tokens import tokenize

# How far before a name, and how many describing words after "the", a word saying who the
# person is to someone may stand ("her husband, the structural engineer Tom Roe").
KIN_CHARS = 60
ROLE_WORDS = 2
# How many articles' learned sexes are kept (one text is read sentence by sentence).
KEPT = 4
_LEARNED: dict[tuple[str, str, int], dict[str, tuple[int, int]]] = {}


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def learned_other_sex(s: Sentence, name: str, k: int) -> bool:
    """Whether the article has shown the person ``name`` to be of the sex pronoun ``k`` is
    not (``_count``), and never of that sex."""
    c = _clauses(s.language)
    if not c.FEMALE_PRONOUNS:
        return False
    female, male = _learned(s).get(name, (0, 0))
    if s.tokens[k].lower in c.FEMALE_PRONOUNS:
        return male > 0 and female == 0
    return female > 0 and male == 0


def shown_person(s: Sentence, names: list[Mention]) -> bool:
    """Whether the article has shown one of the names ``names`` to be a person ("Roe said
    she …", "Mrs Ann Roe"), so that no "it" stands for it."""
    people = [m.name for m in names if m.kind == PERSON]
    return bool(people) and any(sum(_learned(s).get(name, (0, 0))) > 0 for name in people)


def _learned(s: Sentence) -> dict[str, tuple[int, int]]:
    key = (s.text, s.language, len(s.mentions))
    if key not in _LEARNED:
        if len(_LEARNED) >= KEPT:
            _LEARNED.pop(next(iter(_LEARNED)))
        _LEARNED[key] = _count(s)
    return _LEARNED[key]


def _count(s: Sentence) -> dict[str, tuple[int, int]]:
    """For each person's name: how many sentences that name no other person and hold no
    quote have a female and a male subject pronoun as the first after it, straight after a
    verb of saying ("Baird said he …", "who said that she …"; not "testified against her",
    "retired in 1988, and she sold the farm": anyone's); and how many of the name's
    mentions have a kin word before them."""
    c = _clauses(s.language)
    quotes = c.OPEN_QUOTES | c.CLOSE_QUOTES
    people = [m for m in s.mentions if m.kind == PERSON]
    counts: dict[str, tuple[int, int]] = {}
    for a, b in split_sentences(s.text, s.language):
        here = [m for m in people if a <= m.start < b]
        if len({m.name for m in here}) != 1 or not someone(s, here[0]):
            continue
        tokens = tokenize(s.text, a, b)
        if any(t.text in quotes for t in tokens):
            continue
        at = next(
            (
                j
                for j, t in enumerate(tokens)
                if t.start >= here[0].end and t.lower in c.PERSONAL_PRONOUNS
            ),
            None,
        )
        if at is None or tokens[at].lower in c.PLURAL_TOO_PRONOUNS:
            continue  # (German "sie": "they" too)
        said = [t.lower for t in tokens[max(0, at - 2) : at]]
        if not said or not (says(said[-1], c) or (said[-1] == c.THAT and says(said[0], c))):
            continue  # "Tom Roe died in 1994, and she closed the shop": someone else
        first = tokens[at].lower
        old = counts.get(here[0].name, (0, 0))
        female = first in c.FEMALE_PRONOUNS
        counts[here[0].name] = (old[0] + int(female), old[1] + int(not female))
    for m in people:
        word = _kin_word(s.text, m, c)
        if word in c.FEMALE_WORDS | c.MALE_WORDS:
            old = counts.get(m.name, (0, 0))
            female = word in c.FEMALE_WORDS
            counts[m.name] = (old[0] + int(female), old[1] + int(not female))
    return counts


def _kin_word(text: str, m: Mention, c: ModuleType) -> str:
    """The word that says who the person is to someone, set off by a comma (and "the" with a
    word or two that say what the person does: "her husband, the engineer Robert Ellery") or
    a title just before the name ("Mrs Ann Roe"); "" when there is none ("the son of Ann
    Roe")."""
    words = text[max(0, m.start - KIN_CHARS) : m.start].rsplit("\n", 1)[-1].split()
    for n in range(ROLE_WORDS, 0, -1):
        after = len(words) > n + 1 and words[-n - 2].endswith(",")
        if after and words[-n - 1].lower() in c.ARTICLES and _describing(words[-n:]):
            words = words[: -n - 1]
            break
    if not words or not (words[-1].endswith(",") or words[-1][:1].isupper()):
        return ""  # (not "с мужем Ниной Карповой": a word in another case may be anyone's)
    return words[-1].lower().rstrip(",")


def _describing(words: list[str]) -> bool:
    """Whether the words are lower-case words, as ones that say what a person does are."""
    return all(w.isalpha() and w.islower() for w in words)
