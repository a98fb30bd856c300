"""A year that only says who a person is — a title won years ago ("a 2014 Asian Games bronze
medallist"), a running span since a possessive's noun ("since her 2009 doctorate") — dates
none of the person's happenings: the clause keeps its own date, or has none."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2019-09-10",
        "The jumper, a 2014 Asian Games bronze medallist, cleared 2.31 metres in Doha in March "
        "2019.",
        [("has", "2019-03"), ("not", "2014")],
    ),
    (
        "en",
        "2019-09-10",
        "The cyclist, a 2012 Olympic team silver medallist, crashed in Girona last week.",
        [("not", "2012")],
    ),
    (
        "en",
        "2021-09-10",
        "Dr. Lena Ostrova, a marine biologist who has tracked the seals since her 2009 doctorate, "
        "said the colony had shrunk.",
        [("not", "2009")],
    ),
    ("en", "2021-09-10", "The brewer has grown tenfold since its 2015 listing.", [("not", "2015")]),
    # a year of the clause itself still dates it
    (
        "en",
        "2019-09-10",
        "In 2014 the relay team won bronze at the Asian Games.",
        [("has", "2014")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_a_persons_description_dates_nothing(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
