"""ruuk: Russian and Ukrainian sayings after a participle's aside, and titles cut inside a
guillemet quote, in invented sentences. The past after a comma ("…, заявил в среду, что …") is
the clause's own verb there, not an aside's participle (those are declined: "назначенный")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2023-05-12"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("ru", "Директор Олег Петров, назначенный в марте, заявил в среду, что выбор был тяжёлым.",
         "2023-05-10", "Петров заявил, что выбор был тяжёлым"),
        ("ru", "Олег Петров, назначенный главой завода, сообщил в понедельник, что завод "
         "остановил работу.", "2023-05-08", "Олег Петров сообщил, что завод остановил работу"),
        ("uk", "Ірина Коваль, призначена в березні, заявила у вівторок, що завод зупинив роботу.",
         "2023-05-09", "Ірина Коваль заявила, що завод зупинив роботу"),
    ],
)  # fmt: skip
def test_a_saying_after_a_participle_aside_keeps_its_day(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # the aside's own participle still dates its noun, not the clause
        ("ru", "Мост, построенный в 1983 году, закрыли в среду.", "2023-05-10", "Мост закрыли"),
    ],
)  # fmt: skip
def test_a_declined_participle_is_still_an_aside(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("ru", "Мэр Олег Петров заявил в среду, что выбор был «трудным, но верным».",
         "2023-05-10", "Петров заявил, что выбор был трудным"),
        ("uk", "Суддя Ірина Коваль заявила в понеділок, що банк «приховав борги від вкладників».",
         "2023-05-08", "Суддя Ірина Коваль заявила, що банк приховав борги від вкладників"),
    ],
)  # fmt: skip
def test_a_title_keeps_no_half_of_a_guillemet_quote(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)
