"""A date written on a part of a total: "The fever has killed 312 people, 12 of them on
Sunday" tells a count until now and dates only the twelve; titled "The fever has killed 312
people" and dated Sunday it would put the whole count on one day. The happening of that date
is the part's: "The fever has killed 12 people", "Okafor scored a hat-trick against Leeds"
(from "scored 11 goals, including a hat-trick against Leeds on May 4"), "Floods forced speed
limits" (from "forced speed limits three times, most recently in May"); with no words for the
part ("shelled three villages, the latest on Tuesday") there is none.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When, lexical_verb, token_at
from core.events.states import is_figure
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import widen_drop

_ASIDE_REACH = 6  # words between the aside's comma and its date: ", including 80,000 in May"


def dates_a_part(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` stands in an aside after a comma, past the verb of ``clause``, that
    counts a part of the clause's total: ", 12 of them on Sunday", ", including 80,000 in
    May", ", the latest on Friday"; not ", including the leader, on Friday" (the date after
    the aside is the clause's) nor "twice, most recently in August, | when the gate
    jammed" (the date before the clause is the "when" clause's)."""
    return _aside(s, clause, when) is not None


def part_happening(
    s: Sentence, clause: Clause, when: When, subject: str, spans: list[tuple[int, int]],
    resolved: list[Mention],
) -> Happening | None:  # fmt: skip
    """The happening of the part an aside dates ("The fever has killed 12 people"), its
    entities those of the token ``spans`` and ``resolved``; None when the aside gives no
    words for the part."""
    title = part_title(s, clause, when, subject)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[lexical_verb(s, clause)].text, title)
    return Happening(title, kind, when, s.entities(spans, resolved))


def part_title(s: Sentence, clause: Clause, when: When, subject: str) -> str:
    """The title of the part an aside dates (see the module): the clause's subject and verb
    group with the aside's words; "" when they give no part."""
    found = _aside(s, clause, when)
    c = lang.words(s.language, "clauses")
    if found is None or clause.verb is None:
        return ""
    comma, kind, width = found
    lexical = _main_verb(s, clause.verb, comma, c)
    if lexical is None:
        return ""
    drop = widen_drop(s.tokens, s.drop, s.language)
    end = next((k for k in range(comma + 1, clause.end) if s.tokens[k].text in ",;"), clause.end)
    group = [s.tokens[k].text for k in range(clause.verb, lexical + 1) if k not in drop]
    thing = [s.tokens[k].text for k in range(lexical + 1, comma) if k not in drop]
    aside = [s.tokens[k].text for k in range(comma + 1, end) if k not in drop]
    if len(thing) == 2 and is_figure(thing[0].lower(), c) and thing[1].lower() in c.REPEAT_WORDS:
        thing = []  # "has flooded four times": a count of the verb's own happenings
    if kind == "counted":  # "312 people, 12 of them": the part's figure, the whole's noun
        head = _after_figure(thing, c)
        part = [aside[0], *head] if aside and is_figure(aside[0].lower(), c) and head else []
    elif kind == "including":  # "11 goals, including a hat-trick …": the part's own words
        if thing[:1] and thing[0].lower() in c.PREPOSITIONS:
            return ""  # "rose to 300 million, including 80 million in May": no object
        part = aside[width:]
        if all(is_figure(w.lower(), c) for w in part):
            return ""  # "…, including 80 million in May": a figure with no noun of its own
    elif aside[width:] and aside[width].lower() not in c.PREPOSITIONS:
        part = aside  # "about 1,400 prisoners, the last group [on 30 May]": "the last group"
    elif not thing:  # "Three times, doctors were killed, most recently [last October]"
        return headline(subject, " ".join(group + aside[width:]), language=s.language)
    else:  # "speed limits three times, most recently in May": the thing before its count
        head = _before_count(thing, c)
        part = [*head, *aside[width:]] if head else []
    if not part:
        return ""
    return headline(subject, " ".join(group + part), language=s.language)


def _aside(s: Sentence, clause: Clause, when: When) -> tuple[int, str, int] | None:
    """The comma that opens the part's aside, its kind ("counted", "including", "latest")
    and the number of its opening words."""
    c = lang.words(s.language, "clauses")
    if not c.PART_ASIDE_OPENS and not c.PART_ASIDE_WORDS:
        return None
    at = token_at(s.tokens, when.timex.start)
    comma = next(
        (k for k in range(at - 1, max(-1, at - _ASIDE_REACH - 2), -1) if s.tokens[k].text == ","),
        None,
    )
    if comma is None or clause.verb is None or not clause.verb < comma < at < clause.end:
        return None
    words = tuple(t.lower for t in s.tokens[comma + 1 : at])
    if any(w in c.AUX or c.is_past(w) for w in words):
        # ", the latest of which was seized on Friday", ", including 900 bought from May 2":
        # a clause or a participle of its own, which dates its own verb
        return None
    if any(words[k : k + len(p)] == p for p in c.PART_ASIDE_WORDS for k in range(len(words))):
        return comma, "counted", 0
    opener = next((p for p in c.PART_ASIDE_OPENS if words[: len(p)] == p), None)
    if opener is None:
        return None
    return comma, "including" if opener in c.PART_ASIDE_NOUNS else "latest", len(opener)


def _main_verb(s: Sentence, verb: int, comma: int, c: ModuleType) -> int | None:
    """The verb that takes the total as its object, from the clause's verb to the comma:
    "sold" in "has now sold", "received" in "had since received"."""
    return next(
        (
            k
            for k in range(verb, comma)
            if s.tokens[k].lower not in c.AUX and "VERB" in c.lemmas(s.tokens[k].lower)
        ),
        verb if s.tokens[verb].lower not in c.AUX else None,
    )


def _after_figure(words: list[str], c: ModuleType) -> list[str]:
    """The noun phrase after a figure, up to a preposition: "312 people" → "people", "3
    million copies" → "copies", "41 similar complaints" → "similar complaints"."""
    k = next((j for j, w in enumerate(words) if is_figure(w.lower(), c)), None)
    if k is None:
        return []
    rest = words[k + 1 :]
    while rest and is_figure(rest[0].lower(), c):
        rest = rest[1:]
    end = next((j for j, w in enumerate(rest) if w.lower() in c.PREPOSITIONS), len(rest))
    return rest[:end]


def _before_count(words: list[str], c: ModuleType) -> list[str]:
    """The words before a count or a preposition: "speed limits three times" → "speed
    limits", "agreements in 14 countries" → "agreements"; none before a figure ("three
    villages", "about 40 ships")."""
    k = next(
        (j for j, w in enumerate(words) if is_figure(w.lower(), c) or w.lower() in c.PREPOSITIONS),
        len(words),
    )
    return [] if all(w.lower() in c.PRICE_HEDGES for w in words[:k]) else words[:k]
