"""Ukrainian articles of our own, read as a user drops them: detected as Ukrainian, their
events dated and titled in the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.reading.readers import read_article

FIXTURES = Path(__file__).parents[3] / "fixtures" / "languages"


def _events(name: str) -> list[tuple[str, str]]:
    document = read_article(FIXTURES / name)
    assert document.language == "uk"
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "vizyt-uk.txt",
            [
                ("2022-02-14", "Шольц відвідає Київ"),
                ("2022-02-15", "Шольц вирушить до Москви"),
                ("2022-02-07", "Макрон прилетить до Москви"),
                ("2022-02-02", "Міністри закордонних справ зустрілися в Парижі"),
                ("2014-03", "Росія анексувала Крим"),
                ("2022-02-10", "Наступний раунд переговорів відбудеться в Берліні"),
            ],
        ),
        (
            "zustrich-uk.txt",
            [
                ("2022-05-24", "Зеленський вирушить до США"),
                (
                    "2022-05-16",
                    "Кулеба зустрівся з генеральним секретарем НАТО Єнсом Столтенбергом",
                ),
                ("2022-04", "Сенат США схвалив пакет допомоги на 40 мільярдів доларів"),
                ("2022-06", "В Мадриді відбудеться саміт Альянсу"),
                ("2022-02-24", "Росія розпочала повномасштабне вторгнення"),
            ],
        ),
        (
            "navchannya-uk.txt",
            [
                ("2022-02-08", "Макрон провів у Кремлі переговори з Володимиром Путіним"),
                ("2022-02-09", "Французький президент зустрівся в Києві з Володимиром Зеленським"),
                ("2022-02-14", "Шольц прилетить до Києва"),
                ("2022-02-15", "Шольц зустрінеться з Путіним у Москві"),
                ("2022-01-10", "Американські та російські дипломати провели переговори в Женеві"),
            ],
        ),
    ],
)
def test_events_of_our_articles(name: str, expected: list[tuple[str, str]]) -> None:
    found = _events(name)
    for event in expected:
        assert event in found


def _body_events(body: str) -> list[tuple[str, str]]:
    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, "2022-02-04T10:00", "header", "h",
                   body_start=text.index(body), language="uk")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(doc)]


def test_a_pronoun_takes_the_person_named_before() -> None:
    body = "Міністр Дмитро Кулеба прибув до Брюсселя. У понеділок він зустрівся з колегами."
    assert ("2022-01-31", "Кулеба зустрівся з колегами") in _body_events(body)


def test_last_year_in_one_word() -> None:
    """ "торік": last year, a word of its own."""
    assert _body_events("Торік Україна підписала угоду з Польщею.") == [
        ("2021", "Україна підписала угоду з Польщею")
    ]


def test_a_range_of_days_dates_one_event_from_its_first_to_its_last() -> None:
    document = read_article(FIXTURES / "navchannya-uk.txt")
    spans = [(e.start, e.end, e.title) for e in extract_events(document) if e.end]
    assert spans == [
        (
            "2022-02-10",
            "2022-02-20",
            "Спільні навчання Росії та Білорусі триватимуть на території Білорусі",
        )
    ]


def test_what_was_said_is_titled_with_its_that() -> None:
    body = "Байден заявив у четвер, що громадяни США мають залишити Україну."
    assert _body_events(body) == [
        ("2022-02-03", "Байден заявив, що громадяни США мають залишити Україну")
    ]


def test_a_neuter_long_participle_sets_a_date_ahead() -> None:
    """ "заплановане на …": the neuter's long form, as "запланована" already reads."""
    assert _body_events("Відкриття нового мосту заплановане на 15 березня.") == [
        ("2022-03-15", "Відкриття нового мосту заплановане")
    ]


def test_a_date_in_what_was_said_reads_its_own_clause_s_verb() -> None:
    """After "що", a date before the told clause's verb takes that verb's tense."""
    body = "Міністр заявив, що у квітні в області відкриють нову лікарню."
    assert ("2022-04", "В області відкриють нову лікарню") in _body_events(body)


def test_a_telling_verb_s_that_has_one_comma() -> None:
    assert _body_events("Директор розповів у вівторок, що завод відновив роботу.") == [
        ("2022-02-01", "Директор розповів, що завод відновив роботу")
    ]
