"""Where a relative with no comma ends and the clause it sits in resumes, told by the
relative's second finite verb: "Le maire | qui a démissionné en mars | a été remplacé hier",
"Los vecinos que protestaron ayer en la plaza | serán recibidos". A language whose relative
ends on its verb (German) has its own reading; one that sets its subject relatives off as
English does ("who") is read by ``core.events.relative_ends``.
"""

from __future__ import annotations

import re
from types import ModuleType

from core.events.finite import _is_finite
from core.events.tokens import Token

_ELIDED_ARTICLE = re.compile(r"[LlDd]['’]\w")


def subject_relative_end(tokens: list[Token], k: int, c: ModuleType) -> int | None:
    """Where the main clause resumes after a relative with no comma that opens at ``k``
    inside the sentence's subject ("Le maire | qui a démissionné en mars | a été remplacé
    hier"): the relative's second finite verb; None when ``k`` opens no such relative."""
    if k < 1 or tokens[k].lower not in c.MAIN_RESUMES_IN_RELATIVE:
        return None
    if k == 1 and not _ELIDED_ARTICLE.match(tokens[0].text):
        return None  # a subject of one word, unless an article is glued to it ("L'ailier")
    before = tokens[k - 1]
    if not (before.text[:1].isupper() or "NOUN" in c.lemmas(before.lower)):
        return None
    if before.lower in c.PREPOSITIONS | c.DETERMINERS | c.AUX or before.text == ",":
        return None
    if any(_is_finite(tokens, j, 0, c) for j in range(k)):
        return None  # "Il a dit que …": a clause before it, no subject's relative
    own = next((j for j in range(k + 1, len(tokens)) if _is_finite(tokens, j, k, c)), None)
    if own is None:
        return None
    return second_finite(tokens, own, len(tokens), k, c, comma_before=True)


def second_finite(
    tokens: list[Token], own: int, end: int, start: int, c: ModuleType, comma_before: bool = False
) -> int | None:
    """The first finite verb after ``own`` (a relative's verb) and a word, before ``end``,
    with no comma, "and" or clause opener between; else None. ``comma_before``: the verb may
    follow a comma straight after the relative, as a writer may close one there ("Le ministre
    qui s'est rendu hier à Oslo, | s'est déclaré satisfait")."""
    not_before_verb = c.AUX | c.ARTICLES | c.DETERMINERS | c.POSSESSIVE_PRONOUNS
    stops = c.COORDINATORS | c.OPENERS | c.BARE_OPENERS | c.SUBJECT_BREAKS
    for k in range(own + 2, end):
        if (
            comma_before
            and tokens[k].text == ","
            and k + 1 < end
            and _is_finite(tokens, k + 1, start, c)
        ):
            return k + 1
        if tokens[k].text in (",", ";") or tokens[k].lower in stops:
            return None  # "que hará el partido y ganará", "… si el pleno aprueba": not its
        before = tokens[k - 1].lower  # (not a noun after its article: "son parti")
        if c.is_participle(tokens[k].text) or before in not_before_verb:
            continue  # "los compromisos firmados en …": a participle of the noun
        if _is_finite(tokens, k, start, c):
            return k
    return None
