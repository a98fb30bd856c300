"""What stands between a relative and the noun it stands for, in the words before its comma.

"la version finale du pacte, qui sera signé …": the noun after a fused article ("du") when
the relative's participle agrees with it; "a présenté, au centre Hugo, le pacte, qui …": the
verb before a place aside governs the noun; "le pacte rural, le premier du pays, qui …": an
apposition that ranks the noun stands between them. ``core.events.antecedents`` reads them.
"""

from __future__ import annotations

from types import ModuleType

from core.events.parse import Sentence, lexical_verb
from core.events.tokens import Clause


def ranked_apposition(s: Sentence, end: int, c: ModuleType) -> int | None:
    """The comma that opens an apposition ranking the noun before it, closed at ``end`` ("le
    pacte rural | , le premier du pays , | qui …"), or None: an article and a word of
    ``APPOSITION_RANKS``, no verb and no comma after them."""
    if end < 3 or s.tokens[end].text != ",":
        return None
    opening = next((j for j in range(end - 1, 0, -1) if s.tokens[j].text == ","), None)
    if opening is None or opening + 2 >= end:
        return None
    article, rank = s.tokens[opening + 1], s.tokens[opening + 2]
    if article.lower not in c.ARTICLES or rank.lower not in c.APPOSITION_RANKS:
        return None
    if any("VERB" in c.lemmas(t.lower) and t.lower not in c.APPOSITION_RANKS
           for t in s.tokens[opening + 3 : end] if t.text.islower()):  # fmt: skip
        return None
    return opening


def before_aside(s: Sentence, k: int, c: ModuleType) -> int:
    """The token before a place or time aside that token ``k`` closes ("a présenté | , au
    centre Hugo , | le pacte", "presented, at the town hall, the plan"); ``k`` itself when
    it closes none."""
    if s.tokens[k].text != ",":
        return k
    opening = next((j for j in range(k - 1, 0, -1) if s.tokens[j].text == ","), None)
    if opening is None or opening + 1 >= k:
        return k
    if s.tokens[opening + 1].lower not in c.PREPOSITIONS | c.FUSED_ARTICLES:
        return k
    return opening - 1


def participle_agrees(s: Sentence, clause: Clause, article: str, c: ModuleType) -> bool:
    """Whether the relative's participle ends as one that agrees with a noun after
    ``article`` ("le pacte … signé", "les travaux … lancés"; not "les candidats … publiée")."""
    if clause.verb is None:
        return False
    word = s.tokens[lexical_verb(s, clause)].lower
    return c.is_participle(word) and word.endswith(c.FUSED_PARTICIPLE_ENDINGS.get(article, ()))
