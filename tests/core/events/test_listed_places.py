"""A lone capitalised word listed after a place ("в Омске, Томске и Тюмени") is a place too,
not a person a later "он" could stand for; unless the list runs on into a verb, or the word
is the surname of a person named in full."""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, PLACE, find_mentions
from core.events.extract import extract_events
from core.model import Document


def _kinds(text: str, language: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(text, 0, language=language)}


@pytest.mark.parametrize(
    ("language", "text", "word", "kind"),
    [
        ("ru", "Труппа гастролировала в Омске, Тюмени и Сургуте.", "Сургуте", PLACE),
        ("ru", "Труппа гастролировала в Омске, Тюмени и Сургуте.", "Тюмени", PLACE),
        ("en", "The band played in Leeds, Ripon and Thirsk.", "Ripon", PLACE),
        ("de", "Die Band spielte in Wien, Dornbirn und Feldkirch.", "Feldkirch", PLACE),
        # the list runs on into a verb: people
        ("en", "In Paris, Okafor and Lindqvist met the press.", "Okafor", PERSON),
        # a person named in full before
        (
            "en",
            "Ada Renner spoke. Talks with Boston and Renner, he said, went well.",
            "Renner",
            PERSON,
        ),
    ],
)
def test_a_word_listed_after_a_place(language, text, word, kind):
    found = [m for m in find_mentions(text, 0, language=language) if m.text == word]
    assert found and found[-1].kind == kind


def test_a_pronoun_after_a_list_of_places_stands_for_the_person():
    text = (
        "Режиссер Павел Зимин родился в Перми. Сначала Зимин ставил спектакли в Омске, "
        "Тюмени и Сургуте. В 1970 году он возглавил театр в Самаре."
    )
    doc = Document("t.txt", "", text, "2020-01-10", "header", "t", 0, "", "ru")
    events = [(e.start, e.title) for e in extract_events(doc)]
    assert ("1970", "Зимин возглавил театр в Самаре") in events
