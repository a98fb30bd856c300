"""fx4: a surname opening a sentence, where the language's guessed word forms read it as an
ordinary noun too ("Сомов", a form of "сом"), is the person named whole before it; "он"/"він"
after it stands for that person, and a title names them as first named, not as declined."""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, find_mentions
from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # the sentence before opens on the surname: "он" is that person
        (
            "ru",
            "Мэр Игорь Карпов вчера провел совещание. Об этом сообщил Петров. "
            "Карпов работает мэром с 2015 года. В пятницу он откроет новый парк.",
            "2026-03-06",
            "Карпов откроет новый парк",
        ),
        (
            "uk",
            "Мер Ігор Бондар учора провів нараду. Про це повідомив Ткач. "
            "Бондар очолює місто з 2015 року. У п'ятницю він відкриє новий парк.",
            "2026-03-06",
            "Бондар відкриє новий парк",
        ),
        # a declined surname opening a sentence: the title keeps the surname as first named
        (
            "ru",
            "Актер Павел Зимин начинал в Перми. Об этом рассказал Петров. "
            "Зимина уволили из театра в 1990 году. Два года спустя он переехал в Омск.",
            "1992",
            "Зимин переехал в Омск",
        ),
    ],
)
def test_a_surname_opening_a_sentence_stands_for_the_person(language, text, start, title):
    assert (start, title) in _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # no one of that surname named before: no person
        ("ru", "Сомов много в этой реке. Рыбак Андрей Сомов не пришел.", "Сомов"),
        # a word the text also writes in lower case is an ordinary word
        ("en", "Officials in Brook Grant said so. Grant money ran out; a grant was cut.", "Grant"),
    ],
)
def test_a_sentence_opening_word_no_one_named_before_is_no_person(language, text, word):
    first = text.index(word)
    assert not [m for m in find_mentions(text, 0, language=language) if m.start == first]


def test_an_opening_surname_is_the_person_named_whole_before():
    text = "Мэр Игорь Карпов провел совещание. Об этом сообщил Петров. Карпов ушел."
    last = text.rindex("Карпов")
    found = [m for m in find_mentions(text, 0, language="ru") if m.start == last]
    assert [(m.kind, m.name) for m in found] == [(PERSON, "Игорь Карпов")]
