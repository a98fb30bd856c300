"""Whether a predicate tells how things are, not what happened: no title is made of it.

>>> is_state("was basically good")
True
>>> is_state("appeared in court")
False
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.had_happenings import had_happening
from core.events.parse import Sentence, When, token_at
from core.events.tallies import tallied
from core.events.time_words import time_word
from core.events.titles import _words

_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a value on one day: "2024-05-13", "…T09:30"
_YEAR_PART = re.compile(r"\d{3,4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$")  # "1988", "2024-Q3", "2025-SU"


@cache
def _no_comment(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "clauses").NO_COMMENT)


def is_state(predicate: str, language: str = "en", when: str | None = "") -> bool:
    """A predicate that tells how things are, not what happened: "was basically good",
    "remained at 10 pct", "compares with 17 mln", "was one of two systems"; dated ``when``
    (a value) over more than a day, a forecast figure ("will grow by 1.6 pct [this year]")."""
    c = lang.words(language, "clauses")
    words = [w.lower() for w in _words(predicate)]
    if c.COMMA_ASIDES:  # "ont rejeté, par 290 voix, la motion": the verb without its comma
        words = [w.rstrip(",") or w for w in words]
    if _running_total(words, c):
        return True  # "have failed so far this year": how many until now
    if _no_comment(language).match(" ".join(words)):
        return True  # "would not comment", "declined to comment": nothing said, no happening
    k = next((i for i, w in enumerate(words) if w not in c.AUX and w not in c.ADVERBS), None)
    if k is None:
        return True  # "Its business was": nothing happened in the words left
    if set(words[:k]) & c.ABILITY_MODALS:
        return True  # "can be exercised", "can comment": what one may do, no happening
    if (
        when
        and not _DAY.match(when)
        and (_foreseen_standing(words, k, c) or _forecast_figure(words, c))
    ):
        # "Output will grow by 1.6 pct [this year]", "the cuts will cost $90 million [in the
        # fourth quarter]"; "on Monday" is a happening ("will cost the party 549,000 marks,
        # parliament said Friday": a fine imposed)
        return True
    nxt = words[k + 1] if 0 < k < len(words) - 1 else ""
    inserted = c.DATES_INSERTED and nxt and words[k - 1] in c.AUX  # words inside the verb group
    if inserted and (c.is_participle(nxt) or c.unlisted_participle(nxt)):
        k += 1  # "a aussitôt appelé": an adverb the lists lack between auxiliary and participle
    elif nxt and words[k - 1] in c.AUX and _manner_adverb(words[k], c) and c.is_participle(nxt):
        # "was temporarily barred": an adverb in "-ly" inside the verb group; after a present
        # "is" it tells a habit ("is usually conducted"), no happening
        k += 0 if words[k - 1] in c.BE_FINITE - c.BE_PAST else 1
    # "began with Canada being the first": a gerund further on is no auxiliary of the verb
    auxiliaries = [w for w in words[:4] if w in c.AUX and not w.endswith(c.GERUND)]
    if c.VERB_LAST:  # before the head or closing the clause ("fertig sein"); "feierte sein
        # Jubiläum" is "his", no auxiliary
        last = len(words) - 1
        auxiliaries = [w for i, w in enumerate(words[:4]) if w in c.AUX and (i < k or i == last)]
    head = words[k]
    if k and words[k - 1] in c.HAVE and _modal_then_verb(words, k, c):
        # French "a dû fermer", "a dû être évacué": it had to close, and closed; the verb
        # after the modal tells
        return is_state(" ".join(words[k + 1 :]), language, when)
    if c.PASSIVE_PERFECT and c.PASSIVE_PERFECT in words[k:]:
        return False  # German "war entlassen worden": something was done, whatever the verb
    verbs = set(c.lemmas(head).get("VERB", ()))
    if tallied(words, k, verbs, language, when):
        return True  # "turns 60", "handled 3.2 million tonnes [last year]": a figure
    at_a_place = k + 1 < len(words) and words[k + 1] in c.PLACE_AFTER
    if verbs & c.STATE_VERBS_BUT_AT_A_PLACE and (at_a_place or k == len(words) - 1):
        return False  # "appeared in court", "appeared [in 2013]", not "appeared calm"
    after = words[k + 1] if k + 1 < len(words) else ""
    # German "steht | zur Abstimmung" or, last, "steht im Landtag | zur Abstimmung"; not "zur
    # Verfügung"
    pairs = {" ".join(words[k + 1 : k + 3]), " ".join(words[-2:])}
    if any(({after} | pairs) & c.STATE_VERB_ACTIONS.get(v, frozenset()) for v in verbs):
        return False  # "stood for the seat", not "stood at 110"
    if verbs & c.BECOMING_VERBS and c.is_past(head) and c.is_participle(after):
        return False  # "quedó estabilizado": it became so, a happening
    if verbs & c.KEEPING_VERBS and when and _DAY.match(when) and _kept(words[k + 1 :], c):
        return False  # "will remain closed on Monday": the closure that day, a happening
    # "is located in", not "divers located the wreck": a past with its object is a happening
    located = head in c.STATE_PARTICIPLES and (bool(auxiliaries) or after not in c.ARTICLES)
    if verbs & c.STATE_VERBS or located:
        return True
    if head in c.STATE_FORMS and not c.is_participle(after):
        return True  # "el pueblo tenía 43 habitantes", not "tiene previsto abrir"
    if not auxiliaries and not verbs & c.MEASURE_MOVES and _rate(words[k + 1 :], c, language):
        return True  # "carried 40,000 vehicles a day": how much each day, a level, no happening
    if not lang.union(c, "PRICE_VERBS", "LEVEL_AT_VERBS").isdisjoint(verbs) and _price_level(
        words[k + 1 :], c
    ):
        return True  # "Sterling opened at 1.6182 dlrs": a quote; "little changed at 12.9"
    period = bool(when) and not _DAY.match(when or "")
    if verbs & c.PERIOD_FIGURE_VERBS and period and _figure_of(words[k + 1 : k + 6], c):
        # "[For the year,] the accounts showed earnings of 2.5 mln", "expects a profit of 3
        # mln [for the quarter]": a period's figure read off or foreseen; "the vote on Monday
        # showed a majority of 12" is the vote
        return True
    if verbs & c.FORESEEING_VERBS and period and not auxiliaries:
        return True  # "foresaw new loans [in 1987]": the thing foreseen's date, no happening
    passive = bool(auxiliaries) and auxiliaries[-1] in c.BE
    if verbs & c.ACTIVE_STATE_VERBS and not passive and not _verb_after_to(words, k, c):
        # "the accord requires payments of …", not "firms will be required to …" nor "requires
        # the firm to begin an auction in June" (a duty laid on someone)
        return True
    progressive = passive and _gerund(head, c)
    if progressive and (_price_level(words[k + 1 :], c) or after in c.LEVEL_COMPARISONS):
        return True  # "the mill was running at about 40 sheets a minute", "was pumping above quota"
    if verbs & c.ESTIMATE_VERBS and any(
        _price_level(words[j:], c) for j in range(k + 1, len(words)) if words[j] == c.AT
    ):
        return True  # "is projected at 978", "estimated output this year at 33.4 mln": a measure
    # "was to sign", "was the first leader to sign": an infinitive of the clause's own; not
    # "are ample and traders see no reason to buy", after an "and"
    own = next((j for j in range(k, len(words)) if words[j] in c.COORDINATORS), len(words))
    to_verb = c.TO in words[k:own] and _verb_after_to(words[: own + 1], k, c)
    if c.VERB_LAST and any(c.is_participle(w) for w in words[k:]):
        return False  # German "war nach Moskau geflogen": the participle closes the clause
    if (
        c.VERB_LAST
        and len(words) > k + 1
        and words[-1] in c.MODALS
        and "VERB" in c.lemmas(words[-2])
    ):
        return False  # "hatte das Gehege schließen müssen": a verb and its modal close it
    # right after an auxiliary a participle of a verb the lists lack is told by its shape
    # ("a été trouvé", "avaient été repérés"): something was done, no state
    participle = c.is_participle(head) or c.unlisted_participle(head)
    # "was hit", "were put on creditwatch": after a form of "be" a past is a participle, though
    # the verb's three forms are one word
    participle = participle or bool(auxiliaries and auxiliaries[-1] in c.BE and c.is_past(head))
    foreseen = auxiliaries and auxiliaries[-1] in c.BE and head in c.FORECAST_WORDS
    if foreseen and _kept_ahead(words[k + 1 :], c, when):
        return True  # "trading was expected to stay quiet": a state foreseen
    if auxiliaries and auxiliaries[-1] in c.BE and not participle:
        if when and _DAY.match(when) and _kept(words[k:], c):
            return False  # "The flood warning is in force today": in force that day
        if head in c.READY_WORDS and when and set(words[:k]) & c.READY_AUX:
            return False  # German "soll Anfang Dezember einsatzbereit sein": ready then
        if head in c.SCHEDULED and not _cause_after(words, k, c):
            return False  # "the report is due on Friday": a plan, not how things are
        if head in c.SCHEDULED:
            return True  # "April footfall was due to a wet spell": a cause, no happening
        if head in c.UNLIKELY:
            return True  # "is unlikely to meet its target": foreseen not to happen
        if head in c.LIKELY and when and _YEAR_PART.match(when):
            # "is likely to obtain aid [this year]": a guess at a year or a quarter; "is
            # likely to take place [next week]" is a plan
            return True
        judged = head in c.JUDGING_GERUNDS and not set(words[k + 1 : k + 2]) & (
            c.DETERMINERS | c.PRONOUNS
        )
        if judged:
            return True  # "early results were encouraging": how things stand
        return not (_gerund(head, c) or to_verb)  # "was one of", not "was to sign"
    if any(
        head in c.STATE_VERB_ACTIONS.get(v, ())
        for a in auxiliaries
        for v in c.lemmas(a).get("VERB", ())
    ):
        return False  # French "aura lieu", "a eu lieu": "avoir" with its word, a happening
    if auxiliaries and auxiliaries[-1] in c.HAVE and not participle:
        # "had net profit of", "had the right to defend", "has yet to decide" (a thing held,
        # the infinitive the noun's; nothing done yet); not "had to close", "had showed … to"
        own_infinitive = to_verb and (head == c.TO or "VERB" in c.lemmas(head))
        if had_happening(words[k : k + 4], language):
            return False  # "will have its premiere in June": the premiere, a happening
        return not own_infinitive and head != c.BEEN
    return False


def _modal_then_verb(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the participle of a modal verb the lists give in no participle
    shape (French "dû") with a verb right after it: "a dû être évacué" was evacuated."""
    if k + 1 >= len(words):
        return False
    modal = {v for m in c.MODALS for v in c.lemmas(m).get("VERB", ())}
    return bool(modal & set(c.lemmas(words[k]).get("VERB", ()))) and "VERB" in c.lemmas(
        words[k + 1]
    )


