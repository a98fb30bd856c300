"""Whether two events report the same happening, so several articles give one event.

Two events are one happening only when all of these hold (a missed merge is better than a
wrong one: two rows of one story are a nuisance, one row of two stories is a falsehood):

- **when**: both of day precision on the same day; or, when either is coarser (a month, a
  year, undated), overlapping dates *and* titles near-identical in content words, with the
  same capitalised words ("U.S. and Canadian negotiators" are not "U.S. negotiators");
- **what**: the titles share the action, content-word lemmas other than the names and the
  saying verbs ("Ruiz resigns" / "Ruiz visits a school" stay two), in the same proportion as
  a paraphrase ("Buses to return to the bridge" / "Bus routes over the bridge resume"); no
  figure differs ("rises 5 pct" / "rises 7 pct"); kinds do not contradict each other;
- **who**: both name someone and share a name ("Ruiz resigns" / "Vidal resigns" stay two);
  an event that names nobody is about whom its article named last before it, so it merges
  only when that context shares a name (two articles' "The dividend will be paid", after
  "Acme declared a dividend" and "Birch declared a dividend", are two dividends).

Names are compared across spellings and scripts (``core.events.names``: "Шольц"
is "Scholz"; places are the gazetteer's one name, "Київ" and "Kiew" are "Kyiv").

Titles in two languages share no words, so one more way to be one happening holds in any
language: on the same day, of the same kind (one that says what happened: not "statement"
nor "other"), naming the same people and organisations, all of them, and a place in common
("Scholz meets Putin in Moscow" / "Шольц встретился с Путиным в Москве") or two people or
more ("Macron war mit Putin zusammengetroffen" / "Macron avait rencontré Poutine").

One exception for people at an occasion: on the same day, the same person and the same
occasion noun in both sentences ("Ferreira is due to open the bridge at a short ceremony" /
"Ferreira will cut the ribbon", both sentences about a ceremony) are one happening::

    same_happening(a, b, contexts=None) -> bool
    happening_score(a, b, contexts=None) -> float in [0, 1]; 0 when they are not one happening
    find_merge_target(new, candidates, contexts=None, context=None) -> the best candidate
    candidate_window(event)              -> (lo, hi) seconds: stored events whose [start_ts,
                                            end_ts) overlap it are the only possible matches

``contexts`` holds each event's context, the names of the nearest event before it in its
article that names someone (``core.store.Reported``); None means both come from one article,
where one sentence whose clause gave two titles, one holding the other, is one happening
whatever its two dates. All are pure functions of ``core.model.Event`` values; the store
picks the candidates (``WHERE start_ts < hi AND end_ts > lo``) and records each merged source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType

from rapidfuzz import fuzz

from core import lang
from core.events.names import name_key, stem_key
from core.model import Event

DAY = 86400.0
# An undated event is anchored at its article's publication day; it may report something
# from the days before, never after.
UNDATED_LOOKBACK = 7 * DAY
SAME = 0.5  # happening_score at or above which two events are one happening
_NEUTRAL_KINDS = frozenset(("other", "statement"))
_DAY_PRECISIONS = frozenset(("day", "time"))
_ACTORS, _PLACES = frozenset(("person", "organisation")), frozenset(("place",))
_PEOPLE = frozenset(("person",))
# Same day, in other words: at least this many content lemmas shared, and this share of the
# shorter title's content lemmas.
PARAPHRASE_SHARED = 2
PARAPHRASE_OVERLAP = 0.6
# A coarser date says less about which happening it is: the titles must nearly coincide,
# this share of all their content lemmas in common (Jaccard).
NEAR_IDENTICAL = 0.75
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W_]+(?:[-.'][^\W_]+)*")

Names = frozenset[str]


def same_happening(a: Event, b: Event, contexts: tuple[Names, Names] | None = None) -> bool:
    """True when ``a`` and ``b`` report one happening.

    >>> from core.model import Entity
    >>> def ev(title, start, names):
    ...     return Event(title, f"2022-02-0{start}", None, "day", False, "meeting", title, 0, 1,
    ...                  start * DAY, (start + 1) * DAY, tuple(Entity(n, "person") for n in names))
    >>> same_happening(ev("Putin and Xi meet in Beijing", 1, ["Putin", "Xi"]),
    ...                ev("Xi meets Putin in Beijing for talks", 1, ["Xi", "Putin"]))
    True
    >>> same_happening(ev("Putin and Xi meet", 1, ["Putin", "Xi"]),
    ...                ev("Putin and Xi meet", 2, ["Putin", "Xi"]))
    False
    >>> same_happening(ev("Putin resigns", 1, ["Putin"]), ev("Xi resigns", 1, ["Xi"]))
    False
    """
    return happening_score(a, b, contexts) >= SAME


def happening_score(a: Event, b: Event, contexts: tuple[Names, Names] | None = None) -> float:
    """How surely ``a`` and ``b`` are one happening: 0 when any rule above rules it out, else
    their title wording's similarity, at least ``SAME``."""
    if contexts is None and _one_clause_twice(a, b):
        return 1.0
    if not _dates_agree(a, b) or not _kinds_agree(a, b):
        return 0.0
    if _figures(a.title) != _figures(b.title):
        return 0.0  # "profit rises 5 pct" / "profit rises 7 pct"
    if not _actors_agree(a, b, contexts):
        return 0.0
    wording = fuzz.token_set_ratio(a.title.lower(), b.title.lower()) / 100
    if _same_action(a, b) or _same_occasion(a, b) or _same_cast(a, b):
        return max(SAME, wording)
    return 0.0


