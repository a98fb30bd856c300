"""A saying's medium fronted with its own date ("In a statement issued on Friday, the ferry
company blamed …"): the clause after it is the happening on that day; no thin "A statement
was issued" tells it again. A participle object that is no medium keeps its event. In
invented sentences.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-03-08T10:00"  # a Friday
CASES = [
    (
        "statement-issued",
        "In a statement issued on Friday, the ferry company blamed the storms for the delays.",
        [
            ("title", "The ferry company blamed the storms for the delays", "2024-03-08"),
            ("not-title", "A statement was issued"),
        ],
    ),
    (
        "letter-sent",
        "In a letter sent on Monday, the allotment holders asked the council to mend the fence.",
        [
            ("title", "The allotment holders asked the council to mend the fence", "2024-03-04"),
            ("not-title", "A letter was sent"),
        ],
    ),
    (
        "decree-not-a-medium",
        "By a decree signed on Monday, the governor closed the border crossings.",
        [("title", "A decree was signed", "2024-03-04")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_fronted_medium_is_no_event_of_its_own(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(body, "en", PUBLISHED), checks)
