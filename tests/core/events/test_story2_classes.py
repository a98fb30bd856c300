"""Classes of wrong dates an editor found on unseen English news (STORY2), in our own sentences.

Checks as in ``test_wd2_classes``: ("has", V) some dated event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) none such.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# 2025-03-12 is a Wednesday.
CASES = [
    # a year that opens a line of hard-wrapped wire copy runs on from the line before: it
    # frames no story, and a later yearless month is the news's
    ("wrapped-year-no-frame", "2025-03-20", "Vestland's steel output index (base\n2015) rose 0.4 pct in February, the\nministry said.\n    Output fell 0.2 pct in January.", [("title", "Output fell", "2025-01"), ("not", "2015-01")]),
    # ... a year heading its own line after a blank one still does
    ("heading-year-frames", "2025-03-20", "The long strike\n\n1984\n\nThe miners walked out in March.", [("title", "walked out", "1984-03")]),
    # what a saying reports in the past perfect happened before the saying, on a day the
    # saying's date does not give (the saying itself is that day's)
    ("said-day-had-done", "2025-03-12", "Norway said yesterday its coast guard had boarded a trawler.", [("title", "Norway said", "2025-03-11"), ("not-title", "Norway's coast guard had boarded a trawler")]),
    ("said-yesterday-had-been", "2025-03-12", "Chad said yesterday its customs officers had been dismissed.", [("title", "Chad said", "2025-03-11"), ("not-title", "Chad's customs officers had been dismissed")]),
    # ... the saying itself keeps its day, and so does a content clause with a date of its own
    ("saying-kept", "2025-03-12", "The union said on Friday that its leader had resigned.", [("title", "said", "2025-03-07")]),
    ("own-date-kept", "2025-03-12", "Officials said on Friday that the ferry had sailed on Thursday.", [("title", "ferry had sailed", "2025-03-06")]),
    ("content-date-kept", "2025-03-12", "The agency said inspections over the winter had found cracks in the dam.", [("title", "had found cracks", "2024-WI")]),
    ("saying-in-past-perfect", "2025-03-12", "The bureau had estimated on March 4 that exports rose 2 pct.", [("has", "2025-03-04")]),
    ("possessive-date-kept", "2025-03-12", "The minister said Tuesday's summit had cleared the way for a deal.", [("title", "summit had cleared", "2025-03-11")]),
    # ... "had" as a verb of its own is no past perfect
    ("had-possession", "2025-03-12", "Norbank said on Monday it had 300 branches.", [("has", "2025-03-10")]),
    # a clause in the present perfect tells a past linked to now, never at a year gone by that
    # another clause of its sentence names
    ("present-perfect-from-figure", "1987-03-12", "The number of ferry operators on the lake has risen to 12 from just three in 1979.", [("not", "1979")]),
    ("present-perfect-after-and", "2025-03-12", "Kelso, 71, took up painting after retiring in 2016 and says he has stopped counting the canvases.", [("title-not", "has stopped", "2016")]),
    # ... a span up to now, and the start of what has lasted since, stay
    ("present-perfect-past-year-kept", "1987-03-30", "The chain has grown quickly in the past year through three takeovers.", [("title", "has grown", "1986")]),
    ("present-perfect-since-kept", "1987-03-12", "Cheaper tickets have been sold by competing bus lines since regional services were opened up in 1984, she said.", [("has", "1984")]),
    ("present-perfect-span-kept", "2025-03-12", "Prices have risen 8 pct over the past two years.", [("title", "have risen", "2023")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_story2_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