def find_merge_target(
    new: Event, candidates: Iterable[Event], contexts: Iterable[Names] | None = None,
    context: Names | None = None,
) -> Event | None:  # fmt: skip
    """The candidate that ``new`` reports again (the best-scoring one), or None.

    ``context`` is ``new``'s context and ``contexts`` holds each candidate's; without them
    all come from one article. Re-adding the same article finds each of its events again, so
    it changes nothing.
    """
    best, best_score = None, SAME
    theirs = iter(contexts) if contexts is not None else None
    for candidate in candidates:
        their = next(theirs) if theirs is not None else None
        pair = (context, their) if context is not None and their is not None else None
        score = happening_score(new, candidate, pair)
        if score >= best_score:
            best, best_score = candidate, score
    return best


def candidate_window(event: Event) -> tuple[float, float]:
    """The time range a stored event must overlap to possibly be the same happening.

    Wide enough for undated events on either side (anchored at a publication day, they may
    report the week before it).
    """
    return event.start_ts - UNDATED_LOOKBACK, event.end_ts + UNDATED_LOOKBACK


def _one_clause_twice(a: Event, b: Event, language: str = "en") -> bool:
    """One sentence of one article giving a happening twice, the second title holding the
    first ("Caremark is changing" / "Caremark is changing its fiscal year"), whatever dates
    its two time expressions gave."""
    if (a.char_start, a.char_end, a.sentence) != (b.char_start, b.char_end, b.sentence):
        return False
    short_title, long_title = sorted((a.title.lower().split(), b.title.lower().split()), key=len)
    if long_title[: len(short_title)] != short_title:
        return False  # "bought two ferries … and two more": a second happening, not a repeat
    words_a, words_b = content_lemmas(a.title, language), content_lemmas(b.title, language)
    shorter, longer = sorted((words_a, words_b), key=len)
    return (
        len(shorter) >= 2
        and shorter < longer  # not "met on Monday and again on Friday": the dates decide
        and not (longer - shorter) & _saying(language)  # "X said Y will …" and "Y will …"
        and _figures(a.title) == _figures(b.title)
    )


def _dates_agree(a: Event, b: Event) -> bool:
    if a.undated or b.undated:
        return _undated_agrees(a, b)
    if _by_day(a) and _by_day(b):
        return _day(a.start) == _day(b.start)
    return a.start_ts < b.end_ts and b.start_ts < a.end_ts


def _by_day(event: Event) -> bool:
    return not event.undated and event.precision in _DAY_PRECISIONS and len(event.start) >= 10


def _undated_agrees(a: Event, b: Event) -> bool:
    if a.undated and b.undated:
        return abs(a.start_ts - b.start_ts) <= UNDATED_LOOKBACK
    undated, dated = (a, b) if a.undated else (b, a)
    anchor = undated.start_ts
    return anchor - UNDATED_LOOKBACK <= dated.start_ts < anchor + DAY


def _day(value: str) -> str:
    return value[:10]


def _kinds_agree(a: Event, b: Event) -> bool:
    return a.kind == b.kind or a.kind in _NEUTRAL_KINDS or b.kind in _NEUTRAL_KINDS


def _names(event: Event, kinds: frozenset[str] | None = None) -> Names:
    """The event's names as compared: one for every spelling and script of a name."""
    return frozenset(name_key(e.text) for e in event.entities if kinds is None or e.kind in kinds)


def _cast(event: Event) -> Names:
    """Who an event names: people by their surname in any case ("Olaf Scholz" is the "Шольцем"
    of an article that gives no first name), organisations whole."""
    return frozenset(
        stem_key(e.text.split()[-1]) if e.kind == "person" else name_key(e.text)
        for e in event.entities
        if e.kind in _ACTORS
    )


def _actors_agree(a: Event, b: Event, contexts: tuple[Names, Names] | None) -> bool:
    """Both name someone and share a name; or one names nobody and (within one article, or)
    its context shares a name with the other."""
    names_a, names_b = _names(a), _names(b)
    if names_a and names_b:
        return bool(names_a & names_b or _cast(a) & _cast(b))
    if contexts is None:
        return True
    context_a, context_b = (frozenset(name_key(n) for n in c) for c in contexts)
    return bool((names_a | context_a) & (names_b | context_b))


