"""Figures told as if they happened give no event: an age reached ("Karlsson turns 60 in
March"), a year's tally ("the harbour handled 3.2 million tonnes of grain last year"), in
Russian and Ukrainian an amount ("оборот фабрики составил 12 млрд рублей"), a workforce's
size, a capacity, a price told in the present. The same verbs with a happening keep it: a
match on a day that drew a crowd, sandbags carried on a Monday, a ship that turned about, a
draw in a match, a report drawn up, songs performed, a cost told in the past."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    ("en", "2023-05-10", "The festival's founder Karlsson turns 60 in March.", [("none",)]),
    ("en", "2023-05-10", "Her uncle turned 91 in May and still rows daily.", [("none",)]),
    (
        "en",
        "2023-05-10",
        "The grain harbour handled 3.2 million tonnes of wheat and barley last year.",
        [("none",)],
    ),
    (
        "en",
        "2023-05-10",
        "The lake steamers carried more than 640,000 day trippers in 2022.",
        [("none",)],
    ),
    ("en", "2023-05-10", "The aquarium attracted 85,000 guests in 2021.", [("none",)]),
    ("en", "2023-05-10", "The lifeboat crew answered 96 calls for help last year.", [("none",)]),
    (
        "en",
        "2023-05-10",
        "The cup match on Saturday drew 9,400 spectators.",
        [("title", "The cup match drew 9,400 spectators", "2023-05-06")],
    ),
    (
        "en",
        "2023-05-10",
        "Volunteers carried 40 sandbags to the church wall on Monday.",
        [("has", "2023-05-08")],
    ),
    ("en", "2023-05-10", "The tanker turned 180 degrees on Tuesday.", [("has", "2023-05-09")]),
    (
        "en",
        "2023-05-10",
        "In 1998 Norway drew 2-2 with Brazil in the group stage.",
        [("has", "1998")],
    ),
    (
        "ru",
        "2023-05-10",
        "Оборот мебельной фабрики в прошлом году составил 12 млрд рублей.",
        [("none",)],
    ),
    ("ru", "2023-05-10", "В марте художнице исполнилось 70 лет.", [("none",)]),
    ("ru", "2023-05-10", "Инспектор составил протокол 3 мая.", [("has", "2023-05-03")]),
    ("ru", "2023-05-10", "В 2021 году хор исполнил 3 песни на фестивале.", [("has", "2021")]),
    ("uk", "2023-05-10", "Торік обіг пекарні склав понад 9 мільйонів гривень.", [("none",)]),
    ("uk", "2023-05-10", "Комісія склала акт 3 травня.", [("has", "2023-05-03")]),
    ("es", "2023-05-10", "La pintora cumplió 80 años en marzo.", [("none",)]),
    # a workforce's size, a capacity: how many
    (
        "fr",
        "2023-05-10",
        "En 1975, la filature de Roubaix emploie près de 450 salariés.",
        [("none",)],
    ),
    (
        "fr",
        "2023-05-10",
        "Le 3 mai, la police a employé la force contre les manifestants.",
        [("has", "2023-05-03")],
    ),
    ("es", "2023-05-10", "En 2019 la fábrica empleaba a 300 personas.", [("none",)]),
    ("de", "2023-05-10", "Im Jahr 2019 beschäftigte das Werk rund 300 Menschen.", [("none",)]),
    ("ru", "2023-05-10", "Построенный в 1975 году стадион вмещает 8 тысяч зрителей.", [("none",)]),
    ("uk", "2023-05-10", "Відкритий у 1975 році зал вміщує 500 глядачів.", [("none",)]),
    # a price told in the present; a cost told in the past stays (as English "cost" does)
    (
        "uk",
        "2024-03-12",
        "Цього року зимова путівка до табору коштує 7 400 гривень.",
        [("none",)],
    ),
    ("uk", "2024-03-12", "Торік ремонт даху коштував 3 мільйони гривень.", [("has", "2023")]),
    ("es", "2023-05-10", "El equipo cumplió 3 partidos sin perder en 2021.", [("has", "2021")]),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_a_figure_told_as_if_it_happened_gives_no_event(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
