"""A possessive pronoun opening a subject ("its board") names its owner in English; in a
language that writes no owner's ending the sentence still gives its event (it crashed the
whole article before)."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

TEXTS = {
    "en": "Dalmor Corp opened a plant in Leeds. On March 3, 2020, its board voted to close it.",
    "fr": "Le groupe Dalmor a ouvert une usine à Lyon. Le 3 mars 2020, son conseil a voté "
    "la fermeture du site.",
    "ru": "Компания Далмор открыла завод в Казани. 3 марта 2020 года её совет проголосовал "
    "за закрытие завода.",
    "uk": "Компанія Далмор відкрила завод у Львові. 3 березня 2020 року її рада проголосувала "
    "за закриття заводу.",
    "de": "Die Firma Dalmor eröffnete ein Werk in Linz. Am 3. März 2020 stimmte ihr Vorstand "
    "für die Schließung.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_possessive_subject_gives_its_event_in_every_language(lang):
    doc = Document("x.txt", "x", TEXTS[lang], "2021-01-01T00:00", "header", "x.txt", 0,
                   language=lang)  # fmt: skip
    assert "2020-03-03" in {e.start for e in extract_events(doc)}


def test_in_english_the_owner_is_named():
    doc = Document("x.txt", "x", TEXTS["en"], "2021-01-01T00:00", "header", "x.txt", 0)
    assert "Dalmor Corp's board voted to close it" in {e.title for e in extract_events(doc)}
