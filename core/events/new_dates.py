"""Dates that a happening is moved to or must be done by, each an event of its own.

"The ferry inquiry has been moved to June 9" and "The court adjourned the hearing until
June 9" give "New date for the ferry inquiry" on June 9; "Tenants have until June 9 to lodge
claims" gives "Deadline for tenants to lodge claims" then. The date after "moved to" or
"until" dates no clause (``core.events.anchors``: how long, or a plan's new date), but the
happening is then. The words are the language's ``MOVED_*`` and ``DEADLINE_*`` (``anchors``
data); none in a language without.

>>> _moved_title("New date for", "its hearing", frozenset({"its"}), ("'s",))
'New date for the hearing'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from types import ModuleType
from typing import NamedTuple

from core import lang
from core.events.nominal import is_happening_noun
from core.events.parse import Happening, When
from core.events.quick_patterns import compile_quick
from core.events.title_words import dangles
from core.temporal.tagger import Timex
from core.timeval import parse_value

# How far before its date the noun phrase or the holder of the time may start, in characters.
_REACH = 160


class _Patterns(NamedTuple):
    """A language's patterns of new dates, deadlines, plans and runs (``anchors`` data)."""

    passive: re.Pattern[str]
    active: re.Pattern[str]
    holder: re.Pattern[str]
    task: re.Pattern[str]
    plan: re.Pattern[str]
    runs: re.Pattern[str]
    words: ModuleType


@cache
def _data(language: str) -> _Patterns:
    a = lang.words(language, "anchors")
    return _Patterns(
        compile_quick(a.MOVED_PASSIVE_BEFORE, re.I),
        compile_quick(a.MOVED_ACTIVE_BEFORE, re.I),
        compile_quick(a.DEADLINE_HOLDER_BEFORE, re.I),
        re.compile(a.DEADLINE_TASK_AFTER),
        compile_quick(a.WITH_PLAN_BEFORE, re.I),
        compile_quick(a.RUN_UNTIL_BEFORE, re.I),
        a,
    )


def new_date_happenings(
    text: str, start: int, end: int, timexes: list[Timex], published: datetime, language: str
) -> list[Happening]:
    """The happenings moved to, or due by, the dates ``timexes`` of ``text[start:end]``
    (a weekday that is the day of ``published`` is the one a week on: "adjourned the
    hearing until Monday" written on a Monday)."""
    found = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.start < start:
            continue  # (a time of a day: "to Friday morning")
        timex = _week_on(timex, published, language)
        if _modifies_noun(text, timex.end, end, language):
            continue  # "moved to Monday's race", "pushed back to 2019 levels": a noun's date
        title = (
            _moved(text, start, timex, language)
            or _ran_until(text, start, timex, language)
            or _deadline(text, start, end, timex, language)
        )
        if title:
            found.append(Happening(title, "other", When(timex), ()))
    return found


def _moved(text: str, start: int, timex: Timex, language: str) -> str:
    """The title of the happening moved to ``timex`` ("The launch has been moved to May 4",
    "adjourned sentencing until June 2"): "New date for the launch"; "" with none."""
    p = _data(language)
    a = p.words
    moved = p.passive.search(text[start : timex.start])
    if moved is not None and not _moved_happening(moved.group("noun"), a, language):
        moved = None  # "Dunmore was moved to …", "Shares were pushed back to …"
    moved = moved or p.active.search(text, max(start, timex.start - _REACH), timex.start)
    if moved is None:
        return ""
    possessives = lang.words(language, "clauses").POSSESSIVE_ENDINGS
    return _moved_title(a.MOVED_TITLE, moved.group("noun"), a.MOVED_OWNERS, possessives)


def _ran_until(text: str, start: int, timex: Timex, language: str) -> str:
    """The title of the happening that runs until ``timex`` ("The exhibition … runs until
    May 19"): "The exhibition ends"; "" with none."""
    p = _data(language)
    ran = p.runs.search(text[start : timex.start])
    if ran is None:
        return ""
    subject = _opening_subject(text, start, start + ran.start("verb"), language)
    if not subject or not _running_happening(subject, p.words, language):
        return ""
    return f"{subject} {p.words.RUN_ENDS[' '.join(ran.group('verb').lower().split())]}"


def _deadline(text: str, start: int, end: int, timex: Timex, language: str) -> str:
    """The title of the task due by ``timex`` ("Tenants have until March 28 to lodge
    claims"): "Deadline for tenants to lodge claims"; "" with none."""
    p = _data(language)
    a = p.words
    held = p.holder.search(text[start : timex.start])
    does = p.task.match(text[timex.end : end]) if held is not None else None
    if held is None or does is None:
        return ""
    if re.search(a.DEADLINE_MOVED_AFTER, text[timex.end : end]):
        return ""  # "…, a limit that was later extended to May 8": no deadline in the end
    if does.group("what").split()[0].lower() in a.DEADLINE_SPAN_VERBS:
        return ""  # "had until 2010 to play at the old ground": leave to go on, no task
    who = held.group("who") or held.group("object")
    what = _whole_task(does.group("what"), text[timex.end + does.end() : end], language)
    return _deadline_title(a, who, what, language) if what else ""


