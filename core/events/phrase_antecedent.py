"""The noun phrase a pronoun opening its sentence stands for when no name does (French "Les
habitants du quartier … . Ils organisent …"), from the subject of the sentence before."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.parse import Sentence
from core.events.sentences import sentence_before
from core.events.tokens import tokenize


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
    first = tokens[0].lower if tokens else ""
    elided = first[: first.find("'") + 1] if "'" in first else ""
    if first not in articles and (not elided or elided not in articles):
        return none
    verb = finite_verb(tokens, 0, len(tokens), s.language)
    cut = next((j for j, t in enumerate(tokens) if t.text in (",", "(", ":", ";")), len(tokens))
    if verb is None or min(verb, cut) < 2:
        return none  # no verb, or one word: no phrase sure enough
    # "Le chantier, lancé en 2023, a coûté …": the phrase before its aside; the span is the
    # whole subject's ("La Première ministre, Claire Vasseur, …": her name inside it)
    a = tokens[0].start
    return s.text[a : tokens[min(verb, cut) - 1].end], a, tokens[verb - 1].end
