"""Russian and Ukrainian "його"/"его" is "his" and "it" both: before a name and a past verb
("Його Бондар перебудував 1978 року") it is the fronted object, and the name is the one who
acted, not a word describing a noun. The person stays one a later "він" may stand for."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document

_TEXT = (
    "Як учитель врятував старі рушники\n\nМузей займає стару школу. Зібрав колекцію один "
    "чоловік — колишній учитель історії Іван Бондар.\n\nДім Бондар купив 1975 року. Його "
    "Бондар перебудував 1978 року. «Це нікому не було потрібно, — згадує краєзнавець. — "
    "Скрині стояли порожні». Колекція довго лежала на горищі. Першу виставку він відкрив у "
    "клубі 1981 року."
)


def test_he_after_a_fronted_object_pronoun_is_the_person() -> None:
    doc = Document(
        path="x", title="", text=_TEXT, published="2024-05-10", published_source="user",
        content_hash="x", language="uk",
    )  # fmt: skip
    titles = {str(e.start): e.title for e in extract_events(doc)}
    assert titles["1981"] == "Бондар відкрив у клубі"
