"""The date a plan once had, before it was changed, dates no happening: "Ursprünglich sollte
die Messe schon am 2. Mai öffnen", "Первоначально его планировали на 12 марта", "qui avait
prévu de rouvrir la piscine en juin 2022", "estaba prevista para el 12 de marzo, pero se
aplazó". The new date, or a plan kept, still does."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "de",
        "2023-05-10",
        "Ursprünglich sollte die Gartenschau schon am 3. Juni beginnen; nun öffnet sie erst im "
        "August.",
        [("not", "2023-06-03")],
    ),
    (
        "de",
        "2023-05-10",
        "Die Prüfungen, die ursprünglich am 12. März stattfinden sollten, wurden wegen des "
        "Wasserschadens verschoben.",
        [("not", "2023-03-12")],
    ),
    (
        "de",  # a plan the clause keeps: the opening is news of its day
        "2023-05-10",
        "Die Gartenschau öffnete am 3. Mai, wie geplant.",
        [("has", "2023-05-03")],
    ),
    (
        "ru",
        "2023-05-10",
        "Первоначально его планировали на 12 марта, но потом перенесли из-за ремонта.",
        [("not", "2023-03-12")],
    ),
    (
        "uk",
        "2023-05-10",
        "Спочатку його планували на 12 березня, але потім перенесли через ремонт.",
        [("not", "2023-03-12")],
    ),
    (
        "fr",
        "2023-05-10",
        "La mairie, qui avait prévu de rouvrir la piscine en juin 2022, a dû repousser les "
        "travaux.",
        [("not", "2022-06")],
    ),
    (
        "fr",
        "2023-05-10",
        "Le festival, initialement prévu le 3 mars, a été annulé faute de bénévoles.",
        [("not", "2023-03-03")],
    ),
    (
        "fr",  # an announcement told in the pluperfect is no plan
        "2023-05-10",
        "Le projet avait été annoncé par la préfète en janvier 2021.",
        [("has", "2021-01")],
    ),
    (
        "es",
        "2023-05-10",
        "Su inauguración estaba prevista para el 12 de marzo, pero se aplazó por la lluvia.",
        [("not", "2023-03-12")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_given_up_plan_dates_nothing(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
