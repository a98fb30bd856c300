"""A dated act fused with the state it left: "The depot opened in 2019 and is built to hold
40 trains", "The dairy was enlarged in 2012 and now keeps 80 cows". The date is the act's; what
follows "and" tells how the thing stands today, no happening of that date, so the title stops
before it ("The depot opened", "The dairy was enlarged").

The words are the language's: its "and" (``AND``), the present forms that tell a lasting state
after it (``LASTING_PRESENTS``: "is", "has", "remains", "houses") and the adverbs that mark
the present (``LASTING_ADVERBS``: "now", "still"), before which any verb that is no past
tells a state ("and now serves as a museum").
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence, When, token_at


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def lasting_tail(s: Sentence, verb: int, stop: int, when: When | None) -> int:
    """Where the predicate of the verb at ``verb`` ends when an "and" before ``stop`` turns to
    the state the dated act left ("opened in 2019 | and is built to …"); ``stop`` when none
    does, or when the date stands after the "and" (then it is the state's own: "and is due
    to close on Friday")."""
    c = _clauses(s.language)
    if when is None or not c.LASTING_PRESENTS:
        return stop
    dated = token_at(s.tokens, when.timex.start)
    perfect = s.tokens[verb].lower in c.PRESENT_PERFECT_AUX  # "have reached …"
    for k in range(max(verb, dated) + 1, stop - 1):
        if s.tokens[k].lower == c.AND and _state_after(s, k + 1, stop, perfect, c):
            return k
    return stop


def _state_after(s: Sentence, k: int, stop: int, perfect: bool, c: ModuleType) -> bool:
    """Whether the words from ``k`` open a present state: "is built to", "now has", "has
    outlasted two keepers" (``perfect``: the act before was told in the perfect)."""
    marked = False
    while k < stop and s.tokens[k].lower in c.LASTING_ADVERBS:
        k, marked = k + 1, True
    if k >= stop:
        return False
    word = s.tokens[k]
    if word.lower in c.HAVE and _perfect_kept(s, k + 1, stop, perfect, c):
        return False
    if word.lower in c.LASTING_PRESENTS:
        return True
    # "and now serves as a museum": a verb told in the present, marked so
    return marked and "VERB" in c.lemmas(word.lower) and not c.is_past(word.text)


def _perfect_kept(s: Sentence, k: int, stop: int, perfect: bool, c: ModuleType) -> bool:
    """Whether a "has"/"have" at ``k - 1`` opens a perfect the title keeps: a second act of
    the same time after an act told in the perfect (``perfect``: "have boarded the train
    and have started treating riders"), or the act's undoing told with it ("halted on May 9 and have
    not resumed"); not a possession ("and has 12 pens") nor what has held since a dated past
    ("was installed in 2009 and has outlasted two keepers")."""
    while k < stop and s.tokens[k].lower in c.ADVERBS:
        if s.tokens[k].lower in c.NEGATIONS:
            return True
        k += 1
    participle = k < stop and c.is_past(s.tokens[k].text)
    return perfect and participle and "NOUN" not in c.lemmas(s.tokens[k].lower)


def lasting_date(s: Sentence, when: When) -> bool:
    """Whether ``when`` is the present-day adverb of a state told after "and" ("opened in
    2019 and [today] houses 40 trains", "et compte [aujourd'hui] 40 rames"): it dates no
    happening, the act before it keeps its own date."""
    c = _clauses(s.language)
    k = token_at(s.tokens, when.timex.start)
    if s.tokens[k].lower not in c.LASTING_ADVERBS or s.tokens[k].end < when.timex.end:
        return False
    if k > 1 and s.tokens[k - 2].lower == c.AND and s.tokens[k - 1].lower in c.LASTING_PRESENTS:
        return True  # French "et compte [aujourd'hui] 40 rames": the adverb after its verb
    if k == 0 or s.tokens[k - 1].lower != c.AND:
        return False
    return k + 1 < len(s.tokens) and _state_after(s, k + 1, len(s.tokens), False, c)
