"""The event engine reads each article in its own language, from that language's folder."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core import lang
from core.events.extract import extract_events
from core.reading.readers import read_article

# Word forms are functions, not word lists: the engine calls them in every language.
WORD_FORMS = ("lemmas", "is_past", "is_participle", "present", "is_finite_form", "is_word")


@pytest.mark.parametrize("code", lang.languages())
def test_every_language_offers_the_word_forms_the_engine_calls(code):
    clauses = lang.words(code, "clauses")
    assert all(callable(getattr(clauses, name, None)) for name in WORD_FORMS)


def test_an_article_is_read_as_english_and_gives_its_events(own_sample):
    document = read_article(own_sample)
    assert document.language == "en"
    assert extract_events(document)


def test_an_article_in_a_language_without_a_folder_is_refused(own_sample):
    document = replace(read_article(own_sample), language="xx")
    with pytest.raises(lang.UnknownLanguage, match="Datelines reads en"):
        extract_events(document)
