"""What someone foresees of a measure ("Lumo expects earnings to rise in 1995", "sees a loss
in 1988"): a forecast, no happening. Its date stays a happening's when it is a day (a release
planned: "expects the bank to report profit on Thursday") or a period gone by (a result told
ahead of its report: "expects to report a third-quarter loss", written in November).

>>> from core.timeval import parse_value
>>> march = datetime(1994, 3, 10)
>>> forecast("Lumo expects earnings to rise", parse_value("1994"), None, march)
True
>>> forecast("Lumo expects to report a loss", parse_value("1993-Q4"), None, march)
False
>>> forecast("Lumo said it expects a loss", parse_value("1994"), None, march)
False
>>> forecast("Traders believe the peso will fall", parse_value("1994"), None, march)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from types import ModuleType

from core import lang
from core.events.foreseen_results import foreseen_result
from core.events.target_figures import target_ahead
from core.events.tense_dates import gone_by
from core.events.title_words import foreseen_measure
from core.timeval import TimeValue

_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?|\d[\d.,]*")
_DAY = ("day", "time")  # precisions of a release planned
_WEEK = "week"


def forecast(
    title: str,
    value: TimeValue,
    until: TimeValue | None,
    published: datetime,
    language: str = "en",
) -> bool:
    """Whether the happening titled ``title``, dated ``value`` (to ``until``), is a forecast
    of a measure over a period not yet gone by: its first verb one of foreseeing."""
    if value.precision in _DAY or gone_by(until or value, published):
        return False
    c = lang.words(language, "clauses")
    words = _WORD.findall(title)
    if _measure_moves_ahead(words, c) or _figure_expected(words, c) or _result_ahead(words, c):
        return True
    if target_ahead(words, c):
        return True  # "The county will trim its deficit to 640 mln crowns [in 1995]"
    for k, word in enumerate(words[1:], 1):
        lower = word.lower()
        if lower in c.FORESEEING:
            told = words[k:]  # "Vane predicts the firm will earn 40 cts": a result ahead
            return (
                observers_forecast(words[:k], c)
                or foreseen_measure(told, c)
                or foreseen_result(told, c)
            )
        if word.islower() and set(c.lemmas(lower).get("VERB", ())) & c.BELIEVING:
            # "Dealers believe the dollar will rise [this year]"; a week is most often the
            # saying's ("told reporters this week she believed the fee might go")
            return value.precision != _WEEK and _told_ahead(words[k + 1 :], c)
        if lower in c.AUX or (c.is_past(lower) and word.islower()):
            return False  # "Lumo said it expects …", "Earnings fell short of an expected …"
    return False


def _told_ahead(words: list[str], c: ModuleType) -> bool:
    """Whether what is believed is told ahead: a future or a hedging modal its first verb
    group ("[believe] the dollar will continue to rise", "[thought] the bank would lower
    its rate"); not "[believe] the burglars forged a key", a past found out."""
    for word in words[: c.BELIEF_REACH]:
        lower = word.lower()
        if lower in c.FUTURE | c.HYPOTHETICAL:
            return True
        if lower in c.AUX or (word.islower() and "VERB" in c.lemmas(lower) and c.is_past(lower)):
            return False
    return False


def _figure_expected(words: list[str], c: ModuleType) -> bool:
    """ "A further increase to 1.5 billion stg is expected", "Output of 9 mln tonnes is
    forecast": a figure of a measure, its verb group a form of "be" and a word of forecast
    and nothing after; "A loss of 5 mln dlrs was reported" is news."""
    lower = [w.lower() for w in words]
    be = next((i for i, w in enumerate(lower) if w in c.AUX), None)
    if not be or lower[-1] not in c.FORECAST_WORDS or lower[be] not in c.BE:
        return False
    if any(w not in c.AUX | c.ADVERBS for w in lower[be + 1 : -1]):
        return False
    subject = lower[:be]
    figure = any(w[:1].isdigit() for w in subject)
    return figure and any(w in c.FORESEEN_MEASURES for w in subject)


def observers_forecast(subject: list[str], c: ModuleType) -> bool:
    """ "Most analysts [expect her to call a vote]", "Traders [see prices firming]": what
    onlookers foresee is their view, no happening of the story."""
    nouns = (set(c.lemmas(w.lower()).get("NOUN", ())) for w in subject)
    return any(n & c.OBSERVERS for n in nouns)


def _measure_moves_ahead(words: list[str], c: ModuleType) -> bool:
    """ "The price of gold is likely to rise", "Prices would continue to gain", "Earnings
    should show a sharp increase": a measure's move foreseen (its subject's noun before any
    phrase a measure, its verb group likely, expected, a hedging modal or a reported "would",
    its verb a move or the showing of one, or "be" and a figure: "Sales are expected to be 460
    billion"), no happening; "Sales will rise again in April" is told as the news, and stays."""
    # (an auxiliary in lower case: "Prices in May rose" has none)
    k = next((i for i, w in enumerate(words) if w in c.AUX), 0)
    # ("Earnings per share should rise": "per" keeps the measure's noun before it)
    head = next((i for i, w in enumerate(words[:k]) if w.lower() in c.PREPOSITIONS), k)
    head -= 2 if head >= 2 and words[head - 2].lower() in c.RATIO_LINKS else 0
    if head <= 0 or words[head - 1].lower() not in c.FORESEEN_MEASURES:
        return False
    group = [w.lower() for w in words[k:]]
    for j, word, ahead in _past_links(group, c):
        if j and group[j - 1] in c.BE | c.PRICE_HEDGES and _is_figure(word, c):
            return ahead  # "Sales are expected to be [about] 460 billion": a figure foreseen
        if j and group[j - 1] in c.BE and word in c.LEVEL_PREPOSITIONS:
            return ahead  # "Turnover is expected to be at usual levels": a level foreseen
        if word in c.AUX or word in c.PRICE_HEDGES or _adverb(word, c):
            continue  # "should consistently increase"
        verbs = set(c.lemmas(word).get("VERB", ()))
        shown = bool(verbs & c.SHOWING_RESULTS) and _measure_after(group[j + 1 :], c)
        return ahead and (bool(verbs & c.MEASURE_MOVES) or shown)
    return False


def _past_links(group: list[str], c: ModuleType) -> Iterator[tuple[int, str, bool]]:
    """Each word of a verb group that is not a forecast link ("expected", "to", "should"),
    with its index and whether a link before it looks ahead (a carrier alone, "is", does
    not)."""
    ahead = False
    for j, word in enumerate(group):
        if word in c.FORECAST_LINKS:
            ahead = ahead or word not in c.FORECAST_CARRIERS
            continue
        yield j, word, ahead


def _result_ahead(words: list[str], c: ModuleType) -> bool:
    """ "The firm is expected to post three dlrs a share", "The economy should show 2.5 pct
    growth": a result foreseen (a verb group expected, likely or a hedging modal, its verb a
    result's, a figure or a measure after it), no happening; "The company will post a gain"
    and "is expected to report earnings" (a release planned) stay."""
    k = next((i for i, w in enumerate(words) if i and w in c.AUX), None)
    if k is None:
        return False
    group = [w.lower() for w in words[k:]]
    for j, word, ahead in _past_links(group, c):
        verbs = set(c.lemmas(word).get("VERB", ()))
        if not verbs & c.RESULT_FORESEEN_VERBS and (word in c.AUX or _adverb(word, c)):
            continue  # ("is expected to have lower earnings": "have" the result's verb)
        after = [w for w in group[j + 1 : j + 1 + c.FORESEEN_REACH] if not _adverb(w, c)]
        if verbs & c.RESULT_SUM_VERBS:
            return ahead and _sum_after(after, c)
        figure = any(w[:1].isdigit() or w in c.NUMBER_WORDS for w in after)
        shown = bool(verbs & c.RESULT_FORESEEN_VERBS) and (figure or _measure_after(after, c))
        return ahead and shown
    return False


def _sum_after(words: list[str], c: ModuleType) -> bool:
    """ "[make] four dlrs a share", "[make] about 2.10 dlrs": a sum of money straight after the
    verb (a word of hedging at most before its figure)."""
    k = 1 if words and words[0] in c.PRICE_HEDGES else 0
    return len(words) > k + 1 and _is_figure(words[k], c) and c.MONEY_UNITS & set(words[k : k + 3])


def _is_figure(word: str, c: ModuleType) -> bool:
    return word[:1].isdigit() or word in c.NUMBER_WORDS  # "460 [billion]", "four [mln]"


def _adverb(word: str, c: ModuleType) -> bool:
    forms = c.lemmas(word)
    return word in c.ADVERBS or (word.endswith(c.ADVERB_ENDING) and set(forms) == {"ADV"})


def _measure_after(words: list[str], c: ModuleType) -> bool:
    """ "[should show] a sharp increase", "[should post] higher earnings": a measure the
    showing's object, within a few words."""
    return any(w in c.FORESEEN_MEASURES for w in words[: c.FORESEEN_REACH])
