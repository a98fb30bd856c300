"""The name an opening "it" stands for when the sentence before already called its subject
"it": "Dalvor, the region's biggest zinc miner, said it had been hurt by low prices. It
posted a deficit …" → Dalvor, even where the tagger took the lone name for a person (the
sentence's own "it" says it is a body, not someone)."""

from __future__ import annotations

from core.events.antecedents import _clauses
from core.events.clause_edges import says
from core.events.entities import PLACE, Mention
from core.events.parse import Sentence
from core.events.sentences import sentence_before
from core.events.tokens import tokenize


def speaker_called_it(s: Sentence) -> Mention | None:
    """The name the sentence before ``s`` opens on, when its first verb of saying is followed
    by "it" ("Dalvor, …, said it had …") and it names nothing else but places; None
    otherwise ("Dalvor said Kemco had …": which one?)."""
    c = _clauses(s.language)
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None:
        return None
    a, b = before
    names = [m for m in s.mentions if a <= m.start and m.end <= b and m.kind != PLACE]
    if not names or names[0].start != a or any(m.name != names[0].name for m in names):
        return None
    tokens = tokenize(s.text, a, b)
    said = next((j for j, t in enumerate(tokens) if says(t.lower, c)), None)
    if said is None or said + 1 >= len(tokens):
        return None
    return names[0] if tokens[said + 1].lower in c.ONE_THING_PRONOUNS - c.IT_POSSESSIVES else None
