"""Sentences whose dates are none of the story's happenings: correction notes and yardsticks.

"Correction: A previous version of this story said the pier reopened in 2009. It reopened in
2010." The first sentence's date was withdrawn by the paper itself; the happening it tells
is the wrong one, so it gives no event (the next sentence, the right one, does). "For
comparison, the old pier took 40 boats in 1998." tells a yardstick, not news of the story.
"""

from __future__ import annotations

import re
from functools import cache

from core import lang


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    retracted = lang.words(language, "reports").RETRACTED_REPORT
    yardstick = lang.words(language, "anchors").COMPARISON_SENTENCE
    return re.compile(retracted, re.I), re.compile(yardstick, re.I)


def retracted(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence ``text[start:end]`` is a correction note telling what an earlier
    version of the article said ("An earlier edition of this report gave the ferry's launch
    year as 1998."), or opens by saying it gives only a yardstick ("By comparison, …")."""
    sentence = text[start:end].lstrip()
    return any(p.match(sentence) is not None for p in _patterns(language))
