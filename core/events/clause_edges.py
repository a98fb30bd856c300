"""Where a sentence's clauses begin besides their opener words: at a dash or a colon that
opens a clause of its own, and after a fronted subordinate clause or a German verb-first
condition (``core.events.phrases.clauses`` cuts there)."""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb
from core.events.tokens import _DASHES, Token


def _is_dash(tokens: list[Token], k: int, c: ModuleType | None = None) -> bool:
    """A dash, or a hyphen standing alone between spaces ("LUXEMBOURG - Output fell"), or a
    colon before a capital that opens a clause of its own ("a second delay this week: Monday's
    attempt was scrubbed"); with the language's words ``c``, a colon before a small letter
    too between two finite verbs (Spanish and Russian write no capital there: "es la segunda
    en un mes: el 12 de junio ya se suspendieron 85 vuelos"; not a label, "NOTE: 1987 net
    reflects …")."""
    if tokens[k].text in _DASHES:
        return True
    if tokens[k].text == ":" and 0 < k < len(tokens) - 2:
        nxt = tokens[k + 1].text
        if not tokens[k].end < tokens[k + 1].start:
            return False
        if nxt[:1].isupper() and nxt[1:2].islower():
            return True
        # ... or, where a date may stand first before the verb (German), a year opening it:
        # "ist lange her: 2011 hatte der Fluss die Altstadt überflutet"
        if c is not None and c.VERB_LAST and len(nxt) == 4 and nxt.isdigit():
            return tokens[k + 2].text[:1].isalpha()
        if c is None or not nxt[:1].isalnum() or _finite_verb(tokens, 0, k, c) is None:
            return False  # (a quotation after it is what was said: "agreed: “We are …”")
        stop = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ":"), len(tokens))
        return _finite_verb(tokens, k + 1, stop, c) is not None
    spaced = (
        0 < k < len(tokens) - 1 and tokens[k - 1].end < tokens[k].start < tokens[k + 1].start - 1
    )
    return tokens[k].text == "-" and spaced


def _fronted_clause_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "Although prices fell in 2019, the firm raised …": where the main clause starts after a
    fronted subordinate clause with a verb of its own (None: no such clause)."""
    if not tokens:
        return None
    if tokens[0].lower not in c.FRONTED_SUBORDINATORS:
        return _verb_first_condition(tokens, cuts, c)
    stop = cuts[1] if len(cuts) > 1 else len(tokens)
    comma = next((k for k in range(1, stop) if tokens[k].text == ","), None)
    if comma is None or _finite_verb(tokens, 1, comma, c) is None:
        return None  # "After the meeting on Monday, …": a phrase, no clause
    if _finite_verb(tokens, comma + 1, stop, c) is None:
        return None
    return comma + 1


def _verb_first_condition(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """German "Scheitern die Gespräche, will der Verband im Juni neu verhandeln": a clause
    opening on its finite verb, a comma, and the main clause's verb straight after it is a
    condition with no "wenn"; the main clause starts there (None: no such clause)."""
    if not c.VERB_LAST or len(tokens) < 5:
        return None
    forms = c.lemmas(tokens[0].lower)
    if "VERB" not in forms or "NOUN" in forms or tokens[1].lower not in c.DETERMINERS:
        return None
    stop = cuts[1] if len(cuts) > 1 else len(tokens)
    comma = next((k for k in range(2, stop) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= stop or "VERB" not in c.lemmas(tokens[comma + 1].lower):
        return None
    return comma + 1
