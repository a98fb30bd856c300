"""Correction notes: a sentence telling what an earlier version of the article wrongly said.

"Correction: A previous version of this story said the pier reopened in 2009. It reopened in
2010." The first sentence's date was withdrawn by the paper itself; the happening it tells
is the wrong one, so it gives no event (the next sentence, the right one, does).
"""

from __future__ import annotations

import re
from functools import cache

from core import lang


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "reports").RETRACTED_REPORT, re.I)


def retracted(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence ``text[start:end]`` is a correction note telling what an earlier
    version of the article said ("An earlier edition of this report gave the ferry's launch
    year as 1998.")."""
    return _pattern(language).match(text[start:end].lstrip()) is not None
