"""What someone foresees of a result or a measure's move told as a clause after the verb of
foreseeing: "Vane predicts the firm will earn 40 cts a share", "Quint projects two dlrs",
"Tarn expected its divisions to expand": a forecast, no happening. A happening foreseen
stays: "expects the deal will close in June", "expects talks to reach an accord in May".

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> foreseen_result("predicts the firm will earn 40 cts a share".split(), c)
True
>>> foreseen_result("projects about two dlrs a share".split(), c)
True
>>> foreseen_result("expected its divisions to expand".split(), c)
True
>>> foreseen_result("expects the deal will close".split(), c)
False
>>> foreseen_result("expects the talks to reach an accord".split(), c)
False
>>> foreseen_result("expects to increase its dividend".split(), c)
False
"""

from __future__ import annotations

from types import ModuleType


def foreseen_result(words: list[str], c: ModuleType) -> bool:
    """Whether ``words``, opening with a verb of foreseeing, tell a result or a measure's move
    ahead: a sum straight after the verb, or a clause (its "will", a hedging modal or "to")
    whose verb is a result's with a figure or a measure after it, or a measure's move."""
    lower = [w.lower() for w in words]
    if not lower or lower[0] not in c.FORESEEING:
        return False
    if _sum_at(lower[1:], c):
        return True  # "projects [about] two dlrs"
    for j, word in enumerate(lower[1 : 1 + c.FORESEEN_REACH], 1):
        if word in c.FORESEEING or (word in c.AUX and word not in c.FUTURE | c.HYPOTHETICAL):
            return False  # another verb group first: "expects it is …"
        if word in c.FUTURE | c.HYPOTHETICAL or word == c.TO:
            # "expects to increase its dividend": the subject's own act, a plan, unless what
            # it moves is a measure ("expects to increase sales")
            own = j == 1 and word == c.TO
            return _result_or_move(lower[j + 1 :], c, own)
    return False


def _result_or_move(words: list[str], c: ModuleType, own: bool = False) -> bool:
    """ "[will] earn 40 cts", "[should] post higher sales", "[to] expand", "[will] grow 3 pct";
    "reach", "total", "gain" a measure's only with a figure after ("[to] reach an accord")."""
    k = next((i for i, w in enumerate(words) if w not in c.AUX and not _adverb(w, c)), None)
    if k is None:
        return False
    if k and words[k - 1] in c.BE:
        return False  # "[forecasts] will be dropped": something done to it, no measure's move
    verbs = set(c.lemmas(words[k]).get("VERB", ()))
    after = [w for w in words[k + 1 : k + 1 + c.FORESEEN_REACH] if not _adverb(w, c)]
    figure = any(_figure(w, c) for w in after)
    measure = any(w in c.FORESEEN_MEASURES for w in after)
    if verbs & c.MEASURE_MOVES & c.FIGURE_CHANGE_VERBS:
        return not own or figure or measure  # "to expand", "will grow"
    if verbs & c.MEASURE_MOVES:
        return figure  # "will reach 2 mln", not "to reach an accord"
    if verbs & c.RESULT_FORESEEN_VERBS:
        return figure or measure
    return False


def _sum_at(words: list[str], c: ModuleType) -> bool:
    """A sum of money straight after the verb, a hedge at most before its figure."""
    k = 1 if words and words[0] in c.PRICE_HEDGES else 0
    return (
        len(words) > k + 1 and _figure(words[k], c) and bool(c.MONEY_UNITS & set(words[k : k + 3]))
    )


def _figure(word: str, c: ModuleType) -> bool:
    return word[:1].isdigit() or word in c.NUMBER_WORDS


def _adverb(word: str, c: ModuleType) -> bool:
    return word in c.ADVERBS or (word.endswith(c.ADVERB_ENDING) and set(c.lemmas(word)) == {"ADV"})
