"""A sentence-opening "he" or "she" after a passive sentence about a noun of that sex (session
25, PRON2): "The Ripley man was arrested on Thursday. He appeared in court on Friday" is titled
"The Ripley man appeared in court", in the same paragraph or after a one-sentence paragraph, and
down a chain of the same pronoun. When another person may be meant (an active sentence, two
people, a person named, another sexed noun) the pronoun stays as written. Articles of our own.
Published Friday 4 February 2022."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

RESOLVED = [
    (
        "The Ripley man was arrested at a house on Thursday. He appeared in court on Friday.",
        ("2022-02-04", "The Ripley man appeared in court"),
    ),
    (  # wire style: one sentence a paragraph; a chain of "he"
        "The Ripley man was arrested at a house on Thursday.\n\nHe appeared in court on "
        "Friday.\n\nHe will reappear on March 3.",
        ("2022-03-03", "The Ripley man will reappear"),
    ),
    (  # a fronted time before the pronoun
        "A woman was injured when a car hit a tram on Monday. Three days later she was "
        "taken to hospital.",
        ("2022-02-03", "A woman was taken to hospital"),
    ),
]


@pytest.mark.parametrize(("body", "wanted"), RESOLVED)
def test_a_pronoun_takes_the_sexed_noun_before(body: str, wanted: tuple[str, str]) -> None:
    got = starts_and_titles(body)
    assert wanted in got, got


UNSURE = [
    # active: the shopkeeper may be meant
    "The man robbed a shopkeeper on Monday. He was taken to hospital on Tuesday.",
    # two people
    "The man and his son were arrested on Monday. He appeared in court on Tuesday.",
    # another sexed noun
    "The man was arrested by a woman on Monday. He appeared in court on Tuesday.",
    # a possessive: whose father?
    "Her father was arrested on Monday. He appeared in court on Tuesday.",
    # the other sex
    "A man was arrested on Monday. She appeared in court on Tuesday.",
    # a longer paragraph before: it may have turned to someone else
    "The man was arrested on Monday. Police searched the house.\n\nHe appeared in court on "
    "Tuesday.",
]


@pytest.mark.parametrize("body", UNSURE)
def test_a_pronoun_stays_when_another_may_be_meant(body: str) -> None:
    titles = [t for start, t in starts_and_titles(body) if start == "2022-02-01"]
    assert titles and all(t.startswith(("He ", "She ")) for t in titles), titles
