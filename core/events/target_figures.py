"""A measure brought to a figure, told ahead: "The county will trim its deficit to 640 mln
dlrs [in 1995]", "The state deficit should be trimmed to 3.1 pct of output", "The merger would
lift its revenues to 50 mln dlrs": a target or a forecast figure over a period, no happening.
A price or a rate set to a level is a decision, and stays ("will raise its prime rate to 8
pct [in May]"); so does a change told in the past ("cut its deficit to 2 pct in 1993").

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> target_ahead("The county will trim its deficit to 640 mln crowns".split(), c)
True
>>> target_ahead("The state deficit should be trimmed to 3.1 pct of output".split(), c)
True
>>> target_ahead("The bank will raise its prime rate to 8 pct".split(), c)
False
>>> target_ahead("The county trimmed its deficit to 640 mln crowns".split(), c)
False
"""

from __future__ import annotations

from types import ModuleType

_OBJECT_REACH = 5  # how many words the measure may stand after the verb ("its budget deficit")
_FIGURE_REACH = 3  # how many words after "to" its figure may come ("to a yearly 12 pct")


def target_ahead(words: list[str], c: ModuleType) -> bool:
    """Whether a title tells a measure brought to a figure ahead: a verb group with a future,
    a hedging modal or "is to", its verb one of bringing a measure (``TARGET_VERBS``), the
    measure its object or, after "be", its subject, then "to" and a figure."""
    lower = [w.lower() for w in words]
    k = next((i for i, w in enumerate(lower) if i and w in c.AUX), None)
    if k is None:
        return False
    ahead = False
    for j in range(k, min(len(lower), k + 6)):
        word = lower[j]
        if word in c.FUTURE | c.HYPOTHETICAL | c.FORECAST_HEDGES or (
            word == c.TO and lower[j - 1] in c.BE  # "[The target] is to reduce …"
        ):
            ahead = True
            continue
        if word in c.AUX or word == c.TO or _adverb(word, c):
            continue
        if not ahead or not set(c.lemmas(word).get("VERB", ())) & c.TARGET_VERBS:
            return False
        passive = lower[j - 1] in c.BE
        measured = lower[:k] if passive else lower[j + 1 : j + 1 + _OBJECT_REACH]
        return _measure_in(measured, c) and _to_figure(lower[j + 1 :], c)
    return False


def _measure_in(words: list[str], c: ModuleType) -> bool:
    """A measure that comes of things, not one somebody sets ("deficit", "revenues", not
    "rate" nor "price"), before any "to"."""
    upto = words[: words.index(c.TO)] if c.TO in words else words
    return any(w in c.FORESEEN_MEASURES and w not in c.SET_MEASURES for w in upto)


def _to_figure(words: list[str], c: ModuleType) -> bool:
    """ "… to 640 mln", "… to only 1.3 pct", "… to a yearly 12 pct": a figure within a few
    words after the first "to"."""
    if c.TO not in words:
        return False
    at = words.index(c.TO)
    after = words[at + 1 : at + 1 + _FIGURE_REACH]
    return any(w[:1].isdigit() or w in c.NUMBER_WORDS for w in after)


def _adverb(word: str, c: ModuleType) -> bool:
    return word in c.ADVERBS or (word.endswith(c.ADVERB_ENDING) and set(c.lemmas(word)) == {"ADV"})
