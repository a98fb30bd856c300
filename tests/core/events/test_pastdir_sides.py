"""A yearless date falls on the side its clause's tense says: a participle sharing a modal
passive looks ahead ("would be cleaned … and repainted in March"); a past perfect of arranging
takes no day after publication ("had invited bids up to May 7"); a Russian or Ukrainian past
naming the next month is last year's; the time a thing is moved into, or someone has until,
lies ahead ("verlegte das Fest in den Herbst", "have until October 14 to")."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2024-10-15",
        "The gallery said the mural would be cleaned during the summer and repainted in March.",
        [("has", "2025-03"), ("not", "2024-03")],
    ),
    (
        "en",
        "2024-10-15",
        "The gallery said the mural would be cleaned during the summer and put back on show in "
        "March.",
        [("title", "The mural would be put back on show", "2025-03"), ("not", "2024-03")],
    ),
    (
        "en",  # a past after "and" that no modal passive governs stays past
        "2024-10-15",
        "The firm said it would close the old plant and opened a new one in March.",
        [("has", "2024-03"), ("not", "2025-03")],
    ),
    (
        "en",
        "2022-02-10",
        "The ministry had invited bids up to May 7.",
        [("not", "2022-05-07")],
    ),
    (
        "en",  # a plan told in the past perfect keeps the planned day
        "2022-02-10",
        "The club had planned to meet on March 12.",
        [("has", "2022-03-12")],
    ),
    (
        "ru",
        "2022-02-10",
        "Фабрика закрыла цех в марте, а в мае открыла новый склад.",
        [("has", "2021-03"), ("not", "2022-03"), ("has", "2021-05")],
    ),
    (
        "ru",
        "2022-02-10",
        "Фабрика закроет цех в марте.",
        [("has", "2022-03")],
    ),
    (
        "uk",
        "2022-02-10",
        "Фабрика закрила цех у березні, а в травні відкрила новий склад.",
        [("has", "2021-03"), ("not", "2022-03")],
    ),
    (
        "de",
        "2022-02-10",
        "Die Stadt verlegte das Fest in den Herbst.",
        [("has", "2022-FA"), ("not", "2021-FA")],
    ),
    (
        "de",
        "2022-02-10",
        "Die Stadt hat das Fest in den Sommer verlegt.",
        [("has", "2022-SU")],
    ),
    (
        "de",  # a span reaching into a season gone by
        "2022-02-10",
        "Der Streik dauerte bis in den Herbst.",
        [("has", "2021-FA")],
    ),
    (
        "es",
        "2022-02-10",
        "El ayuntamiento trasladó el festival a septiembre.",
        [("has", "2022-09"), ("not", "2021-09")],
    ),
    (
        "en",
        "2022-02-10",
        "The council pushed the fair back to September.",
        [("not", "2021-09")],
    ),
    (
        "en",
        "2022-02-10",
        "Trawler crews have until October 14 to land their catch.",
        [("has", "2022-10-14"), ("not", "2021-10-14")],
    ),
    (
        "en",
        "2022-11-20",
        "Fishing crews have until June 30 to land their catch.",
        [("has", "2023-06-30"), ("not", "2022-06-30")],
    ),
    (
        "en",  # a time given in the past
        "2022-02-10",
        "The crews had until October 14 to land their catch.",
        [("has", "2021-10-14")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_side_of_the_tense(language: str, published: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, published), checks)
