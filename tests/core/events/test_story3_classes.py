"""Classes of wrong dates an editor found on unseen English news (STORY3), in our own sentences.

Checks as in ``test_wd2_classes``: ("has", V) some dated event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) none such.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# 2025-03-12 is a Wednesday.
CASES = [
    # a year the text names with a quarter, or with the quarter's last day, is the quarter's
    # (not the publication's): results compared with a year gone by, a plan years ahead
    ("quarter-then-year", "2025-04-08", "Halden reported a profit of 4 mln crowns for the first quarter 2023.", [("title", "reported a profit", "2023-Q1"), ("not", "2025-Q1")]),
    ("hyphen-quarter-then-year", "2025-04-08", "The mill earned 9 mln dlrs in first-quarter 2024.", [("title", "earned", "2024-Q1")]),
    ("quarter-years-ahead", "2025-04-08", "Production at the mine is set to begin in third quarter 2027.", [("has", "2027-Q3"), ("not", "2025-Q3")]),
    ("quarter-ended-day-and-year", "2025-04-08", "Lindqvist posted a loss of 2 mln dlrs for the second quarter ended March 30, 2024.", [("title", "posted a loss", "2024-Q1"), ("not", "2025-Q1")]),
    # ... and a quarter with no year named keeps the report's
    ("quarter-ended-no-year", "2025-04-08", "Lindqvist posted a loss of 2 mln dlrs for the quarter ended March 31.", [("title", "posted a loss", "2025-Q1")]),
    # a yearless day just after publication is last year's only where a past verb governs it
    # ("The strike began on March 1"); a thing's day ahead of a past sentence stays ahead
    ("holiday-on", "2025-04-08", "Workers had been offered a paid holiday on May 1.", [("not", "2024-05-01")]),
    ("would-expire-on", "2025-03-26", "The agency quoted a spokesman saying the price freeze would expire on April 1.", [("not", "2024-04-01")]),
    ("sought-on", "2025-04-06", "Creditor consent is sought on April 29.", [("title", "is sought", "2025-04-29"), ("not", "2024-04-29")]),
    ("past-verb-day-kept", "2025-03-26", "The ferry strike ended on April 2.", [("has", "2024-04-02")]),
    # ... and so is the quarter's last day when hard-wrapped copy breaks the line before it
    ("quarter-ended-wrapped", "2025-10-21", "Norvik Ltd said members backed a share split.\n    Norvik has 3.1 mln shares in issue. It made a profit for the first quarter\nended Sept 30 of 14 cts a share on revenue of 7 mln dlrs.", [("title", "made a profit", "2025-Q3"), ("not", "2025-Q1")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_story3_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
