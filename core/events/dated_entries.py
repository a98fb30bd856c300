"""A line of a timeline or "key dates" list, read as the sentence it stands for.

"- Aug. 29: First case confirmed at the hospital." is a date set off by a colon before a clause
in the present "headline tense" or a bare participle: the clause happened on that date, as it
would after a fronted "On Aug. 29,". The list mark is no word of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from types import ModuleType

from core import lang
from core.events.tokens import Token
from core.temporal.tagger import Timex
from core.timeval import parse_value

_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a value that names a day
_STAMP_MARKS = frozenset(":—–-|")  # what may set a live entry's time off from its text


def entry_tokens(
    tokens: list[Token], timexes: list[Timex], c: ModuleType, own_line: bool = False
) -> list[Token]:
    """``tokens`` with a dated entry's list mark left out and the colon after its date read
    as the comma after a fronted date; unchanged when the sentence is no such entry.

    The date must open the line (after the mark, in emphasis or not) and the colon follow it
    straight away ("Sales rose: 5% in May" and "NOTE: 1987 net …" are no entries); a dash
    sets the date off only on a line opened by a list mark ("- **June 2013** – Route
    announced") or one standing alone (``own_line``: "March 2021 – Works begin" in a box),
    not in a sentence's dateline.
    """
    zone = tokens[0].text if tokens else ""
    zoned = len(tokens) > 2 and zone.isupper() and zone.lower() in c.CLOCK_SUFFIXES
    if zoned and tokens[1].text[:1].isupper():
        # "1:10 p.m. | CDT The Red Cross opened …": a live entry's time zone, cut from its
        # clock time by the stop after "p.m.", is no word of the sentence
        tokens = tokens[1:]
    labelled = len(tokens) > 3 and tokens[0].text.lower() in c.ENTRY_TIME_LABELS
    label = 2 if labelled and tokens[1].text == "," else 1  # "Update, 3.15pm: …"
    if labelled and any(t.start == tokens[label].start and t.type == "TIME" for t in timexes):
        tokens = tokens[label:]  # "Updated 14:05 The bridge …": the entry's time opens it
    first = 0
    while first < len(tokens) and tokens[first].text in c.ENTRY_MARKS:
        first += 1
    if first >= len(tokens) - 2:
        return tokens
    opening = next((t for t in timexes if t.start == tokens[first].start), None)
    if opening is None:  # "- Shelters open at 8 a.m.": a list's line, its mark no word
        return _label_left_out(
            tokens[first:] if first and tokens[first].text[:1].isalpha() else tokens, c
        )
    after = next((k for k in range(first, len(tokens)) if tokens[k].start >= opening.end), None)
    if after is None or after + 2 >= len(tokens):
        return tokens
    colon = after
    while colon < len(tokens) - 2 and tokens[colon].text in c.ENTRY_EMPHASIS:
        colon += 1  # "- **March 2009** – Line first proposed"
    dash = (first > 0 or own_line) and tokens[colon].text in c.ENTRY_DASHES
    if tokens[colon].text not in c.ENTRY_DATE_END and not dash:
        return tokens[:after] + _label_left_out(tokens[after:], c)  # "03:40 RESULT: Ann …"
    if tokens[colon].start - tokens[colon - 1].end > 1:
        return tokens
    comma = replace(tokens[colon], text=",")
    return [*tokens[first:after], comma, *tokens[colon + 1 :]]


def _label_left_out(tokens: list[Token], c: ModuleType) -> list[Token]:
    """A live entry's label in capitals ("RESULT: Ann Roe has been elected …", "BREAKING:")
    is no subject of the clause after it."""
    if len(tokens) < 3:
        return tokens
    word, colon, nxt = tokens[0].text, tokens[1].text, tokens[2].text
    if len(word) > 2 and word.isalpha() and word.isupper() and colon in c.ENTRY_DATE_END:
        return tokens[2:] if nxt[:1].isupper() else tokens
    return tokens


def entry_start(
    text: str,
    start: int,
    end: int,
    timexes: list[Timex],
    published: datetime,
    language: str,
    may_date: Callable[[Timex], bool],
) -> int:
    """Where the sentence ``text[start:end]`` starts once a live page's entry time is set
    aside: "23:50 Polls closed at 10pm on Thursday", "14:05 Talks resumed at 9:30 this
    morning", "15:30 The lake fell to its lowest level in September 2018" tell their own time,
    and the entry's time is only when they were posted. An entry with no time of its own
    keeps it: "03:45 Orr conceded", "14:05 Rates will double by 2020" (a target ahead),
    "15:05 Hallam, who was first elected in 2008, has conceded" (the date of an aside about
    its subject), "11:40 Turnout is 29%, down from 31% in 2021" (a baseline: ``may_date``
    tells which times may date a happening, ``core.events.anchors.role``)."""
    stamp = next((t for t in timexes if start <= t.start < end and t.type == "TIME"), None)
    if stamp is None or not (text[stamp.end : stamp.end + 1].isspace() or _set_off(text, stamp)):
        return start
    if not _opens_entry(text[start : stamp.start], language):
        return start
    own = [t for t in timexes if stamp.end <= t.start < end]
    if not any(_tells_own_time(text, stamp, t, published, language, may_date) for t in own):
        return start
    after = stamp.end
    while after < end and (text[after].isspace() or text[after] in _STAMP_MARKS):
        after += 1
    return after


def _set_off(text: str, stamp: Timex) -> bool:
    """ "9:40 AM: The …", "14:05 — The …": a mark sets the entry's time off from its text."""
    mark = text[stamp.end : stamp.end + 3].strip()[:1]
    return bool(mark) and mark in _STAMP_MARKS


def _opens_entry(before: str, language: str) -> bool:
    """Whether a clock time after ``before`` opens its sentence as a live entry's time: straight
    away or after a label ("Updated 14:05 …")."""
    label = before.strip().rstrip(",").lower()  # ("Update, 3.15pm: …")
    return not label or label in lang.words(language, "clauses").ENTRY_TIME_LABELS


def _tells_own_time(
    text: str,
    stamp: Timex,
    timex: Timex,
    published: datetime,
    language: str,
    may_date: Callable[[Timex], bool],
) -> bool:
    """Whether ``timex``, after a live entry's ``stamp``, is the time of the entry's own
    happening: a day or clock time other than the stamp's, or a time already past, that
    dates the clause (no baseline, no thing's date) outside a relative aside."""
    if timex.type not in ("DATE", "TIME") or timex.value == stamp.value:
        return False
    day = published.date().isoformat()
    if _DAY.match(timex.value) and timex.value[:10] != day:
        return True  # (as before: "at 10pm on Thursday", whatever the clause)
    value = parse_value(timex.value)
    if value is None or (not _DAY.match(timex.value) and value.end > _day_start(published)):
        return False  # "by 2020", "this year": a target or the present, not the entry's time
    if not may_date(timex):
        return False
    return not _in_relative_aside(text[stamp.end : timex.start], language)


def _day_start(published: datetime) -> datetime:
    return published.replace(hour=0, minute=0, second=0, microsecond=0)


def _in_relative_aside(before: str, language: str) -> bool:
    """ "Hallam, who was first elected in 2008, …": the date sits in a relative clause set off
    by a comma, which tells about the subject, not when the entry's news happened."""
    comma = before.rfind(",")
    opener = before[comma + 1 :].split(maxsplit=1)[:1] if comma >= 0 else []
    return bool(opener) and opener[0].lower() in lang.words(language, "clauses").RELATIVES


# How many words a timeline entry's date and its subject may each take ("Oct. 4, 2024",
# "First tunnel boring machine", "The main civil engineering contractor"), and an
# apposition after the subject ("The water utility, NamWater, invites bids").
_ENTRY_DATE_WORDS = 3
_ENTRY_SUBJECT_WORDS = 5
_ENTRY_APPOSITION_WORDS = 4
# the date's tokens, its abbreviation's full stop and the comma before a year counted
_ENTRY_DATE_TOKENS = 6


def entry_present(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is the present of a timeline's entry, told in the headline tense
    after its date and a short subject: "June 2019: First tunnel boring machine starts
    digging", "November 2015: Voters approve the tax", "Sept. 6: The line's operator
    votes …" (``entry_tokens`` made the colon a comma). The date opens the line with no
    preposition ("In 2019, shares rose" is prose), the subject is capitalised and nouns
    alone (an apposition set off by commas aside), its last word a noun; a plural's plain
    present follows a plural noun."""
    comma = _entry_comma(tokens, k)
    if comma is None:
        return False
    date = [t.text for t in tokens[:comma]]
    words = [w for w in date if w[:1].isalnum()]
    if len(words) > _ENTRY_DATE_WORDS or any(w not in ".," for w in date if w not in words):
        return False  # ("Oct. 4, 2024": the abbreviation's stop and the year's comma)
    if not all(w[:1].isupper() or w.isdigit() for w in words):
        return False
    if any(w.lower() in c.PREPOSITIONS | c.ARTICLES for w in words):
        return False
    if not any(w.isdigit() or w.lower() in c.ENTRY_DATE_WORDS for w in words):
        return False  # "Meanwhile, bank officials say": no date opens it
    subject = _entry_subject([t.text for t in tokens[comma + 1 : k]], c)
    if not subject or len(subject) > _ENTRY_SUBJECT_WORDS or not subject[0][:1].isupper():
        return False
    if not all(_owner_stripped(w, c).replace("-", "").isalpha() for w in subject):
        return False  # (a hyphened word is one: "The original two-lane bridge opens")
    if any(w.lower() in c.AUX | c.PREPOSITIONS | c.PRONOUNS or c.is_past(w) for w in subject):
        return False
    word, noun = tokens[k].text, subject[-1].lower()
    verbs = c.lemmas(word).get("VERB", ())
    if not word.islower() or not verbs or word.endswith(c.GERUND):
        return False
    if not c.lemmas(noun):  # a name the lexicon does not know: "AguaMar, a consortium, wins"
        third = word.endswith(c.THIRD_PERSON_ENDS) and word not in verbs
        return third and subject[-1][:1].isupper()
    if "NOUN" not in c.lemmas(noun):
        return False
    if word.endswith(c.THIRD_PERSON_ENDS) and word not in verbs:
        return not noun.endswith(c.THIRD_PERSON_ENDS)
    # a plural's plain present: "Voters approve", "Fishermen block" (not its own lemma)
    return word in verbs and noun not in c.lemmas(noun)["NOUN"]


def _entry_comma(tokens: list[Token], k: int) -> int | None:
    """The comma that stands for the entry's colon: the first one within the date's reach
    that a word follows ("Oct. 4, 2024, The …": not the year's comma)."""
    reach = min(k, _ENTRY_DATE_TOKENS + 1)
    commas = [
        j for j in range(1, reach) if tokens[j].text == "," and tokens[j + 1].text[:1].isalpha()
    ]
    return commas[0] if commas else None


def _entry_subject(words: list[str], c: ModuleType) -> list[str]:
    """The subject's words with an apposition that closes it left out ("The water utility,
    NamWater," → "The water utility"); [] when its commas make no such apposition."""
    if "," not in words:
        return words
    first = words.index(",")
    aside = words[first + 1 : -1]
    if words[-1] != "," or not aside or "," in aside or len(aside) > _ENTRY_APPOSITION_WORDS:
        return []
    if not all(w.replace("-", "").isalpha() for w in aside):
        return []
    if any(w.lower() in c.AUX or c.is_past(w) for w in aside):
        return []
    return words[:first]


def _owner_stripped(word: str, c: ModuleType) -> str:
    """ "line's" → "line": an owner's noun in the subject ("The line's signalling system")."""
    for ending in c.POSSESSIVE_ENDINGS:
        if ending and word.endswith(ending):
            return word[: -len(ending)]
    return word