def kept_on_a_day(predicate: str, language: str = "en", when: str | None = "") -> bool:
    """Whether a predicate keeps a condition on ("remain closed", "stay in place") on the
    one day ``when`` (a value): a closure that day, no state.

    >>> kept_on_a_day("will remain closed", "en", "2024-02-05")
    True
    >>> kept_on_a_day("will remain closed", "en", "2024-02"), kept_on_a_day("remains the largest")
    (False, False)
    """
    c = lang.words(language, "clauses")
    if not (when and _DAY.match(when)):
        return False
    words = [w.lower() for w in _words(predicate)]
    k = next((i for i, w in enumerate(words) if w not in c.AUX and w not in c.ADVERBS), None)
    if k is not None and k > 0 and words[k - 1] in c.BE and _kept(words[k:], c):
        return True  # "is in place [from noon until 9pm tomorrow]"
    if k is None or not set(c.lemmas(words[k]).get("VERB", ())) & c.KEEPING_VERBS:
        return False
    return _kept(words[k + 1 :], c)


def _kept(after: list[str], c: ModuleType) -> bool:
    """Whether the words after a keeping verb open with a condition: "closed", "in force"."""
    return bool(after) and (
        after[0] in c.KEPT_CONDITIONS
        or any(tuple(after[: len(p)]) == p for p in c.KEPT_CONDITION_PHRASES)
    )


