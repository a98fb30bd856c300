"""Dates inside a relative clause that must not date the clause it hangs on.

"The import would be financed by the bank which signed a deal earlier this week": the signing
is gone by, the financing still to come, so the week is not the financing's. "Brazil froze
the credit lines last month" inside "a row is looming over lines which Brazil froze last
month": an object relative gives no event of its own, and its date is not the row's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from core import lang
from core.events.quick_patterns import compile_quick
from core.temporal.tense import FUTURE, direction, sentence_bounds


def in_relative_clause(
    text: str, offset: int, before: str, is_past: Callable[[str], bool], language: str
) -> bool:
    """Whether the date after ``before`` (which starts at ``text[offset]``) stands in a
    relative clause told in the past that must not date its main clause: an object relative
    ("lines which Brazil froze last month"), or one straight after a main clause that looks
    ahead ("would be financed by the bank which signed a deal this week")."""
    a = lang.words(language, "anchors")
    found = _pattern(language, "OBJECT_RELATIVE_BEFORE").search(before)
    if found is not None and _past_object_relative(found, is_past, language):
        return True
    found = _pattern(language, "RELATIVE_CLAUSE_BEFORE").search(before)
    if found is None:
        return False
    pronoun = offset + found.start()
    main = text[sentence_bounds(text, pronoun, pronoun + 1)[0] : pronoun]
    if re.search(a.MAIN_CLAUSE_BREAK, main):
        return False  # the main clause alone, straight before it
    bare = found.group().split()[0].lower() in a.BARE_RELATIVES_AFTER_VERB
    if bare and _after_main_verb(main, found.group("verb"), is_past, language):
        return True  # "inspected the bridge which collapsed in May": the collapse's date
    if not is_past(found.group("verb")):
        return False
    return direction(text, pronoun, pronoun + 1, language) == FUTURE


def _past_object_relative(
    found: re.Match[str], is_past: Callable[[str], bool], language: str
) -> bool:
    """Whether the object relative ``found`` is told in the past: its verb, or one of the two
    words after the word it took for its verb when the subject's noun has words before it
    ("which the county planning | board approved": "planning" is no verb)."""
    # (a figure's clause without "which" names its verb "verb2": a group name is once a pattern)
    verb = found.group("verb") or found.groupdict().get("verb2")
    if is_past(verb):
        return True
    if found.group("verb") is None or verb in lang.words(language, "clauses").AUX:
        return False
    after = found.string[found.end("verb") : found.end()].split()[:2]
    return any(w.islower() and w.isalpha() and is_past(w) for w in after)


def _after_main_verb(main: str, verb: str, is_past: Callable[[str], bool], language: str) -> bool:
    """Whether a relative whose own verb is ``verb`` hangs on a noun after its main clause's
    verb, in ``main`` (the sentence up to the pronoun): "Officials inspected the bridge which
    collapsed in May", "predicted the fall would help cut a deficit which totaled 170 billion
    dlrs in 1986" — the relative's date, not the main clause's. Not a subject's relative ("The
    bridge which collapsed in May was …"), nor one after a preposition ("the rate at which")."""
    c = lang.words(language, "clauses")
    words = main.split()
    if len(words) < 3:
        return False
    head = words[-1]
    if not head.isalpha() or head.lower() in c.PREPOSITIONS or head.lower() in c.FUNCTION_WORDS:
        return False
    if not (is_past(verb) or verb in c.AUX or "VERB" in c.lemmas(verb)):
        return False
    # the verb of the clause the noun belongs to: after its last opener ("redeemed its debt
    # after undergoing a buyout which closed in January" has none), the first word aside
    opens = c.SUBORDINATORS | c.COORDINATORS
    last = max((k for k, w in enumerate(words) if w.lower() in opens), default=0)
    # (a past form after an article or a preposition qualifies a noun: "a leveraged buyout")
    qualifying = c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.PREPOSITIONS
    return any(
        w in c.AUX or (is_past(w) and words[k - 1].lower() not in qualifying)
        for k, w in enumerate(words[:-1])
        if k > last and w.islower()
    )


@cache
def _pattern(language: str, name: str) -> re.Pattern[str]:
    """The language's ``anchors`` pattern ``name`` compiled once, with its words' pretest
    (``core.events.quick_patterns``): it is asked of the text before every date."""
    return compile_quick(getattr(lang.words(language, "anchors"), name))
