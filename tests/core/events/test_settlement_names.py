"""A name after a settlement's noun ("у селі Велика Багачка", "в деревне Малые Ключи") is that
place, and a title's country before a person ("майстер України Петро Кравець") is no part of
the person's name: a later "він"/"она" stands for the person, never the village."""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, PLACE, find_mentions
from tests.core.events.articles import titles_by_start


def _kinds(text: str, language: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(text, 0, language=language)}


@pytest.mark.parametrize(
    ("language", "text", "word", "kind"),
    [
        ("uk", "Майстерня стоїть у селі Велика Багачка.", "Велика Багачка", PLACE),
        ("uk", "Музей відкрили в місті Коростень.", "Коростень", PLACE),
        ("ru", "Школа работает в деревне Малые Ключи.", "Малые Ключи", PLACE),
        # the genitive names the village's head, then his name
        ("ru", "Об этом сказал глава города Андрей Колесников.", "Андрей Колесников", PERSON),
        ("uk", "Помер народний майстер України Петро Кравець.", "Петро Кравець", PERSON),
    ],
)
def test_kind_after_a_settlement_noun(language: str, text: str, word: str, kind: str) -> None:
    assert _kinds(text, language).get(word) == kind


@pytest.mark.parametrize(
    ("language", "text", "date", "name"),
    [
        (
            "uk",
            "Помер гончар Петро Кравець\n\nПетро Кравець народився 1934 року в сусідньому селі "
            "Мала Багачка. 1956 року він закінчив художнє училище і повернувся додому.",
            "1956",
            "Кравець",
        ),
        (
            "ru",
            "Умерла краевед Анна Соколова\n\nАнна Соколова родилась в 1938 году в деревне "
            "Малые Ключи. В 1960 году она окончила педагогический институт.",
            "1960",
            "Соколова",
        ),
    ],
)
def test_pronoun_after_a_village_is_the_person(
    language: str, text: str, date: str, name: str
) -> None:
    # (the person named in full or by the surname, "Петро Кравець закінчив", never the village)
    title = titles_by_start(text, language)[date]
    assert title.startswith(name) or title.split()[1:2] == [name], title