def _foreseen_standing(words: list[str], k: int, c: ModuleType) -> bool:
    """A figure or a standing told ahead, the verb ``words[k]``: "will cost $90 million",
    "would run a deficit from 2029"; told in the past ("cost shippers 60 million", "ran a
    trade surplus of 7 billion in 1986") it is a period's figure, as gold lists them."""
    if not set(words[:k]) & (c.FUTURE | c.HYPOTHETICAL):
        return False
    verbs = set(c.lemmas(words[k]).get("VERB", ()))
    objects = set(words[k + 1 : k + 4])  # "run a [budget] deficit"
    return bool(verbs & c.FORESEEN_STATE_VERBS) or any(
        objects & c.FORESEEN_STATE_OBJECTS.get(v, set()) for v in verbs
    )


def _forecast_figure(words: list[str], c: ModuleType) -> bool:
    """A measure's change told ahead, then its figure: "will grow by 1.6 pct", "is expected
    to slow to 3.5 pct", "would exceed 100 mln dlrs"; not "will increase spending by 10 pct"
    or "will be increased by 25 dlrs" (a change someone makes), "will rise on Monday" (no
    figure) nor "grew by 1.6 pct" (a figure that came)."""
    ahead = c.FUTURE | c.HYPOTHETICAL | c.FORECAST_WORDS | c.FORECAST_HEDGES
    seen = False
    # "[Farm] output will grow": a noun of the subject may open what the clause left
    first = next((k for k, w in enumerate(words[:3]) if w in c.AUX | ahead), 0)
    for k, w in enumerate(words[first : first + 6], first):
        if set(c.lemmas(w).get("VERB", ())) & c.MEASURE_MOVES and w not in ahead:
            if k and words[k - 1] in c.BE:
                return False  # "prices will be increased by 5 pct": someone changes them
            after = [a for a in words[k + 1 : k + 5] if a not in c.ADVERBS]
            figure = next((j for j, a in enumerate(after) if is_figure(a, c)), None)
            if figure is None:
                return False  # "prices will rise on Monday": no figure, a happening told
            return seen and _figure_words(after[:figure], c)
        seen = seen or w in ahead
        if not (w in lang.union(c, "AUX", "ADVERBS") or w in ahead or w == c.TO):
            return False
    return False


