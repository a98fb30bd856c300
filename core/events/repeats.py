"""One happening, one event: the second telling of a happening an article already gave.

Four shapes give a happening twice:

- a medium's participle beside the clause it carries: "In a note released on Friday, the
  firm blamed its supplier" is the blaming, not also "A statement was issued";
- a key-dates box line repeating a body sentence on the same date ("September 2022: pact
  signed" under "The two governments signed the pact in September 2022");
- a happening told in the lead and again, thinner, further down, on the same date ("The ferry
  completed sea trials in May" … "The trials were completed in May");
- a clause that only names a moment beside the "when" clause that tells it ("The breakthrough
  came in 1973, when a fashion house bought her tweed": the buying, once).

``core.events.merge`` already keeps one of two events on one day told in other words; these
are the repeats it leaves: coarser dates, and a box line's few words. Two happenings on one
date stay two: the shorter title's words must all be the longer's ("The council approved the
budget" / "The council approved the plan" share no object), or, for a box line, most of them.
"""

from __future__ import annotations

from functools import lru_cache

from core import lang
from core.events.box_lines import opens_entry
from core.events.merge import _WORD, content_lemmas
from core.events.object_participles import closes_means_medium
from core.events.parse import Happening
from core.model import Event

# A box line's title and the body's share at least this many content words, and this share
# of the box line's: "Ferry contract signed" / "The two councils signed a ferry
# agreement" (3 of 3), "Union ballot opens" / "The union would ballot members" (2 of 3).
BOX_SHARED = 2
BOX_OVERLAP = 0.5
# A title that only names a moment is short: "The last big upset at the depot came".
MOMENT_WORDS = 8


def without_means_copies(
    told: list[Happening], found: list[Happening], text: str, start: int, language: str
) -> list[Happening]:
    """``told`` (participles' happenings) without those whose date a clause of ``found`` took
    through the medium it was told in: "In a letter sent on Monday, the mayor asked …" gives
    the asking, on Monday, and no "A letter was sent"."""
    taken = {h.when.timex.start for h in found if h.when is not None}
    return [
        h
        for h in told
        if h.when is None
        or h.when.timex.start not in taken
        or not closes_means_medium(text, start, h.when.timex, language)
    ]


def repeated(event: Event, events: list[Event], text: str, language: str) -> int | None:
    """The index in ``events`` (one article's, so far) of the happening ``event`` tells
    again on the same date, or None."""
    for k, other in enumerate(events):
        if _repeats(event, other, text, language):
            return k
    return None


def fuller(event: Event, other: Event, text: str, language: str) -> bool:
    """Whether ``event`` is the telling a reader wants of the two: a body sentence's over a
    box line's (a clause in the article's words, "Tests in June failed", over its note,
    "Pump tests fail"); of two alike, the title with more words, else the one told first."""
    moment, other_moment = _moment(event.title, language), _moment(other.title, language)
    if moment != other_moment:
        return other_moment  # "A fashion house bought her tweed" over "The breakthrough came"
    box, other_box = _boxed(event, text, language), _boxed(other, text, language)
    if box != other_box:
        return other_box
    more = len(content_lemmas(event.title, language)) - len(content_lemmas(other.title, language))
    return more > 0


def _repeats(a: Event, b: Event, text: str, language: str) -> bool:
    if a.undated or b.undated or (a.start, a.end, a.precision) != (b.start, b.end, b.precision):
        return False
    if a.char_start == b.char_start:
        # one sentence's two clauses are two happenings, unless one only names the moment the
        # other tells ("The turning point came in 1981, when a shoe maker bought her design")
        return _moment(a.title, language) != _moment(b.title, language)
    words_a, words_b = content_lemmas(a.title, language), content_lemmas(b.title, language)
    shared = words_a & words_b
    if not shared - _names(a, b, language):
        return False  # "Lucy Brennan was appointed" / "Lucy Brennan changed the formation"
    box_a, box_b = _boxed(a, text, language), _boxed(b, text, language)
    if box_a != box_b:
        box_words = words_a if box_a else words_b
        if len(shared) < BOX_SHARED or len(shared) / len(box_words) < BOX_OVERLAP:
            return False
        # "Harbour board hires engineers" is not "The harbour board backed the tunnel"
        verbs_a, verbs_b = _verbs(a.title, language), _verbs(b.title, language)
        return not (verbs_a and verbs_b) or bool(verbs_a & verbs_b)
    shorter = min(words_a, words_b, key=len)
    return len(shorter) >= 2 and shorter <= shared


def _moment(title: str, language: str) -> bool:
    """Whether a title only names a moment: a few words closed by a verb such as "came", one of
    them a moment's noun ("The turning point came", "Walker's key signing came")."""
    words = title.lower().split()
    e = lang.words(language, "events")
    return (
        len(words) <= MOMENT_WORDS
        and words[-1] in e.MOMENT_VERBS
        and not e.MOMENT_NOUNS.isdisjoint(w.strip(",.'’") for w in words)
    )


def _boxed(event: Event, text: str, language: str) -> bool:
    return opens_entry(text, event.char_start, language)


@lru_cache(maxsize=4096)
def _verbs(title: str, language: str) -> frozenset[str]:
    """The lemmas of a title's inflected verbs ("signed", "hires"): what it says happened."""
    c = lang.words(language, "clauses")
    found = set()
    for word in _WORD.findall(title.lower()):
        if word in c.AUX:
            continue  # "would", "was": no action
        verb = c.lemmas(word).get("VERB", ())
        if verb and verb[0] != word:
            found.add(verb[0])
    return frozenset(found)


def _names(a: Event, b: Event, language: str) -> frozenset[str]:
    return content_lemmas(" ".join(e.text for e in a.entities + b.entities), language)
