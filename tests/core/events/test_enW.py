"""Dates the role code had refused a happening (branch enW): invented sentences, one class each."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a date opening its sentence is no baseline of the sentence before's "up from"
    (
        "Harlow Mills earned $4 million in the third quarter, up from $3 million. "
        "This year's sales rose 5% to $40 million.",
        [("title", "This year's sales rose", "2025")],
    ),
    (
        "Pell Inc. earned $4 million in the third quarter, up from $3 million. "
        "Last year Pell cut 200 jobs.",
        [("title", "Pell cut 200 jobs", "2024")],
    ),
    # ... but the full stop of an abbreviation ends no sentence: still a comparison
    (
        "Dorn Corp. earned $4 million, compared with $3 million at Voss Inc. a year earlier.",
        [("not", "2024")],
    ),
    # "from" inside the subject, before the verb of change, is no baseline's "from"
    (
        "Revenue from the company's shipping lines fell 12% in the third quarter.",
        [("has", "2025-Q3")],
    ),
    # the baseline's own "from", after the change, still is
    (
        "Revenue fell 12% to $30 million from $34 million a year earlier.",
        [("not", "2024")],
    ),
    # "provided" is a condition's word only after a comma or before "that"; else the verb
    (
        "The state fund provided emergency loans to 40 farms in March.",
        [("title", "The state fund provided emergency loans", "2025-03")],
    ),
    (
        "The state fund will lend to 40 farms, provided that they repay the loans by 2027.",
        [("not", "2027")],
    ),
    # "first" after a determiner is the adjective, not a plan's "first scheduled for"
    (
        "The leased jet made its first scheduled flight to Oslo earlier this month.",
        [("title", "made its first scheduled flight", "2025-10")],
    ),
    ("The launch was first scheduled for May but slipped to July.", [("not", "2025-05")]),
    # a happening's noun after "under", "for", "of" … is another happening than the clause's
    (
        "Brelland signed its debt deal under the March 4 accord.",
        [("title-not", "Brelland signed", "2025-03-04")],
    ),
    (
        "The mayor referred to the June 2 agreement with the unions.",
        [("title-not", "The mayor referred", "2025-06-02")],
    ),
    # ... after "at" the clause happens at it; a subject's date stays the clause's
    (
        "Shareholders approved the merger at the April 28 annual meeting.",
        [("has", "2025-04-28")],
    ),
    ("The Aug. 7 blasts killed 25 people.", [("has", "2025-08-07")]),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_dates_given_back_their_role(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, "2025-10-20T09:00")), checks)