def _same_cast(a: Event, b: Event) -> bool:
    """The same happening told in other words, or in another language: on the same day, of
    the same telling kind, with the same people and organisations, all of them, at a place
    both name."""
    if not (_by_day(a) and _by_day(b)) or _day(a.start) != _day(b.start):
        return False
    if a.kind != b.kind or a.kind in _NEUTRAL_KINDS:
        return False
    cast_a = _cast(a)
    if not cast_a or cast_a != _cast(b):
        return False
    places_a, places_b = _names(a, _PLACES), _names(b, _PLACES)
    if places_a and places_b:
        return bool(places_a & places_b)
    # the same two people or more on one day, one report saying where they met and the other
    # only that they met: no place is needed
    return len(_people(a)) >= 2


def _people(event: Event) -> Names:
    return frozenset(stem_key(e.text.split()[-1]) for e in event.entities if e.kind == "person")


def _same_action(a: Event, b: Event, language: str = "en") -> bool:
    """The titles say the same: on one day a paraphrase sharing the action; on a coarser date
    nearly the same words."""
    words_a, words_b = content_lemmas(a.title, language), content_lemmas(b.title, language)
    action_a, action_b = _action(a, words_a, language), _action(b, words_b, language)
    shared_action = len(action_a & action_b)
    if not shared_action:
        return False
    shared = len(words_a & words_b)
    if _by_day(a) and _by_day(b):
        shorter = min(len(words_a), len(words_b))
        return shared >= PARAPHRASE_SHARED and shared / shorter >= PARAPHRASE_OVERLAP
    shared_names = len(_names(a) & _names(b))
    enough = shared_action >= 2 or shared_names >= 2
    near = shared / len(words_a | words_b) >= NEAR_IDENTICAL
    # "U.S. and Canadian negotiators opened talks" / "U.S. negotiators opened talks": one
    # capitalised word apart is another party, whatever the other words; and each naming
    # someone the other does not ("options trading opened" in Wyse's stock, in Harcourt's).
    cast_a, cast_b = _cast(a), _cast(b)
    others = bool(cast_a - cast_b) and bool(cast_b - cast_a)
    return enough and near and _same_proper(a.title, b.title) and not others


def _action(event: Event, words: frozenset[str], language: str) -> frozenset[str]:
    """A title's content lemmas that say what happened: not its names, not "said"."""
    names = content_lemmas(" ".join(e.text for e in event.entities), language)
    return words - names - _saying(language)


def _same_occasion(a: Event, b: Event, language: str = "en") -> bool:
    """One day, one person, the same occasion named in both sentences ("ceremony")."""
    if not (_by_day(a) and _by_day(b)) or _day(a.start) != _day(b.start):
        return False
    people_a, people_b = _names(a, _PEOPLE), _names(b, _PEOPLE)
    if not people_a or people_a != people_b or _names(a) != _names(b):
        return False
    occasions = _occasions(language)
    return bool(
        content_lemmas(a.sentence, language) & content_lemmas(b.sentence, language) & occasions
    )


def _same_proper(a: str, b: str) -> bool:
    """Each title's capitalised words after its first (which any title capitalises) are
    words of the other."""
    words_a, words_b = _WORD.findall(a), _WORD.findall(b)
    lower_a, lower_b = {w.lower() for w in words_a}, {w.lower() for w in words_b}
    return all(w.lower() in lower_b for w in words_a[1:] if w[0].isupper()) and all(
        w.lower() in lower_a for w in words_b[1:] if w[0].isupper()
    )


@lru_cache(maxsize=65536)  # a stored title is compared with new event after new event
def _figures(title: str) -> frozenset[str]:
    return frozenset(_FIGURE.findall(title))


@lru_cache(maxsize=8)
def _saying(language: str) -> frozenset[str]:
    return lang.words(language, "events").PLAIN_SAYING


@lru_cache(maxsize=8)
def _occasions(language: str) -> frozenset[str]:
    """Nouns that name a happening: a meeting, a ceremony, a trial."""
    return (
        lang.words(language, "events").EVENT_NOUNS
        | lang.words(language, "anchors").MORE_EVENT_NOUNS
    )


@lru_cache(maxsize=65536)
def content_lemmas(title: str, language: str = "en") -> frozenset[str]:
    """The lemmas of a title's content words: "Bus routes over the bridge resume" →
    {"bus", "route", "bridge", "resume"}."""
    c = lang.words(language, "clauses")
    skip = c.FUNCTION_WORDS | c.PREPOSITIONS | c.AUX | c.ADVERBS | c.DETERMINERS | {c.TO}
    return frozenset(
        _lemma(w, c) for w in _WORD.findall(title.lower()) if w not in skip and len(w) > 1
    )


def _lemma(word: str, c: ModuleType) -> str:
    """One lemma a word's forms share: a verb's when the word is inflected ("rose" → "rise"),
    else a noun's ("buses" → "bus")."""
    forms = c.lemmas(word)
    verb = forms.get("VERB", ())
    if verb and verb[0] != word:
        return verb[0]
    return (forms.get("NOUN") or verb or next(iter(forms.values()), (word,)))[0]