def _figure_words(words: list[str], c: ModuleType) -> bool:
    """Whether ``words``, between a verb of change and its figure, only lead to the figure:
    "to", "by", a hedge ("about"), a bound ("to less than 2 pct", "by at least 3 pct"), and an
    article with at most one word after it ("grow a modest 1.8 pct", "rise by an average 9.6
    pct")."""
    article = next((k for k, w in enumerate(words) if w in c.ARTICLES), len(words))
    lead = all(w in {c.TO, c.BY} | c.PRICE_HEDGES | c.FIGURE_BOUNDS for w in words[:article])
    return lead and len(words) - article <= 2


def is_figure(word: str, c: ModuleType) -> bool:
    return word[:1].isdigit() or word in c.NUMBER_WORDS  # "1.6", "four [billion]"


def _figure_of(after: list[str], c: ModuleType) -> bool:
    """Whether the words after a verb name a figure: "<noun> of <figure>" ("earnings of 2.5
    mln", "a profit of $3 million", "of about 40 pct"); not an infinitive's ("to pay a
    dividend of 12 cts")."""
    at = next((j for j, w in enumerate(after) if w == c.OF), None)
    if at is None or c.TO in after[:at]:
        return False
    figure = next((w for w in after[at + 1 :] if w not in c.PRICE_HEDGES), "")
    return is_figure(figure.lstrip("$£€¥"), c)


