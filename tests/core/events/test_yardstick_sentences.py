"""A sentence that opens by saying it only gives a yardstick ("For comparison, …", "Для
порівняння: …") dates no happening of the story; and a baseline after "contre" keeps its
decimal comma ("contre 7,40 euros en 2015" is the yardstick's year, not the clause's), while a
change "by" an amount still dates its clause ("ont progressé de 2,5 % en mars")."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2023-05-10",
        "The new ferry carried 212 cars on its first crossing on Monday. For comparison, the old "
        "ferry carried 90 cars in 2004.",
        [("has", "2023-05-08"), ("not", "2004")],
    ),
    (
        "en",  # a comparison inside a clause of news leaves the news its date
        "2023-05-10",
        "The council approved the budget in March, a rise in comparison with last year.",
        [("has", "2023-03")],
    ),
    (
        "de",
        "2023-05-10",
        "Zum Vergleich: 2004 fuhren nur 90 Autos mit der alten Fähre.",
        [("not", "2004")],
    ),
    (
        "fr",
        "2023-05-10",
        "À titre de comparaison, l'ancien bac transportait 90 voitures en 2004.",
        [("not", "2004")],
    ),
    (
        "es",
        "2023-05-10",
        "A modo de comparación, el viejo ferri llevaba 90 coches en 2004.",
        [("not", "2004")],
    ),
    ("ru", "2023-05-10", "Для сравнения: в 2004 году паром перевозил 90 машин.", [("not", "2004")]),
    (
        "uk",
        "2023-05-10",
        "Для порівняння: у 2004 році пором перевозив 90 машин.",
        [("not", "2004")],
    ),
    (
        "fr",
        "2023-05-10",
        "Pour un abonnement mensuel, un usager paie désormais 48,50 euros, contre 31,20 euros en "
        "2016.",
        [("not", "2016")],
    ),
    (
        "fr",
        "2023-05-10",
        "Le loyer des ateliers a augmenté de 2,5 % en mars.",
        [("has", "2023-03")],
    ),
    (
        "ru",
        "2023-05-10",
        "Билет на паром теперь стоит 48,5 рубля против 31,2 рубля в 2016 году.",
        [("not", "2016")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_yardsticks_date_nothing(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)


def test_in_comparison_keeps_the_news_beside_the_news() -> None:
    """ "In comparison, …" sets one piece of the story's news beside another, in the same days:
    it keeps its date."""
    text = "In comparison, the lira fell about four percent during the same week, she added."
    events = events_of("Trade slowed in the first week of May. " + text, "en", "2023-05-10")
    assert [e for e in events if "lira" in e.title and not e.undated], events
