"""Russian and Ukrainian relative clauses with a date of their own: a relative with no subject
whose pronoun reads alike as subject and object ("который", "який") stands for the noun before
it; a noun's owner relative ("крышу которого") is a clause of its own, so its date never goes
on the main clause, which resumes after it at its own subject. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # a subjectless relative after the main clause's object: the object's own happening
    (
        "uk",
        "2023-05-10",
        "У серпні музей покаже старовинний годинник, який торік відреставрували у Львові.",
        [("title", "Годинник відреставрували у Львові", "2022"), ("has", "2023-08")],
    ),
    (
        "ru",
        "2023-05-10",
        "В августе музей покажет старинный орган, который в прошлом году отреставрировали в Риге.",
        [("title", "Орган отреставрировали в Риге", "2022"), ("has", "2023-08")],
    ),
    # a coming happening of a neuter noun after "та"
    (
        "uk",
        "2023-05-10",
        "У новому корпусі вже працюють спортзал та кафе, яке відкриється у липні.",
        [("title", "Кафе відкриється", "2023-07")],
    ),
    # a noun after a preposition is in a case the title cannot use: no relative's event
    (
        "ru",
        "2023-05-10",
        "Тренер выступит на семинаре, который пройдёт в Казани в сентябре.",
        [("no-title-with", "Семинаре")],
    ),
    # a genitive before the comma is not the noun the relative agrees with
    (
        "ru",
        "2023-05-10",
        "Биологи описали кости древнего кита, которые весной нашли рыбаки.",
        [("no-title-with", "Кита")],
    ),
    # an owner relative: its own clause, the main clause resumed with the object put back
    (
        "uk",
        "2023-05-10",
        "Млин, дах якого перекрили у 1995 році, фермер купив у березні.",
        [
            ("title", "Фермер купив млин", "2023-03"),
            ("not", "1995-03"),
            ("no-title-with", "Млин перекрили"),
        ],
    ),
    (
        "ru",
        "2023-05-10",
        "Амбар, крышу которого перекрыли в 1995 году, фермер купил в марте.",
        [("title", "Фермер купил амбар", "2023-03"), ("not", "1995-03")],
    ),
    # the owned noun titles the owner relative's happening
    (
        "ru",
        "2023-05-10",
        "Лучшей ролью актёра считают «Отелло», премьера которого прошла в мае 2011 года.",
        [("title", "Премьера прошла", "2011-05")],
    ),
    # a pronoun after the relative is the verb's object, no subject: nothing put back
    (
        "ru",
        "2023-05-10",
        "Клуб, в котором занимались сорок детей, к тому времени опустел, а в 2015 году его закрыли.",
        [("no-title-with", "клуб"), ("has", "2015")],
    ),
    # a plain object or dative relative owns no noun: the pronoun is no title's subject
    (
        "ru",
        "2022-02-04",
        "Горожане тепло приветствовали нового директора, которого назначили в марте 2017 года.",
        [("no-title-with", "Которого")],
    ),
    (
        "ru",
        "2022-02-04",
        "Соседи поздравили учительницу, которой в мае вручили орден.",
        [("no-title-with", "Которой")],
    ),
    (
        "uk",
        "2022-02-04",
        "Мешканці привітали нового директора, якого призначили у березні 2017 року.",
        [("no-title-with", "Якого")],
    ),
    (
        "uk",
        "2022-02-04",
        "Громада подякувала вчительці, якої у травні чекали всі.",
        [("no-title-with", "Якої")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_relative_dates(language: str, published: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, published), checks)
