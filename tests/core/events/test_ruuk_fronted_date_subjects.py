"""A Russian or Ukrainian date fronted before its clause's subject: the noun after the date is
the subject, not a trade's terms ("В марте поставки газа возобновились"), and the consonant
past "расторгли" is a verb. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (
        "ru",
        "В марте поставки угля в Монголию возобновились.",
        [("title", "Поставки угля в Монголию возобновились", "2019-03")],
    ),
    (
        "ru",
        "В прошлом году аренду с клубом расторгли, а нового арендатора мэрия нашла только в мае.",
        [("title", "Аренду с клубом расторгли", "2018"), ("title", "мэрия нашла", "2019-05")],
    ),
    (
        "uk",
        "Торік контракт із перевізником розірвали.",
        [("title", "Контракт із перевізником розірвали", "2018")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_fronted_date_subject(language: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, "2019-12-04"), checks)
