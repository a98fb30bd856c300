"""A date set before a clause that tells a state also dates the happening joined to it by
"and": "In 1990 the mill employed 800 people, and the owners opened a second hall" is an
opening in 1990. A second clause told at another time ("has since halved", "later") or with
a date of its own keeps what it had, and a state with its date after the verb passes nothing
on."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2024-03-12",
        "In 1990 the mill employed 800 people, and the owners opened a second hall.",
        [("title", "The owners opened a second hall", "1990")],
    ),
    (
        "en",
        "2024-03-12",
        "In 1987 the dairy cooperative was still small, and its members built a cheese cellar.",
        [("title", "built a cheese cellar", "1987")],
    ),
    (
        "en",
        "2024-03-12",
        "Tomas Berg studied forestry in Umea. In the winter of 2004 he had just turned 31, and "
        "he bought a sawmill near Tromso.",
        [("title", "bought a sawmill", "2004-WI"), ("no-title", "turned")],
    ),
    (
        "en",
        "2024-03-12",
        "In 2016 the hamlet had 3,000 residents, and it has since shrunk by half.",
        [("none",)],
    ),
    (
        "en",
        "2024-03-12",
        "In 1990 the mill employed 800 people, and later the owners sold it.",
        [("none",)],
    ),
    (
        "en",
        "2024-03-12",
        "In 2023 the agency's profit was 2 million euros, and its director says bookings are "
        "climbing.",
        [("none",)],
    ),
    (
        "en",
        "2024-03-12",
        "The mill employed 800 people in 1990, and the owners opened a second hall.",
        [("none",)],
    ),
    (
        "en",
        "2024-03-12",
        "In 1990 the mill employed 800 people, and the owners opened a second hall in 1994.",
        [("not", "1990"), ("has", "1994")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_a_date_before_a_state_dates_the_happening_joined_to_it(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