def _kept_ahead(after: list[str], c: ModuleType, when: str | None) -> bool:
    """Whether ``after``, the words after "expected", keep a state on over the period
    ``when``: "[expected] to stay quiet [in June]", "to remain firm [next week]"; on a day
    ("to remain closed on Monday", "to stay in Oslo on Friday") a happening of that day."""
    if not when or _DAY.match(when) or len(after) < 3 or after[0] != c.TO:
        return False
    return bool(set(c.lemmas(after[1]).get("VERB", ())) & c.KEEPING_VERBS)


def _cause_after(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether "to" after ``words[k]`` opens a cause, not an infinitive: "were due to a late
    Easter", not "is due to open" nor "due to rain" (a verb's own form: kept as a plan)."""
    if words[k] not in c.TO_PREPOSITION_HEADS or words[k + 1 : k + 2] != [c.TO]:
        return False
    nxt = words[k + 2] if k + 2 < len(words) else ""
    if _comparative(nxt, c) and words[k + 3 : k + 4] and words[k + 3] not in c.DETERMINERS:
        return True  # "was due to lower fuel costs", not "is due to lower its rates"
    return bool(nxt) and nxt not in c.lemmas(nxt).get("VERB", ())


def _comparative(word: str, c: ModuleType) -> bool:
    """Whether ``word`` is an adjective's comparative ("lower" of "low", "better" of "good")."""
    return any(a != word for a in c.lemmas(word).get("ADJ", ()))


def _verb_after_to(words: list[str], start: int, c: ModuleType) -> bool:
    """Whether an infinitive follows ``start`` ("was to sign"), not a preposition's "to"
    ("slow due to the rainy season")."""
    return any(
        words[j] == c.TO
        and "VERB" in c.lemmas(words[j + 1])
        and (j == 0 or words[j - 1] not in c.TO_PREPOSITION_HEADS)
        for j in range(start, len(words) - 1)
    )


def lasting_since(predicate: str, language: str = "en", been: bool = False) -> bool:
    """Whether a predicate in the perfect tells how long something has lasted: "has been
    closed since March", "had led the board since 2012". Such a state has no date of its own
    but the start its "since" gives; not a bare "since" closing it ("have taken it since",
    a count whose date is told after). ``been``: only a state told with "been" ("have been
    frozen since 2019", not "have risen 4% since March", a figure released).

    >>> lasting_since("has been closed since March for repairs")
    True
    >>> lasting_since("closed the line in March")
    False
    >>> lasting_since("have risen 4% since March", been=True)
    False
    """
    c = lang.words(language, "clauses")
    words = [w.lower() for w in _words(predicate)]
    k = next((i for i, w in enumerate(words) if w not in c.ADVERBS), None)
    if k is None or words[k] not in c.HAVE or (been and words[k + 1 : k + 2] != [c.BEEN]):
        return False
    return bool(set(words[k + 1 : -1]) & c.CLAUSE_SINCE)


def lasting_apart(s: Sentence, predicate: str, when: When, stop: int, reported: bool) -> bool:
    """ "The line, which has been closed since March, | reopens on Monday": how long a state
    has lasted, its date past the predicate and a comma after its "since" another verb's, or
    the report's when the state is told with "been" ("Fares have been frozen since 2019, the
    minister said"); not "has been shut since the workers went on strike May 9" (its start)."""
    at = token_at(s.tokens, when.timex.start)
    if at < stop or not lasting_since(predicate, s.language, been=reported):
        return False
    since = lang.words(s.language, "clauses").CLAUSE_SINCE
    last = max((k for k in range(at) if s.tokens[k].lower in since), default=at)
    comma = next((k for k in range(last, at) if s.tokens[k].text == ","), None)
    # "since [the autumn of] 2015": a time within a few words, not a clause's subject
    return comma is not None and any(
        s.tokens[k].text[:1].isdigit() or time_word(s.tokens, k, s.language)
        for k in range(last + 1, min(comma, last + 5))
    )


def running_total(words: list[str], language: str = "en") -> bool:
    """Whether a running total is among a clause's first words (lowercase), before its verb:
    "So far this year nine banks [have failed]"."""
    return _running_total(words, lang.words(language, "clauses"))


def _running_total(words: list[str], c: ModuleType) -> bool:
    """A running total in the clause's own words, up to a comma, a coordinator or a relative
    or a participle's phrase ("shut the mine, taking the count so far this year to 12" is
    the shutting), not "went
    so far as to predict"."""
    if all(c.RUNNING_TOTAL) and not any(phrase[0] in words for phrase in c.RUNNING_TOTAL):
        return False  # (most clauses: no phrase's first word, no need to find where it ends)
    stop = c.COORDINATORS | c.RELATIVES
    end = next(
        (
            i
            for i, w in enumerate(words)
            if w in stop or w.endswith(",") or (i and _gerund(w, c) and words[i - 1] not in c.AUX)
        ),
        len(words),
    )
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        and (i + len(phrase) >= end or words[i + len(phrase)] != c.AS)
        for phrase in c.RUNNING_TOTAL
        for i in range(end - len(phrase) + 1)
    )


