"""A person a profile names in passing, who does not take a later "she" or "he" from the person
the piece is about.

A profile names its person again and again; the people it meets on the way are named once,
described by what they do ("as an apprentice to the luthier Sam Orr", "when the violinist Ann
Roe bought one of her instruments") or inside a phrase ("worked with Tom Kell"), and never open
a sentence as its subject. Sentences later, "She made 11 last year" is still about the piece's
person. A passer-by named in the sentence before the pronoun, or in its own sentence, is near
enough to be meant, and stays a rival; so does one the article names twice. Used by
``core.events.topic_person``, which also asks here whether someone who may be meant is named
close before the pronoun (``rival_near``).
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

from core import lang
from core.events.clause_edges import says
from core.events.entities import ORGANISATION, PERSON, PLACE, Mention
from core.events.learned_sex import learned_other_sex
from core.events.parse import Sentence, parse_sentence
from core.events.pronoun_names import _other_sex
from core.events.sentences import sentence_before, split_sentences
from core.events.someone import someone
from core.events.tokens import Token, tokenize

# How many describing words may stand between an article and a passer-by's name ("the
# luthier", "the great", "a young cellist").
ROLE_WORDS = 2


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def passer_by(s: Sentence, m: Mention) -> bool:
    """Whether the person's name ``m`` is someone the piece names in passing, no rival for a
    pronoun of ``s``: named once as far as the reader has read, up to ``s`` ("the violinist
    Ann Roe" may come back later), after an article and a word or two that describe the
    person ("the violinist Ann Roe") or after a preposition ("with Tom Kell"), never the
    subject of its sentence's first clause, and before the sentence before ``s``."""
    c = _clauses(s.language)
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if m.start >= (before[0] if before else s.tokens[0].start):
        return False  # "…, said Professor Ann Roe. She added …": near enough to be meant
    read = [n for n in s.mentions if n.start < s.tokens[0].start]  # what the reader has read
    if sum(n.name == m.name for n in read) != 1:
        return False
    if _speaker_after_quote(s.text, m, c):
        return True  # '"She turned it down," said Professor Tom Kell': a voice, named once
    return _described_or_governed(s.text, m, c) and not sentence_subject(s, m)


def _speaker_after_quote(text: str, m: Mention, c: ModuleType) -> bool:
    """Whether the name is given as who says a quote just closed ('…," said Professor Tom
    Kell'): a verb of saying between the closing mark and the name."""
    line = text[max(0, m.start - 40) : m.start].rsplit("\n", 1)[-1].split()
    if len(line) < 2 or not says(line[-1].lower(), c):
        return False
    return line[-2].rstrip(",").endswith(tuple(c.CLOSE_QUOTES))


def _described_or_governed(text: str, m: Mention, c: ModuleType) -> bool:
    """Whether the words just before the name on its line are an article and one or two
    lower-case words that describe a person ("the luthier", "a young cellist"), a
    preposition ("with", "from"), or a verb in the past the name comes straight after
    ("removed Tom Kell", "said Ann Roe")."""
    line = text[max(0, m.start - 40) : m.start].rsplit("\n", 1)[-1]
    words = [w.strip(",;:") for w in line.split()]
    if not words:
        return False
    if words[-1].lower() in c.PREPOSITIONS:
        return True
    if words[-1].islower() and c.is_past(words[-1]) and words[-1] not in c.AUX:
        return True  # "the coup that removed Tom Kell", "…," said Ann Roe: named once, in passing
    for n in range(1, ROLE_WORDS + 1):
        if len(words) <= n or words[-n - 1].lower() not in c.ARTICLES:
            continue
        role = words[-n:]
        if all(w.isalpha() and w.islower() and not c.is_past(w) for w in role):
            return True
    return False


def sentence_subject(s: Sentence, m: Mention, unknown: bool = True) -> bool:
    """Whether the name stands in the subject of its sentence's first clause ("Last year the
    violinist Ann Roe bought …"): someone the piece has act, a rival whatever its shape;
    ``unknown`` when the sentence cannot be read."""
    span = next(((a, b) for a, b in _sentences(s.text, s.language) if a <= m.start < b), None)
    if span is None:
        return unknown
    other = parse_sentence(s.text, span[0], span[1], [], s.mentions, s.language)
    if other is None or not other.clauses:
        return unknown
    first = other.clauses[0]
    end = first.verb if first.verb is not None else first.end
    return any(t.start <= m.start < t.end for t in other.tokens[first.body : end])


def rival_near(s: Sentence, k: int) -> bool:
    """Whether the sentence before pronoun ``k``'s, or its own before it, names someone the
    pronoun may stand for (a person of no other sex, one the article counts as someone or
    names twice: "The spokesman said Baker had left. This week he …"), or opens on a subject
    with a capitalised word no dictionary knows, a name the tagger missed ("Makovich of DRI
    noted … . Nuclear capacity rose, and he projected …")."""
    c = _clauses(s.language)
    offset = s.tokens[k].start
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    near = before[0] if before else s.tokens[0].start
    for m in s.mentions:
        if m.kind != PERSON or not near <= m.start < offset or _other_sex(s, m, k, c):
            continue
        if learned_other_sex(s, m.name, k):
            continue  # "Baird said he had warned the board. On Tuesday she …": not Baird
        if someone(s, m) or sum(n.name == m.name for n in s.mentions) > 1:
            return True
    if before is None:
        return False
    previous = parse_sentence(s.text, before[0], before[1], [], s.mentions, s.language)
    if previous is None:
        # a quote: who says it ('"I meant to pay it back," she told the jury')
        said = tokenize(s.text, *before)
        ends = [j for j, t in enumerate(said) if t.text in c.CLOSE_QUOTES]
        return not ends or _unknown_name(s, said[ends[-1] + 1 :], c, k)
    if not previous.clauses:
        return True
    first = previous.clauses[0]
    end = first.verb if first.verb is not None else first.end
    return _unknown_name(s, previous.tokens[first.body : end], c, k)


def _unknown_name(s: Sentence, tokens: list[Token], c: ModuleType, k: int) -> bool:
    """Whether a capitalised word no dictionary knows, and no place's or organisation's name
    nor that of a person the article shows is not of pronoun ``k``'s sex, is among the
    tokens: a name the tagger missed."""
    known = [
        m
        for m in s.mentions
        if m.kind in (ORGANISATION, PLACE) or (m.kind == PERSON and learned_other_sex(s, m.name, k))
    ]
    small = c.ARTICLES | c.DETERMINERS | c.PREPOSITIONS | c.PRONOUNS
    return any(
        t.text[:1].isupper()
        and not c.lemmas(t.lower)
        and t.lower not in small
        and not any(m.start <= t.start < m.end for m in known)
        for t in tokens
    )


@lru_cache(maxsize=4)
def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    return split_sentences(text, language)
