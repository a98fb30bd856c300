"""A sentence-opening "it" after "X said <a name> was …" may stand for the name reported on
as well as the speaker: "It formed near the Azores" is the storm's doing, not the weather
office's, so the title keeps "It" rather than pin the act on the speaker. A report with no
name of its own leaves the speaker sure."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("body", "expected", "unwanted"),
    [
        (
            "The coastguard agency said Typhoon Mirel was 300 km east of Okinawa at noon. "
            "It formed over open water on Tuesday.",
            "It formed over open water",
            "coastguard agency formed",
        ),
        (
            "Brakwater Shipping said Dunmore Yard was behind schedule. "
            "It cancelled two orders on Monday.",
            "It cancelled two orders",
            "Brakwater Shipping cancelled",
        ),
    ],
)
def test_it_stays_when_a_name_was_reported_on(body: str, expected: str, unwanted: str) -> None:
    titles = [t for _, t in starts_and_titles(body)]
    assert expected in titles
    assert not any(unwanted in t for t in titles)


def test_the_speaker_when_the_report_names_nothing_of_its_own() -> None:
    plain = starts_and_titles("Brakwater Shipping said profits rose. It will open a depot in May.")
    assert ("2022-05", "Brakwater Shipping will open a depot") in plain