def _gerund(word: str, c: ModuleType) -> bool:
    """A form in "-ing" of a verb ("rising"), not a noun that ends so ("nothing", "morning");
    a word the lists lack is told by its ending."""
    if not (c.GERUND and word.endswith(c.GERUND)):
        return False
    forms = c.lemmas(word)
    return not forms or "VERB" in forms


def _price_level(after: list[str], c: ModuleType) -> bool:
    """Whether the words after a market's verb give the level it stood at: "at 1.72 dlrs",
    "at around 300"; not a move ("closed sharply lower" is news, as "fell" is), "at noon",
    "the plant"."""
    rest = [w for w in after if w not in c.ADVERBS and not w.endswith(c.ADVERB_ENDING)]
    if rest and rest[0] in c.VERB_PARTICLES:
        rest = rest[1:]  # "closed out at 1.8 times book": the verb's particle
    if not rest or rest[0] != c.AT:
        return False
    figure = next((w for w in rest[1:3] if w not in c.PRICE_HEDGES), "")
    if figure[:1].isdigit():
        return True
    # "at a market value of 2.4 times earnings": the level's noun, "of", the figure
    of = next((i for i, w in enumerate(rest[:6]) if w == c.OF), 0)
    level = of > 1 and rest[of - 1] in c.PRICE_LEVEL_NOUNS
    return level and of + 1 < len(rest) and rest[of + 1][:1].isdigit()


def _rate(after: list[str], c: ModuleType, language: str) -> bool:
    """Whether the words after a verb are a figure for each unit of time ("40,000 vehicles a
    day", "300 cars per week"), ending the predicate."""
    units = lang.words(language, "calendar").UNITS if c.RATE_LINKS else {}
    if len(after) < 4 or after[-2] not in c.RATE_LINKS or after[-1] not in units:
        return False
    return is_figure(after[0], c)


def _manner_adverb(word: str, c: ModuleType) -> bool:
    """An adverb told by its ending ("temporarily", "narrowly"), the lists lacking it."""
    ending = c.ADVERB_ENDING
    return bool(ending) and word.endswith(ending) and "ADV" in c.lemmas(word)
