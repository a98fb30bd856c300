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
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_story2_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
