"""A pronoun opening a sentence after a sentence whose subject is not at its head (session 25,
PRON2): after a heading that only announces the news ("A short recap of how we got here:
Tarvo formed …", "UPDATE 6:48 AM: …") the pronoun stands for the subject after the colon, never
the heading's words; a name after a label ("The ferry operator Wavelink") is the name; after a
subject a relative cuts off its verb ("Kestrix, which makes tiles, went public") for
that subject. Articles of our own. Published Friday 4 February 2022."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

ENGLISH = [
    (  # a live blog's heading before a colon: the storm after it
        "A short recap of how we got here: Tarvo formed east of Fiji on Sunday. It hit "
        "Lautoka on Wednesday.",
        ("2022-02-02", "Tarvo hit Lautoka"),
    ),
    (
        "Here is what we know so far: Tarvo formed east of Fiji on Sunday. It hit Lautoka "
        "on Wednesday.",
        ("2022-02-02", "Tarvo hit Lautoka"),
    ),
    (  # a live blog's stamp with no verb before the colon; a label before the name
        "UPDATE 6:48 AM: The ferry operator Wavelink has cancelled all sailings. It will "
        "review the situation on Monday.",
        ("2022-02-07", "Wavelink will review the situation"),
    ),
    (
        "The ferry Kestrel was launched in 1972. It was sold on Monday.",
        ("2022-01-31", "Kestrel was sold"),
    ),
    (  # a relative between the name and its verb
        "Kestrix, which makes tiles in Stoke, went public in 2009. Its shares doubled in 2015.",
        ("2015", "Kestrix's shares doubled"),
    ),
    (
        "Kestrix, which makes tiles in Stoke, went public in 2009. It opened a plant in 2022.",
        ("2022", "Kestrix opened a plant"),
    ),
]


@pytest.mark.parametrize(("body", "wanted"), ENGLISH)
def test_a_pronoun_takes_the_subject_past_a_heading_or_a_relative(
    body: str, wanted: tuple[str, str]
) -> None:
    got = starts_and_titles(body)
    assert wanted in got, got


def test_a_heading_lends_no_words_to_a_pronoun() -> None:
    body = "A short recap of how we got here: Tarvo formed on Sunday. It hit Lautoka on Wednesday."
    assert not [t for _, t in starts_and_titles(body) if "how we" in t]


def test_a_firm_that_says_something_is_not_sure_for_it() -> None:
    # the firm or the profit it speaks of?
    body = (
        "Kestrix, which makes tiles in Stoke, said profit rose in 2021. It opened a plant in 2022."
    )
    assert ("2022", "It opened a plant") in starts_and_titles(body)


def test_a_labelled_name_beside_another_thing_is_not_sure_for_it() -> None:
    # the airline or the terminal?
    body = "The airline Skyreach bought the terminal in 2018. It will open a route on Monday."
    assert ("2022-02-07", "It will open a route") in starts_and_titles(body)