def _whole_task(what: str, after: str, language: str) -> str:
    """The task as far as it reads whole: not cut inside a name the text goes on with ("to
    appeal to the Supreme [Court]" → "to appeal"), nor on a word waiting for its phrase."""
    c = lang.words(language, "clauses")
    words = what.split()
    if words[-1][:1].isupper() and after.lstrip()[:1].isupper():
        while len(words) > 1 and words[-1][:1].isupper():
            words.pop()  # "… the Supreme | Court": the name goes whole
    while len(words) > 1 and dangles(words, c):
        words.pop()  # "to appeal to the": its phrase went with the name
    if after[:1] == " " and after[1:2].islower():  # the pattern's reach cut it mid-phrase
        while len(words) > 2 and words[-2].lower() == c.TO:
            words = words[:-2]  # "… needed to check [registrations]": the verb lost its object
            while (
                len(words) > 1
                and c.is_participle(words[-1])
                and not c.lemmas(words[-1]).get("NOUN")
            ):
                words.pop()  # "the poll books needed": the participle's phrase is gone
    return " ".join(words)


def _modifies_noun(text: str, at: int, end: int, language: str) -> bool:
    """Whether the date ending at ``at`` only describes the noun after it: "to Monday's
    race", "to 2019 levels", "until 2023 prices were agreed" (a noun in lower case after it,
    no preposition or conjunction); not "to May 4 after the storm", "until Tuesday next week"."""
    c = lang.words(language, "clauses")
    if text.startswith(c.POSSESSIVE_ENDINGS, at):
        return True
    after = text[at:end].split(maxsplit=1)
    word = after[0] if after else ""
    if not word[:1].islower():
        return False  # punctuation, a name or the sentence's end
    lower = word.rstrip(",;:.!?").lower()
    if lower in lang.union(c, "PREPOSITIONS", "SUBORDINATORS", "COORDINATORS", "RELATIVES", "AUX"):
        return False
    kinds = c.lemmas(lower)
    return "NOUN" in kinds and "ADV" not in kinds  # not "until May 2 daily", "… next week"


def _moved_happening(noun: str, a: ModuleType, language: str) -> bool:
    """Whether ``noun``, the subject of a passive move, is a common noun naming a happening
    ("The ferry inquiry", "The exam for trainees", "Elections set for May 3"), not a name
    ("Dunmore") nor a thing ("Shares", "The museum's coins"): a word of it before its first
    preposition names one."""
    if not _common_noun(noun, language):
        return False
    c = lang.words(language, "clauses")
    words = [w.lower() for w in noun.split()]
    ends = next((k for k in range(1, len(words)) if words[k] in a.RUN_HEAD_ENDS), len(words))
    return any(
        {w, *c.lemmas(w).get("NOUN", ())} & (a.MOVED_HAPPENING_NOUNS | a.RUN_HAPPENING_NOUNS)
        or is_happening_noun(w, language)
        for w in words[:ends]
    )


def _opening_subject(text: str, start: int, verb: int, language: str) -> str:
    """The noun phrase opening the sentence at ``start``, up to a comma or its verb ("The
    exhibition | brings …", "Hearings | began …", "The offer | runs", the running's ``verb``
    at the latest); "" when it opens on no determiner or plural
    noun, or runs on past a few words."""
    c = lang.words(language, "clauses")
    words: list[str] = []
    for word in text[start : min(verb, start + 80)].split()[:6]:
        bare = word.rstrip(",;:")
        lower = bare.lower()
        verb_only = "VERB" in c.lemmas(lower) and "NOUN" not in c.lemmas(lower)
        # past the determiner and one noun any verb ends it ("The exhibition | gathers")
        after_link = bool(words) and words[-1].lower() in c.PREPOSITIONS | c.DETERMINERS
        past_head = len(words) > 1 and "VERB" in c.lemmas(lower) and not after_link
        if words and (verb_only or past_head or lower in c.AUX):
            break
        words.append(bare)
        if bare != word:
            break
    else:
        if len(text[start:verb].split()) > len(words):
            return ""  # a subject longer than a title's
    if not words or not (
        words[0].lower() in c.DETERMINERS or _plural_or_determiner(words[0].lower(), language)
    ):
        return ""
    return " ".join(words)


def _running_happening(subject: str, a: ModuleType, language: str) -> bool:
    """Whether ``subject``'s head names a happening that runs ("The exhibition", "An
    exhibition of photographs"), not a period ("The season")."""
    head = _head(subject, a)
    return head in a.RUN_HAPPENING_NOUNS or is_happening_noun(head, language)


def _head(noun: str, a: ModuleType) -> str:
    """The head word of ``noun``, in lower case: the one before its first preposition ("exam"
    of "The exam for trainees"), else its last."""
    words = [w.lower() for w in noun.split()]
    return next(
        (words[k - 1] for k in range(1, len(words)) if words[k] in a.RUN_HEAD_ENDS), words[-1]
    )


