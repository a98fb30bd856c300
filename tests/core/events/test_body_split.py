"""An article is split into sentences once for its events and its names: the body's sentences
taken from the whole text's are those the body split alone gives (``split_with_body``)."""

from __future__ import annotations

import pytest

from core.events.sentences import split_sentences, split_with_body

# Our own articles: a headline, then the body where ``body_start`` points.
ARTICLES = [
    ("Quarry reopens\n\nThe quarry at Brantley reopened on Monday. Crews returned.", "en"),
    ("QUARRY REOPENS\n\nBRANTLEY, May 4 -\n\nThe quarry reopened. Crews were back.", "en"),
    ("Quarry reopens\nThe quarry reopened on Monday. Crews returned.", "en"),  # no blank line
    ("Quarry reopens.\n\n12. The quarry reopened. Crews returned.", "en"),  # a figure first
    ("Neue Schleuse\n\n25. Jubiläum der Schleuse. Die Feier ist am Sonntag.", "de"),
    ("Neue Schleuse zum\n\n25. Jubiläum. Die Feier ist am Sonntag.", "de"),
    ("Нова пристань\n\nПристань відкрили у вівторок. Рух відновлено.", "uk"),
    ("The quarry reopened on Monday. Crews returned.", "en"),
]


def _body_start(text: str) -> int:
    last = text.rfind("\n")
    return last + 1 if last >= 0 else 0


@pytest.mark.parametrize(("text", "language"), ARTICLES)
def test_the_body_is_split_as_it_is_alone(text: str, language: str):
    start = _body_start(text)
    spans, body = split_with_body(text, start, language)
    assert spans == split_sentences(text, language)
    alone = split_sentences(text[start:], language)
    assert body == [(a + start, b + start) for a, b in alone]


def test_a_body_after_a_blank_line_takes_the_whole_texts_sentences():
    text = "Quarry reopens\n\nThe quarry reopened on Monday. Crews returned."
    spans, body = split_with_body(text, 16, "en")
    assert [text[a:b] for a, b in body] == ["The quarry reopened on Monday.", "Crews returned."]
    assert body == spans[1:]
