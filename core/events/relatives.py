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
    # (a figure's clause without "which" names its verb "verb2": a group name is once a pattern)
    if found is not None and is_past(found.group("verb") or found.groupdict().get("verb2")):
        return True
    found = _pattern(language, "RELATIVE_CLAUSE_BEFORE").search(before)
    if found is None or not is_past(found.group("verb")):
        return False
    pronoun = offset + found.start()
    main = text[sentence_bounds(text, pronoun, pronoun + 1)[0] : pronoun]
    if re.search(a.MAIN_CLAUSE_BREAK, main):
        return False  # the main clause alone, straight before it
    return direction(text, pronoun, pronoun + 1, language) == FUTURE


@cache
def _pattern(language: str, name: str) -> re.Pattern[str]:
    """The language's ``anchors`` pattern ``name`` compiled once, with its words' pretest
    (``core.events.quick_patterns``): it is asked of the text before every date."""
    return compile_quick(getattr(lang.words(language, "anchors"), name))