def _week_on(timex: Timex, published: datetime, language: str) -> Timex:
    weekdays = lang.words(language, "calendar").WEEKDAYS
    if timex.text.lower() not in weekdays or timex.value != published.date().isoformat():
        return timex
    return replace(timex, value=(published.date() + timedelta(days=7)).isoformat())


def _moved_title(
    opener: str, noun: str, owners: frozenset[str], possessives: tuple[str, ...]
) -> str:
    words = ["the" if w.lower() in owners else w for w in noun.split()]  # "of its dividend"
    if words[0].endswith(possessives):
        words = ["the", *words[1:]]  # "Monday's heats": the one moved
    elif words[0][1:].islower():
        words = [words[0].lower(), *words[1:]]  # "The launch" opening the sentence
    return " ".join([opener, *words])


def _common_noun(noun: str, language: str) -> bool:
    """Whether ``noun`` opens on a determiner or on a plural common noun ("Talks", "the
    vote"), not on a name ("Smith was moved to …")."""
    first = noun.split()[0]
    c = lang.words(language, "clauses")
    return (
        first[:1].islower() or first.lower() in c.DETERMINERS or "NOUN" in c.lemmas(first.lower())
    )


def _plural_or_determiner(word: str, language: str) -> bool:
    """ "the", "bidders": a word that opens a subject in lower case in a title ("Mr", "Acme's"
    keep their capital)."""
    c = lang.words(language, "clauses")
    plural = word.endswith("s") and not word.endswith((*c.POSSESSIVE_ENDINGS, "ss"))
    return word in c.DETERMINERS or (plural and "NOUN" in c.lemmas(word))


def _common_modifier(word: str, rest: str, language: str) -> bool:
    """ "County [clerks]", "Parish [councils]": a noun before a noun in lower case opens the
    subject as a common word, capitalised only by the sentence ("Network Rail" is a name)."""
    following = rest.split(maxsplit=1)[0] if rest else ""
    c = lang.words(language, "clauses")
    return following.islower() and "NOUN" in c.lemmas(word) and "NOUN" in c.lemmas(following)


def _deadline_title(a: ModuleType, who: str, what: str, language: str) -> str:
    first, _, rest = who.partition(" ")
    lower = first.lower()
    if lower in a.DEADLINE_PRONOUNS and not rest:
        who = a.DEADLINE_PRONOUNS[lower]
    elif first != lower and (
        _plural_or_determiner(lower, language) or _common_modifier(lower, rest, language)
    ):
        who = " ".join([lower, *rest.split()])  # "The companies", "Bidders" opening it
    return a.DEADLINE_TITLE.format(who=who, what=what)


def planned_happenings(
    text: str, start: int, timexes: list[Timex], published: datetime, language: str
) -> list[Happening]:
    """The plans a "with" phrase tells on the dates ``timexes`` (from ``start``) that no
    happening of the sentence took: "…, with results expected in 2026" gives "Results
    expected" in 2026; not a date gone by at ``published``, which a plan still ahead cannot
    have ("with shipments expected in the third quarter" read as the quarter just ended)."""
    planned = _data(language).plan
    found = []
    for timex in timexes:
        value = parse_value(timex.value)
        if timex.type != "DATE" or timex.start < start or value is None or value.end <= published:
            continue
        told = planned.search(text, max(start, timex.start - _REACH), timex.start)
        if told is not None and _figure_foreseen(told, language):
            continue  # "with a flat figure expected in 1991": a measure foreseen
        if told is not None and _plan_verb(told.groupdict().get("act"), language):
            plan = _headline_plan(told.group("plan").split(), language)
            found.append(Happening(plan[:1].upper() + plan[1:], "other", When(timex), ()))
    return found


def _figure_foreseen(told: re.Match[str], language: str) -> bool:
    """Whether the head of the plan's noun phrase, before any preposition, names a figure
    ("a flat figure expected", not "votes at a higher level planned")."""
    if not told.groupdict().get("noun"):
        return False
    c = lang.words(language, "clauses")
    words = told.group("plan")[: told.end("noun") - told.start("plan")].lower().split()
    cut = next((i for i, w in enumerate(words) if w in c.PREPOSITIONS), len(words))
    return cut > 0 and words[cut - 1] in _data(language).words.PLAN_FIGURE_NOUNS


def _headline_plan(words: list[str], language: str) -> str:
    """A plan's noun and participle as a headline writes them, without the article that
    leaves them reading as a phrase cut short: "the draw scheduled" → "draw scheduled" (not
    "a second clinic due to follow", whose verb ends it)."""
    c = lang.words(language, "clauses")
    infinitive = len(words) > 2 and words[-2].lower() == c.TO
    if len(words) > 2 and words[0].lower() in c.ARTICLES and not infinitive:
        words = words[1:]
    return " ".join(words)


def _plan_verb(act: str | None, language: str) -> bool:
    """Whether ``act``, the word after the plan's "to" ("due to start"), is a verb's base
    form, not a noun of a cause ("due to strikes", "due to the weather"); True with none."""
    if act is None:
        return True
    verb = act.split()[0].lower()  # "be" of "due to be completed"
    return verb in lang.words(language, "clauses").lemmas(verb).get("VERB", ())
