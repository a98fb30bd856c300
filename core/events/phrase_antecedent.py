"""The noun phrase a pronoun opening its sentence stands for when no name does (French "Les
habitants du quartier … . Ils organisent …"), from the subject of the sentence before."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON
from core.events.finite import finite_verb
from core.events.parse import Sentence
from core.events.sentences import sentence_before
from core.events.tokens import Token, tokenize


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def phrase_before(s: Sentence, k: int) -> tuple[str, int, int]:
    """The noun phrase a pronoun opening its sentence stands for, when no name does: the
    subject of the sentence before, opened by an article the pronoun agrees with
    (``PRONOUN_ARTICLES``: "elle" with "la", "une", "l'"; "ils" with "les", "des"): "Les
    habitants du quartier sont en colère. Ils organisent …" → "Les habitants du quartier";
    with its character span ("", 0, 0 when none)."""
    c = _clauses(s.language)
    none = ("", 0, 0)
    articles = c.PRONOUN_ARTICLES.get(s.tokens[k].lower)
    if not articles:
        return none
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None:
        return none
    tokens = tokenize(s.text, *before)
    verb = finite_verb(tokens, 0, len(tokens), s.language)
    same_paragraph = "\n\n" not in s.text[before[1] : s.tokens[0].start]
    # "Dès la rentrée, la chorale donnera …": the subject after a fronted phrase
    opens = fronted_phrase_end(tokens, verb, s.language) if same_paragraph else 0
    first = tokens[opens].lower if len(tokens) > opens else ""
    elided = first[: first.find("'") + 1] if "'" in first else ""
    if first not in articles and (not elided or elided not in articles):
        return none
    cut = next(
        (j for j, t in enumerate(tokens) if j >= opens and t.text in (",", "(", ":", ";")),
        len(tokens),
    )
    words = min(verb, cut) - opens if verb is not None else 0
    if verb is None or words < 1:
        return none
    if words == 1 and not _one_elided_noun(s, k, first, before, c):
        return none  # one word: no phrase sure enough, unless "L'usine" (two)
    # "Le chantier, lancé en 2023, a coûté …": the phrase before its aside; the span is the
    # whole subject's ("La Première ministre, Claire Vasseur, …": her name inside it)
    a = tokens[opens].start
    return s.text[a : tokens[min(verb, cut) - 1].end], a, tokens[verb - 1].end


def fronted_phrase_end(tokens: list[Token], verb: int | None, language: str) -> int:
    """Where a subject starts after a prepositional phrase fronted before it and closed by a
    comma ("Dès la rentrée, | la chorale donnera"): past the comma; 0 when the sentence
    opens on no such phrase (or on a date: "En mai, …" is no place the phrase takes)."""
    c = _clauses(language)
    if not c.SUBJECT_AFTER_FRONTED_COMMA or verb is None or not tokens:
        return 0
    if tokens[0].lower not in c.PREPOSITIONS:
        return 0
    comma = next((j for j in range(verb) if tokens[j].text == ","), None)
    if comma is None or comma + 1 >= verb:
        return 0
    calendar = lang.words(language, "calendar")
    if any(t.lower in calendar.MONTHS or t.text[:1].isdigit() for t in tokens[:comma]):
        return 0  # a date the phrase is: a time, which the parser drops elsewhere
    return comma + 1


def _one_elided_noun(
    s: Sentence, k: int, word: str, before: tuple[int, int], c: ModuleType
) -> bool:
    """Whether a subject of one word, a noun with its article elided ("L'usine tourne
    encore. Elle …"), is what the pronoun ``k`` stands for: same gender as far as the noun's
    ending tells, and no person named in that sentence for the pronoun to stand for instead
    ("L'association offrit à Léa Brun la présidence du jury. Elle …": Léa Brun)."""
    if "'" not in word or not elided_agrees(s.tokens[k].lower, word, c):
        return False
    return not any(m.kind == PERSON and before[0] <= m.start < before[1] for m in s.mentions)


def elided_agrees(pronoun: str, word: str, c: ModuleType) -> bool:
    """Whether a noun written with an elided article ("l'usine") agrees in gender with the
    pronoun, as far as its ending tells (``FEMININE_NOUN_ENDINGS``, ``MASCULINE_NOUN_ENDINGS``):
    "elle" for "l'usine", "il" for "l'orchestre" only when the ending is sure."""
    noun = word[word.find("'") + 1 :]
    if pronoun in c.FEMALE_PRONOUNS:
        return noun.endswith(c.FEMININE_NOUN_ENDINGS)
    return bool(c.MASCULINE_NOUN_ENDINGS) and noun.endswith(c.MASCULINE_NOUN_ENDINGS)
