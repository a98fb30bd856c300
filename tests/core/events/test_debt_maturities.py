"""A debt's maturity told with "be due" ("a bank loan that is due in 2031", "the bonds are not
due to be repaid until 2040") is the debt's date: no event on it. What was done with the debt
keeps its own date; a report "due on Friday" stays a plan of that day. And a German trend
"seit den 1980er-Jahren" starts a running span, as "seit 1985" does: no event on the decade."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2024-03-10",
        "The cooperative also owes 8 million dollars on a bank loan that is due in 2031.",
        [("not", "2031")],
    ),
    (
        "en",
        "2024-03-10",
        "The bonds sold for the first stadium are not due to be repaid until 2040, so fans will "
        "keep paying.",
        [("not", "2040")],
    ),
    (
        "en",
        "2024-03-10",
        "Last week the club repaid early 20 million dollars of notes that were due in 2026.",
        [("has", "2024-W09"), ("not", "2026")],
    ),
    ("en", "2024-03-10", "The inspectors' report is due on Friday.", [("has", "2024-03-15")]),
    (
        "de",
        "2023-05-10",
        "Die Zahl der Störche in Brandenburg ist seit den 1980er-Jahren stark gestiegen.",
        [("not", "198")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_a_debts_maturity_dates_nothing(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
