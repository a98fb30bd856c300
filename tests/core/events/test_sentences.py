from __future__ import annotations

import pytest

from core.events.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks began. They ended.", ["Talks began.", "They ended."]),
        (
            "Mr. Smith met U.S. officials on Feb. 4. They agreed.",
            ["Mr. Smith met U.S. officials on Feb. 4.", "They agreed."],
        ),
        ("“We will win,” he said. Nobody replied.", ["“We will win,” he said.", "Nobody replied."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("Headline without stop\n\nBody sentence.", ["Headline without stop", "Body sentence."]),
        (
            "Dr. Jane K. Doe arrived at 3 p.m. on Monday.",
            ["Dr. Jane K. Doe arrived at 3 p.m. on Monday."],
        ),
        # a dateline dates the story; it is not part of the first sentence
        (
            "NAIROBI, March 2 (Reuters) - Talks opened. They stalled.",
            ["Talks opened.", "They stalled."],
        ),
        ("Headline\n\nLIMA (AP) — Voters queued early.", ["Headline", "Voters queued early."]),
        ("PARIS - Ministers met.", ["Ministers met."]),
        # capitals and dashes that are no dateline stay
        ("NATO - the alliance - met.", ["NATO - the alliance - met."]),
        # a quotation that ends a sentence, then the next one
        ("He said “No.” Then he left.", ["He said “No.”", "Then he left."]),
        # a wire story brackets a company's name: the bracket opens the next sentence
        (
            "Margins shrank on costs. <Birchwood Mills Ltd> posted a loss last year.",
            ["Margins shrank on costs.", "<Birchwood Mills Ltd> posted a loss last year."],
        ),
        # a company's stop, then a preposition and a date: the date opens the next sentence
        (
            "The mill was sold to Harwick Paper Corp. In March 1986, Harwick closed it.",
            ["The mill was sold to Harwick Paper Corp.", "In March 1986, Harwick closed it."],
        ),
        (
            "Bids went to Ostrava Steel Inc. On Monday the board chose one.",
            ["Bids went to Ostrava Steel Inc.", "On Monday the board chose one."],
        ),
        # ... a name that goes on after the stop stays one sentence
        (
            "Shares of Lund Co. International rose.",
            ["Shares of Lund Co. International rose."],
        ),
        # ... and initials inside the bracket stay one name
        ("<K.L. Varga and Co> led the issue.", ["<K.L. Varga and Co> led the issue."]),
        (
            "Engines come from the Anglo-U.S. <Tarn Motors> group.",
            ["Engines come from the Anglo-U.S. <Tarn Motors> group."],
        ),
    ],
)
def test_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_spans_point_into_the_text():
    text = "  One.   Two.  "
    assert [text[a:b] for a, b in split_sentences(text)] == ["One.", "Two."]
