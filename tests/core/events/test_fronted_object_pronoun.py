"""Russian and Ukrainian "його"/"его" is "his" and "it" both: before a name and a past verb
("Його Бондар перебудував 1978 року") it is the fronted object, and the name is the one who
acted, not a word describing a noun. The person stays one a later "він" may stand for."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

_TEXT = (
    "Як учитель врятував старі рушники\n\nМузей займає стару школу. Зібрав колекцію один "
    "чоловік — колишній учитель історії Іван Бондар.\n\nДім Бондар купив 1975 року. Його "
    "Бондар перебудував 1978 року. «Тоді це нікого не цікавило, — каже краєзнавець. — "
    "Скрині стояли порожні». Колекція довго лежала на горищі. Першу виставку він відкрив у "
    "клубі 1981 року."
)


def test_he_after_a_fronted_object_pronoun_is_the_person() -> None:
    doc = Document(
        path="x", title="", text=_TEXT, published="2024-05-10", published_source="user",
        content_hash="x", language="uk",
    )  # fmt: skip
    titles = {str(e.start): e.title for e in extract_events(doc)}
    assert titles["1981"] == "Бондар відкрив першу виставку у клубі"  # the object kept


_DETAINED = (
    "В Твери задержан чиновник\n\nАндрей Петров, чиновник мэрии, родился в 1975 году. "
    "Его задержали в понедельник у дома."
)
_MUSEUM = (
    "Музей відзначає ювілей\n\nМузей заснувала майстриня Ганна Коваль. Коваль народилася "
    "1950 року. Його відкрили для відвідувачів у 2004 році."
)


@pytest.mark.parametrize(
    ("language", "text", "titles"),
    [
        ("ru", _DETAINED, ["Андрей Петров родился", "Его задержали у дома"]),
        ("uk", _MUSEUM, ["Коваль народилася", "Його відкрили для відвідувачів"]),
    ],
)
def test_a_lone_object_pronoun_names_no_doer(language: str, text: str, titles: list[str]) -> None:
    """ "Его задержали": no "Петров задержали" (a subject's case for the object); "Його
    відкрили" of a museum: not the woman who founded it. The pronoun stays as written."""
    doc = Document(
        path="x", title="", text=text, published="2024-05-10", published_source="user",
        content_hash=language, language=language,
    )  # fmt: skip
    assert [e.title for e in extract_events(doc)] == titles
