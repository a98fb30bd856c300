"""Where the main clause starts after a subordinate clause that follows a fronted phrase of
time: "En 2018, después de que la fábrica cerrara, | el ayuntamiento compró los terrenos";
"Im Jahr 2018, nachdem das Werk geschlossen hatte, | kaufte die Stadt das Gelände". The
phrase dates the main clause (``core.events.subordinate_dates``); without the cut the
subordinate clause ran on into it and the main clause's verb was lost."""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb
from core.events.tokens import Token


def fronted_subordinate_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """Where the main clause starts after a subordinate clause (its opener in
    ``c.SUBORDINATORS_AFTER_FRONT``, "después de que", "après que", "nachdem") that follows a
    comma closing a phrase with no verb of its own ("En 2018, …"); None when there is none.
    The subordinate clause ends at its first comma, with a finite verb on either side of it
    ("In 2018, after years of talks, the city …" is a phrase: no cut)."""
    if len(cuts) < 2 or not 0 < cuts[1] < len(tokens) - 1:
        return None
    start = cuts[1]
    if tokens[start - 1].text != "," or _finite_verb(tokens, 0, start, c) is not None:
        return None
    words = _opener_words(tokens, start, c)
    if not words:
        return None
    after = start + words
    later = [k for k in cuts[2:] if k >= after]
    stop = later[0] if later else len(tokens)
    comma = next((k for k in range(after + 1, stop - 1) if tokens[k].text == ","), None)
    if comma is None or not _has_verb(tokens, after, comma, c):
        return None
    if _finite_verb(tokens, comma + 1, stop, c) is None:
        return None
    return comma + 1


def _opener_words(tokens: list[Token], k: int, c: ModuleType) -> int:
    """How many words the subordinator at ``k`` takes ("después de que": 3; "nachdem": 1);
    0 when none stands there."""
    for opener in c.SUBORDINATORS_AFTER_FRONT:
        words = opener.split()
        if [t.lower for t in tokens[k : k + len(words)]] == words:
            return len(words)
    return 0


def _has_verb(tokens: list[Token], start: int, end: int, c: ModuleType) -> bool:
    """Whether ``tokens[start:end]`` has a finite verb, a past subjunctive among them
    (Spanish "después de que la fábrica cerrara")."""
    if _finite_verb(tokens, start, end, c) is not None:
        return True
    return any(
        t.lower.endswith(c.SUBJUNCTIVE_ENDS) and "VERB" in c.lemmas(t.lower)
        for t in tokens[start:end]
    )
