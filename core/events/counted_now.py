"""A span counted back from the news itself: "The walkout comes a fortnight after the county council
raised rates" — the news is now, so the clause after the span took place that span before
publication, in the span's precision (``core.events.when_spans._counted_from`` counts from a
date the sentence gives instead: "in May, a week after …").
"""

from __future__ import annotations

from datetime import datetime

from core import lang
from core.events.parse import When
from core.events.when_spans import _BACK_DURATION, _coarse_shift, anchor_pattern
from core.temporal.tagger import Timex


def counted_from_now(
    text: str, timexes: list[Timex], published: datetime | None, language: str
) -> list[When]:
    """The happenings a span after the news's own present verb counts back from publication
    ("The recall comes a year after a wheel failed on the test track": a year before); none when a
    date comes before the span ("In May the sale comes …": that date's), or the verb is past
    ("came a week after": the news's own day is not told)."""
    if published is None:
        return []
    now = anchor_pattern(language, "COUNT_FROM_NOW_BEFORE")
    way = anchor_pattern(language, "COUNT_AFTER")
    back = lang.words(language, "anchors").COUNT_BACK
    day = published.date().isoformat()
    found: list[When] = []
    for n, span in enumerate(timexes):
        count = _BACK_DURATION.match(span.value)
        after = way.match(text[span.end : span.end + 12])
        if not count or not after or after.group("way").lower() not in back:
            continue
        if any(t.type == "DATE" for t in timexes[:n]):
            continue
        if not now.search(text[max(0, span.start - 40) : span.start]):
            continue
        value = _coarse_shift(day, -int(count[1]), count[2])
        if value:
            counted = Timex(span.start, span.end, span.text, "DATE", value)
            found.append(When(counted, of_when_clause=True))
    return found
