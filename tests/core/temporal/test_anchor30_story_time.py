"""Story time in texts told in the past (session 30, "anchor"). Every sentence is our own.

- An anniversary piece goes back to its story after the news that recalls it: a yearless
  date told in the past that publication would put after publication is the story's.
  Elsewhere such a date stays publication's (a plan misread as past).
- Russian and Ukrainian: the present of saying or recalling ("напоминает", "пояснює") is not
  a plan's present; the date it introduces takes its own verbs.
- A quotation attributed in the present is an interview of now: its "this winter" is the
  writer's, and the story long past before it has ended.
- A bare season right after a year that frames it is that year's ("торік навесні").
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.events.articles import check_events, events_of


def values(text: str, lang: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published, lang)}


@pytest.mark.parametrize(
    ("lang", "published", "text", "phrase", "expected"),
    [
        (  # a fire fifty years on: the news, a witness, then the story again
            "en",
            date(2021, 3, 9),
            "On the night of March 2, 1971, fire broke out in the Holm Street cinema.\n\n"
            "Former staff met on Sunday outside the old building.\n\n"
            '"We carried the reels out in our arms," one usher said.\n\n'
            "The roof fell in on March 14, and the council closed the street for a month.",
            "March 14",
            "1971-03-14",
        ),
        (
            "ru",
            date(2020, 4, 10),
            "Весной 1980 года, 2 апреля, паром «Ладога» сел на мель у острова Коневец.\n\n"
            "В субботу на берегу прошла памятная церемония.\n\n"
            "Буксиры сняли паром с мели 15 апреля.",
            "15 апреля",
            "1980-04-15",
        ),
        (
            "fr",
            date(2022, 11, 8),
            "Le 3 novembre 1982, la digue du port de Kerlan a cédé sous la houle.\n\n"
            "Dimanche, une centaine d'habitants se sont réunis sur le quai.\n\n"
            "La marine a évacué les derniers bateaux le 20 novembre.",
            "le 20 novembre",
            "1982-11-20",
        ),
        (  # no anniversary: a meeting booked for a day just ahead stays this year's
            "fr",
            date(2022, 4, 5),
            "Le 5 septembre 2020, la coopérative a repris la laiterie de Brévannes.\n\n"
            "Lundi, le conseil a voté une hausse du prix du lait.\n\n"
            "Les éleveurs ont réservé la salle des fêtes pour le 19 avril.",
            "le 19 avril",
            "2022-04-19",
        ),
    ],
)
def test_anniversary_story_resumes(
    lang: str, published: date, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang, published)[phrase] == expected


def test_anniversary_story_goes_on_after_the_resumed_day() -> None:
    text = (
        "On the night of March 2, 1971, fire broke out in the Holm Street cinema.\n\n"
        "Former staff met on Sunday outside the old building.\n\n"
        "The roof fell in on March 14. The following month the owners sold the site."
    )
    assert values(text, "en", date(2021, 3, 9))["The following month"] == "1971-04"


def test_anniversary_event_takes_the_story_date() -> None:
    text = (
        "On the night of March 2, 1971, fire broke out in the Holm Street cinema.\n\n"
        "Former staff met on Sunday outside the old building.\n\n"
        "The roof of the cinema fell in on March 14."
    )
    events = events_of(text, "en", "2021-03-09")
    check_events(events, [("has", "1971-03-14"), ("not", "2021-03-14")])


@pytest.mark.parametrize(
    ("lang", "published", "text", "phrase", "expected"),
    [
        (  # a past told after a present "reminds"
            "ru",
            date(2023, 10, 20),
            "Главный инженер напоминает об аварии 3 июня, когда котельную отключили на сутки.",
            "3 июня",
            "2023-06-03",
        ),
        (
            "ru",
            date(2023, 10, 20),
            "Рыбаки до сих пор вспоминают шторм в июне, когда затонули две лодки.",
            "июне",
            "2023-06",
        ),
        (  # a present of explaining: the frosts of a January gone by
            "uk",
            date(2019, 8, 14),
            "Директорка театру пояснює скасування вистав сильними морозами в січні.",
            "січні",
            "2019-01",
        ),
        (  # a noun in "-ив" is no past verb: the future "покаже" governs next spring
            "uk",
            date(2019, 8, 14),
            "У липні 2018 року театр гастролював у Польщі. Колектив наступної весни покаже"
            " нову виставу.",
            "наступної весни",
            "2020-SP",
        ),
        (  # a present of a happening still reads ahead
            "ru",
            date(2023, 10, 20),
            "Министр напоминает, что в понедельник он посетит Тверь.",
            "понедельник",
            "2023-10-23",
        ),
    ],
)
def test_present_of_saying_is_no_plan(
    lang: str, published: date, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang, published)[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "fr",
            "La cantine ouvre en 1998 et la cuisine centrale en mai 2001.\n\n"
            "« Les repas devaient rester gratuits », explique une mère d'élève. « Le prix a "
            "encore grimpé ce printemps. »\n\n"
            "La commune a relevé le tarif des repas de 5 % le 2 avril.",
            "le 2 avril",
            "2023-04-02",
        ),
        (
            "en",
            "The canteen opened in 1998 and the central kitchen in May 2001.\n\n"
            '"Meals were meant to stay free," explains a parent. "The price went up again '
            'this spring."\n\n'
            "The town raised the charge for meals by 5 percent on April 2.",
            "April 2",
            "2023-04-02",
        ),
    ],
)
def test_quote_attributed_in_the_present_is_now(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang, date(2023, 6, 20))[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        ("uk", "Міст закрили торік навесні через повінь.", "навесні", "2023-SP"),
        ("ru", "В прошлом году весной котельная остановилась.", "весной", "2023-SP"),
        ("de", "Im vergangenen Jahr im Frühjahr schloss die Mühle.", "Frühjahr", "2023-SP"),
        ("es", "El año pasado en primavera cerró el molino.", "primavera", "2023-SP"),
        ("en", "Last year in the spring the mill closed.", "the spring", "2023-SP"),
    ],
)
def test_season_framed_by_a_year(lang: str, text: str, phrase: str, expected: str) -> None:
    assert values(text, lang, date(2024, 6, 10))[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "de",
            "Am Montag hat die Stadt den neuen Spielplatz eröffnet. „Im Herbst 2009 warf ein "
            "Sturm hier die alten Pappeln um“, erzählte eine Nachbarin. Der Bezirk hat einen "
            "Pflegevertrag geschlossen, der im Januar verlängert wurde.",
            "Januar",
            "2024-01",
        ),
        (
            "en",
            'The city opened the new playground on Monday. "In the autumn of 2009 a storm '
            'knocked down the old poplars here," a neighbour said. The district signed a '
            "maintenance contract, which was extended in January.",
            "January",
            "2024-01",
        ),
    ],
)
def test_witness_memory_quoted_in_news_tells_no_story(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang, date(2024, 5, 15))[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        (
            "ru",
            "Каток открыли в субботу.\n\nИстория катка\n1961 — первый сезон\n1994 — новая "
            "крыша\n\nГлава района сказал, что в следующем году у катка появится раздевалка.",
            "следующем году",
            "2025",
        ),
        (
            "en",
            "The museum reopened on Wednesday.\n\nKey dates\n1961 - fire in the building\n"
            "1994 - restoration\n\nIn October the trustees raised the money for a new hall.",
            "October",
            "2024-10",
        ),
    ],
)
def test_timeline_box_tells_no_story(lang: str, text: str, phrase: str, expected: str) -> None:
    assert values(text, lang, date(2024, 11, 20))[phrase] == expected


def test_a_dated_section_heading_sets_the_story_of_its_section() -> None:
    """A heading line alone between paragraphs is no timeline box: its year frames the
    section under it."""
    text = (
        "The valley stayed quiet through the long dry spell of the previous decade.\n\n"
        "1997: The great flood\n\n"
        "On March 12, the river broke its banks at three places. By April the water had "
        "reached the old mill."
    )
    found = values(text, "en", date(2015, 6, 1))
    assert found["March 12"] == "1997-03-12"
    assert found["April"] == "1997-04"
