"""An object pronoun opening a Russian or Ukrainian sentence whose verb names no doer ("Её
откроют в мае") stands for the one thing the sentence before acts on in that case, written as
there ("Выставку откроют") (session 25, PRON2); when another thing, a person or a subject of
that gender may be meant, or a new paragraph begins, the pronoun stays as written. Articles of
our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import events_of

CASE = [
    (
        "ru",
        "Краеведческий музей к юбилею готовит выставку старых открыток. Её откроют 7 ноября.",
        "Выставку старых открыток откроют",
    ),
    (  # a fronted phrase before the subject; "ее" without its dots
        "ru",
        "Для школьников района музей готовит небольшую выставку. Ее откроют 7 ноября.",
        "Небольшую выставку откроют",
    ),
    (
        "uk",
        "Обласний музей готує виставку старих світлин. Її відкриють 7 листопада.",
        "Виставку старих світлин відкриють",
    ),
]


@pytest.mark.parametrize(("language", "text", "title"), CASE)
def test_an_object_pronoun_takes_the_thing_in_its_case(
    language: str, text: str, title: str
) -> None:
    titles = [e.title for e in events_of(text, language, "2021-03-10")]
    assert title in titles, titles


UNSURE = [
    ("ru", "Анна Петрова купила машину. Её задержали 7 ноября.", "Её задержали"),  # a woman
    ("ru", "Школа готовит выставку. Её откроют 7 ноября.", "Её откроют"),  # the school?
    ("ru", "Новая школа готовит выставку. Её откроют 7 ноября.", "Её откроют"),
    ("ru", "Музей готовит выставку и книгу. Её откроют 7 ноября.", "Её откроют"),  # two things
    ("uk", "Марія Гнатюк готує виставку. Її відкриють 7 листопада.", "Її відкриють"),
]


@pytest.mark.parametrize(("language", "text", "title"), UNSURE)
def test_an_object_pronoun_stays_when_another_may_be_meant(
    language: str, text: str, title: str
) -> None:
    titles = [e.title for e in events_of(text, language, "2021-03-10")]
    assert titles == [title], titles


def test_an_object_pronoun_after_a_new_paragraph_stays() -> None:
    text = "Музей готовит выставку.\n\nЕё откроют 7 ноября."
    assert [e.title for e in events_of(text, "ru", "2021-03-10")] == ["Её откроют"]
