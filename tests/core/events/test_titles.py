"""Headlines keep the sentence's words; only the verb group takes headline tense."""

from __future__ import annotations

import pytest

from core.events.titles import MAX_WORDS, headline, noun_headline


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        ("Macron", "will travel to Moscow", "Macron to travel to Moscow"),
        ("Varga", "would visit Chile", "Varga to visit Chile"),
        ("The council", "is going to vote", "Council to vote"),
        ("Petrov", "signed a water treaty", "Petrov signs a water treaty"),
        ("Sall and Lind", "opened a new bridge", "Sall and Lind open a new bridge"),
        ("Farmers", "have blocked roads", "Farmers block roads"),
        ("The harbour", "was closed", "Harbour closed"),
        ("The army", "has been deployed", "Army deployed"),
        ("Work on the dam", "began", "Work on the dam begins"),
        ("Police", "arrested 40 people", "Police arrest 40 people"),
        ("Belarus", "won the vote", "Belarus wins the vote"),
        ("Ana Lopes", "was the first leader to sign the pact", "Ana Lopes signs the pact"),
        ("Ana Lopes", "is expected to sign the pact", "Ana Lopes to sign the pact"),
        ("Ruiz", "also said the talks would go on", "Ruiz says the talks would go on"),
        ("Reyes", "may resign", "Reyes may resign"),
    ],
)
def test_headline_tense(subject, predicate, title):
    assert headline(subject, predicate) == title


def test_a_name_ending_in_s_can_be_singular():
    assert headline("Lopes", "signed the pact", plural=False) == "Lopes signs the pact"


def test_long_titles_stop_at_a_phrase_boundary():
    title = headline(
        "Ruiz", "will travel to Lima for talks with his Chilean and Peruvian counterparts on trade"
    )
    assert title == "Ruiz to travel to Lima for talks"
    assert len(title.split()) <= MAX_WORDS


def test_a_half_quote_is_not_left_open():
    assert headline("Ruiz", "hailed the “historic deal") == "Ruiz hails the historic deal"


def test_noun_headlines_keep_the_phrase():
    assert noun_headline("plans for naval drills near Crete") == "Plans for naval drills near Crete"
