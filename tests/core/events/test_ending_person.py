"""Who acted when Ukrainian or Russian leaves the subject out: a past verb's ending tells the
sex of its subject, so a sentence opening on one ("Дебютувала 2016 року …") goes on about the
person the sentence before names when the article showed that person's sex the same way; a
"that" clause after a verb of saying ("Лазарев добавил, что … получил") about the speaker.
When the sexes differ, or a word after the verb reads as its own subject ("померла відома
художниця"), no one is put in the title. And a subject after a fronted adverb or a time ago and
a date set off by commas ("Тоді, у березні 2021 року, бригада …", "Чверть століття тому, …,
група …"), or after an adverb and a date ("уже в будущем году артель …"), is kept."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _titles(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document(
        path="x", title="", text="Новини\n\n" + text, published="2024-08-01",
        published_source="user", content_hash=text, language=language,
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Олена Марченко народилася 1979 року в Ізюмі. "
            "Дебютувала 2003 року поетичною збіркою «Сухі трави».",
            ("2003", "Марченко дебютувала поетичною збіркою «Сухі трави»"),
        ),
        (
            "uk",
            "Тарас Гнатюк народився 1951 року в Ромнах. "
            "Через два роки почав возити молоко до районного центру.",
            ("1953", "Гнатюк почав возити молоко до районного центру"),
        ),
        (
            "ru",
            "Вера Соколова родилась в 1962 году в Вологде. "
            "В 1990 году открыла первую в городе частную пекарню.",
            ("1990", "Соколова открыла первую в городе частную пекарню"),
        ),
        (
            "ru",
            "Геолог Семён Рябов сообщил, что в понедельник получил приглашение на конференцию.",
            ("2024-07-29", "Геолог Семён Рябов получил приглашение на конференцию"),
        ),
        (
            "uk",
            "Тоді, у березні 2019 року, громада села викупила старий млин.",
            ("2019-03", "Громада села викупила старий млин"),
        ),
        (
            "uk",
            "У суботу, саме в день міста, оркестр зіграє на набережній.",
            ("2024-08-03", "Оркестр зіграє на набережній"),
        ),
        (
            "ru",
            "Тогда, в апреле 2015 года, артель построила новый причал.",
            ("2015-04", "Артель построила новый причал"),
        ),
        (
            "ru",
            "Директор добавил, что уже в будущем году артель откроет коптильню.",
            ("2025", "Артель откроет коптильню"),
        ),
        (
            "uk",
            "Вже наступного року громада відкриє сироварню.",
            ("2025", "Громада відкриє сироварню"),
        ),
        (
            "uk",
            "Півстоліття тому, 3 травня 1974 року, бригада монтажників підняла шпиль ратуші.",
            ("1974-05-03", "Бригада монтажників підняла шпиль ратуші"),
        ),
        (
            "ru",
            "Почти полвека назад, осенью 1979 года, артель рыбаков спустила на воду баркас.",
            ("1979-FA", "Артель рыбаков спустила на воду баркас"),
        ),
    ],
)
def test_the_subject_the_ending_or_the_sentence_gives(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _titles(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (  # a man named, a woman's verb: someone else
            "uk",
            "Тарас Гнатюк народився 1951 року в Ромнах. "
            "1980 року дебютувала збіркою оповідань про степ.",
            ("1980", "Дебютувала збіркою оповідань про степ"),
        ),
        (  # a subject of her own after the verb
            "uk",
            "Олена Марченко народилася 1979 року в Ізюмі. "
            "2001 року приїхала до міста відома художниця з Одеси.",
            ("2001", "Приїхала до міста відома художниця з Одеси"),
        ),
        (  # the speaker a woman, the verb a man's: another person
            "ru",
            "Вера Соколова сообщила, что в понедельник получил награду её муж.",
            ("2024-07-29", "Получил награду её муж"),
        ),
    ],
)
def test_no_one_when_the_ending_does_not_agree(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    titles = _titles(text, language)
    assert expected in titles
    assert not any(t.startswith(("Гнатюк", "Марченко", "Соколова")) for _, t in titles[1:])
