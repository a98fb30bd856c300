"""A dated clause the parser read, but could not make a headline of, titled by its own words.

"Горбівський районний суд у вівторок визнав колишнього скарбника клубу Івана Лося винним"
has a subject, a verb and a date, and every check (negation, state, saying, table line, a
date of another verb) let it through, yet the headline builder may still give nothing: a
parse failure, not a decision that the clause tells nothing. Then the clause's words from
its subject (or a place phrase fronted before a verb-first clause) to the end of its
predicate, without the time expression, in the text's order, cut at a word to fit, are the
title: "Горбівський районний суд визнав колишнього скарбника клубу". Only when the subject
reads as one (no pronoun, relative or subordinator), the verb survives the cut and no phrase
is left hanging. Only languages that ask for it (``CLAUSE_WORDS_TITLE``) do so.
"""

from __future__ import annotations

import itertools
from types import ModuleType

from core import lang
from core.events.parse import Sentence, lexical_verb
from core.events.title_ends import MAX_CHARS
from core.events.tokens import Clause


def clause_words_title(
    s: Sentence, clause: Clause, subject: tuple[int, int], verb: int, stop: int, drop: set[int]
) -> str:
    """The clause's words from its first after the opener to ``stop`` (or the subject's end,
    when the subject follows the verb), ``drop`` left out, as a title: "Der Kreistag in Oberwies
    hat den Etat beschlossen"; "" when the language does not ask for it, or the subject the
    parser found does not read as one (a pronoun, a relative, a preposition)."""
    c = lang.words(s.language, "clauses")
    if not c.CLAUSE_WORDS_TITLE or clause.opener in lang.union(c, "RELATIVES", "THING_RELATIVES"):
        return ""  # "…, das die Firma eröffnet hatte": the relative's noun stands outside it
    if not _reads_as_subject(s, subject, drop, c):
        return ""
    last = max(verb, lexical_verb(s, clause), subject[1] - 1)
    cut = next((k for k in range(last + 1, stop) if _cuts(s, k, c)), stop)
    words = [k for k in range(clause.body, max(cut, subject[1])) if k not in drop]
    while words and (s.tokens[words[0]].text in _PUNCTUATION or _link(s, words[0], c)):
        words.pop(0)  # "А в суботу …", "…, und …": the link is no word of the title
    if not words or (words[0] != subject[0] and not _opens_on_phrase(s, words, c)):
        return ""  # ("Conteste une réforme …": a subject elsewhere)
    if any(s.tokens[k].text in _PUNCTUATION for k in range(words[0], words[-1])):
        return ""  # "Próximas fechas: apertura …": a list, no clause
    if any(s.tokens[k].lower in c.NEGATIONS for k in words):
        return ""  # "ningún grupo", "nichts": a title would tell what did not happen
    if any(_broken(s, a, b, c) for a, b in itertools.pairwise(words)):
        return ""  # "Die Bilanz für das [erste Halbjahr] stellt …": a phrase left without its noun
    while words and (
        _width(s, words) > MAX_CHARS or _hangs(s.tokens[words[-1]].text, c) or _in_name(s, words)
    ):
        words.pop()  # ("… визнав колишнього голову ради Петра [Мирошника]": no half a name)
    if len(words) < 3 or words[-1] < max(verb, lexical_verb(s, clause)):
        return ""  # the verb cut off: "Рассмотрение иска к бывшему мэру", "Der Rat hat den Etat"
    title = _text(s, words)
    return title[:1].upper() + title[1:]


def _cuts(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the title stops before token ``k``: a coordinator, a relative, a comma."""
    lower = s.tokens[k].lower
    return lower in lang.union(c, "TITLE_CUT_BEFORE", "COORDINATORS") or lower in _PUNCTUATION


def _broken(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether the words dropped between ``a`` and ``b`` leave the phrase before them hanging."""
    return b > a + 1 and s.tokens[a].lower in _dangling(c)


def _text(s: Sentence, words: list[int]) -> str:
    """The words as the text spells them, joined by a space where a dropped phrase was."""
    parts = [s.text[s.tokens[words[0]].start : s.tokens[words[0]].end]]
    for a, b in itertools.pairwise(words):
        gap = s.text[s.tokens[a].end : s.tokens[b].start] if b == a + 1 else " "
        parts.append((gap or "") + s.text[s.tokens[b].start : s.tokens[b].end])
    return "".join(parts)


def _width(s: Sentence, words: list[int]) -> int:
    return len(_text(s, words))


_PUNCTUATION = frozenset(",;:–—-")


def _link(s: Sentence, k: int, c: ModuleType) -> bool:
    return s.tokens[k].lower in lang.union(c, "LINKS", "COORDINATORS")


def _opens_on_phrase(s: Sentence, words: list[int], c: ModuleType) -> bool:
    """Whether the title's first words are a place or a topic phrase before the verb ("В
    Опішні відбудеться …"): a preposition and a word it governs."""
    first = s.tokens[words[0]]
    return first.lower in c.PREPOSITIONS and len(words) > 1 and s.tokens[words[1]].text.isalpha()


def _reads_as_subject(s: Sentence, subject: tuple[int, int], drop: set[int], c: ModuleType) -> bool:
    """Whether the words the parser took for the subject read as one: an article, a
    determiner, a possessive or a number before a word, a name, or a phrase of several words;
    not a bare pronoun, a relative pronoun or a preposition ("Der Verein", "Три човни", "Marta
    Ruiz", "Приморський районний суд")."""
    kept = [k for k in range(*subject) if k not in drop and s.tokens[k].text not in _PUNCTUATION]
    if not kept:
        return False
    first = s.tokens[kept[0]]
    if first.lower in lang.union(
        c, "ARTICLES", "DETERMINERS", "POSSESSIVE_DETERMINERS", "NUMBER_WORDS"
    ):
        return len(kept) > 1 and s.tokens[kept[1]].text.isalpha()
    if first.lower in _closed(c) or not first.text.isalpha():
        return first.text.isdigit() and len(kept) > 1
    if first.lower in c.CLAUSE_SUBJECT_STARTS or not first.text[:1].isupper():
        return False  # ("fundado en 1926": a participle's aside, no subject)
    if c.is_past(first.text) or c.is_participle(first.text):
        return False  # "Eingeführt werden soll …": a fronted participle
    return len(kept) > 1 or kept[0] > 0 or _named(s, first.start)


def _in_name(s: Sentence, words: list[int]) -> bool:
    """Whether the last word ends inside a name the title would cut in two."""
    token = s.tokens[words[-1]]
    return any(m.start <= token.start and token.end < m.end for m in s.mentions)


def _named(s: Sentence, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in s.mentions)


def _hangs(word: str, c: ModuleType) -> bool:
    """Whether a title ending on ``word`` leaves a phrase hanging ("of", "the", a comma)."""
    return word.lower() in _dangling(c) or not any(ch.isalnum() for ch in word)


def _closed(c: ModuleType) -> frozenset[str]:
    """Words that never open a subject ("Si …", "він", "который", "в")."""
    return lang.union(
        c, "PRONOUNS", "RELATIVES", "PREPOSITIONS", "ADVERBS", "NEGATIONS", "EXPLETIVES",
        "SUBORDINATORS", "FRONTED_SUBORDINATORS", "SUBJECT_BREAKS", "SPEAKER_PRONOUNS",
    )  # fmt: skip


def _dangling(c: ModuleType) -> frozenset[str]:
    return lang.union(
        c, "TITLE_DANGLING", "PREPOSITIONS", "ARTICLES", "DETERMINERS", "COORDINATORS"
    )
