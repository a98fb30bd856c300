"""Language data: one folder per language, holding the same modules with the same names.

``core/lang/<code>/`` is a language (``en`` for English). Each folder has the modules in
``MODULES``, and each module defines the same public (upper-case) names as English, the
reference language; ``tests/core/lang/test_languages.py`` checks it, the way dateparser
checks its locale files against one set of keys. A folder states only what its language reads:
a name it leaves out takes its neutral value (an empty set, a pattern that never matches) from
``core/lang/_neutral/``. The engine asks for words by language code:

>>> words("en", "calendar").MONTHS["february"]
2

dateparser, which reads the absolute dates of 200 locales, is configured once, in
``core.lang.dateparser``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path
from types import ModuleType

REFERENCE = "en"
# What each language folder holds:
#   calendar  months, weekdays, seasons, parts of the day, holidays, numbers and time units
#   tense     tense, aspect and direction cues: is an underspecified date ahead or behind?
#   timex     the patterns of time expressions (the grammar's rules and their trigger words)
#   cues      what the words around a time expression say about it, and the captured words' values
#   clauses   sentence and clause structure: abbreviations, openers, function words
#   events    what happenings are called: trigger words by kind, roles, event nouns
#   anchors   what a date in a sentence dates: the happening, or only a thing it names
#   reports   reported speech: a quote and who said it when ("…,” he said on Friday)
MODULES = ("calendar", "tense", "timex", "cues", "clauses", "events", "anchors", "reports")


class UnknownLanguage(LookupError):
    """A language code with no folder under ``core/lang``."""


@cache
def languages() -> tuple[str, ...]:
    """The codes of every language with a folder here, English first."""
    found = [
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.ispkg and not m.name.startswith("_")
    ]
    return tuple(sorted(found, key=lambda code: (code != REFERENCE, code)))


@cache
def words(code: str, module: str) -> ModuleType:
    """The module ``module`` of language ``code``'s data (cached: imported once).

    Every name English defines is there: the ones the folder leaves out hold their neutral
    value.

    >>> words("ru", "clauses").TABLE_SUBJECTS
    frozenset()
    """
    if module not in MODULES:
        raise ValueError(f"no language module {module!r}; there are {', '.join(MODULES)}")
    if code not in languages():
        raise UnknownLanguage(
            f"no language data for {code!r}; Datelines reads {', '.join(languages())}"
        )
    data = importlib.import_module(f"core.lang.{code}.{module}")
    neutral = importlib.import_module(f"core.lang._neutral.{module}")
    for name, value in vars(neutral).items():
        if name.isupper() and not hasattr(data, name):
            setattr(data, name, value)
    return data


@cache
def union(module: ModuleType, *names: str) -> frozenset[str]:
    """The words of a language module's lists ``names`` together, joined once: "an article or
    a preposition" (``union(c, "ARTICLES", "PREPOSITIONS")``) is asked at every word a title
    or clause test reads, and ``c.ARTICLES | c.PREPOSITIONS`` made a new set each time."""
    return frozenset().union(*(getattr(module, name) for name in names))


def char_class(module: ModuleType, *names: str) -> str:
    """The characters of a language module's lists ``names`` as a regex character class, in
    one order each time: ``char_class(c, "ENTRY_DATE_END", "ENTRY_DASHES")`` → "[\\-:–—]"."""
    return "[" + re.escape("".join(sorted(union(module, *names)))) + "]"
