"""Russian articles of our own, read as a user drops them: detected as Russian, their events
dated and titled in the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article

FIXTURES = Path(__file__).parents[3] / "fixtures" / "languages"


def _events(name: str) -> list[tuple[str, str]]:
    document = read_article(FIXTURES / name)
    assert document.language == "ru"
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "vizit-ru.txt",
            [
                ("2022-02-14", "Шольц посетит Киев"),
                ("2022-02-15", "Шольц отправится в Москву"),
                ("2022-02-07", "Макрон прилетит в Москву"),
                ("2022-02-02", "Министры иностранных дел встретились в Париже"),
                ("2014-03", "Россия аннексировала Крым"),
                ("2022-02-10", "Следующий раунд переговоров пройдёт в Берлине"),
            ],
        ),
        (
            "peregovory-ru.txt",
            [
                ("2022-03-10", "Делегации России и США провели восьмичасовые переговоры"),
                ("2022-03-11", "Рябков: «Мы изложили нашу позицию предельно ясно»"),
                ("2022-03-21", "Следующий раунд консультаций состоится в Вене"),
                ("2022-04", "Министры обороны стран НАТО соберутся в Брюсселе"),
                ("2022-W07", "Москва направила Вашингтону письменные предложения"),
            ],
        ),
        (
            "ucheniya-ru.txt",
            [
                ("2022-02-08", "Макрон провёл в Кремле переговоры с Владимиром Путиным"),
                ("2022-02-09", "Французский президент встретился в Киеве с Владимиром Зеленским"),
                ("2022-02-14", "Шольц прилетит в Киев"),
                ("2022-02-15", "Шольц встретится с Путиным в Москве"),
                ("2022-01-10", "Американские и российские дипломаты провели переговоры в Женеве"),
            ],
        ),
    ],
)
def test_events_of_our_articles(name: str, expected: list[tuple[str, str]]) -> None:
    found = _events(name)
    for event in expected:
        assert event in found


def test_a_length_is_no_span_back_to_publication() -> None:
    """ "продолжается почти восемь лет" says how long, not since when: no event counted back
    eight years from publication (only "за последние восемь лет" reaches back to now)."""
    document = read_article(FIXTURES / "vizit-ru.txt")
    assert [e.title for e in extract_events(document) if e.end] == []


def test_the_eve_of_a_happening_is_no_date() -> None:
    """ "накануне визита" names no day: the sentence gives no dated event."""
    from core.model import Document

    body = "Накануне визита министр Лавров посетил Минск. В понедельник Лавров вернулся в Москву."
    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, "2022-02-04T10:00", "header", "h",
                   body_start=text.index(body), language="ru")  # fmt: skip
    assert [(e.start, e.title) for e in extract_events(doc)] == [
        ("2022-01-31", "Лавров вернулся в Москву")
    ]


def test_a_range_of_days_dates_one_event_from_its_first_to_its_last() -> None:
    """ "с 10 по 20 февраля": "с" is "from" here, not "since"."""
    document = read_article(FIXTURES / "ucheniya-ru.txt")
    spans = [(e.start, e.end, e.title) for e in extract_events(document) if e.end]
    assert spans == [
        (
            "2022-02-10",
            "2022-02-20",
            "Совместные учения России и Белоруссии пройдут на территории Белоруссии",
        )
    ]


def test_what_was_said_is_titled_with_its_that() -> None:
    from core.model import Document

    body = "Байден заявил в четверг, что граждане США должны покинуть Украину."
    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, "2022-02-09T10:00", "header", "h",
                   body_start=text.index(body), language="ru")  # fmt: skip
    assert [(e.start, e.title) for e in extract_events(doc)] == [
        ("2022-02-03", "Байден заявил, что граждане США должны покинуть Украину")
    ]


def test_a_wire_dateline_dates_the_story_not_a_happening() -> None:
    """ "МОСКВА, 14 февраля. /ТАСС/.": the lead's happening takes the publication day."""
    from core.events.sentences import split_sentences

    text = "МОСКВА, 8 февраля. /ТАСС/. Путин и Макрон провели переговоры в Кремле."
    assert [text[a:b] for a, b in split_sentences(text, "ru")] == [
        "Путин и Макрон провели переговоры в Кремле."
    ]


def _said(body: str) -> list[tuple[str, str]]:
    from core.model import Document

    text = f"Заголовок\n\n{body}"
    doc = Document("/t.txt", "Заголовок", text, "2022-02-04T10:00", "header", "h",
                   body_start=text.index(body), language="ru")  # fmt: skip
    return [(e.start, e.title) for e in extract_events(doc)]


def test_a_date_in_what_was_said_reads_its_own_clause_s_verb() -> None:
    """After "что", a date before the told clause's verb takes that verb's tense, not the
    past of the saying: April lies ahead, the Monday is the coming one."""
    assert ("2022-04", "В регионе откроют новую больницу") in _said(
        "Министр заявил, что в апреле в регионе откроют новую больницу."
    )
    assert ("2022-02-07", "Подпишет указ о строительстве моста") in _said(
        "Мэр сообщил, что в понедельник подпишет указ о строительстве моста."
    )


def test_a_telling_verb_s_that_has_one_comma() -> None:
    assert _said("Директор рассказал во вторник, что завод возобновил работу.") == [
        ("2022-02-01", "Директор рассказал, что завод возобновил работу")
    ]
