"""Titles a reader can parse and no non-events (#14, session 21, helper TITLES): the classes
found in a draw of events from wire and newswire text, told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.sentences import split_sentences
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-04-02T12:00"
CASES = [
    # a list of plain nouns opening the subject keeps its first item
    (
        "noun-list-subject",
        "Storms, floods and landslides killed 40 people in January.",
        [("title", "Storms, floods and landslides killed 40 people")],
    ),
    (
        "noun-list-reported",
        "Officials said gales, fires and floods closed 12 roads in January.",
        [("title", "Gales, fires and floods closed 12 roads")],
    ),
    # ... but an aside after a comma is still no part of the subject
    (
        "aside-not-list",
        "Exports, mainly grain and timber, rose 5 pct in January.",
        [("title", "Exports rose 5 pct")],
    ),
    # "did not X until": it happened then, told without a lone "did"
    (
        "did-not-until",
        "The mill did not reopen until February.",
        [("title", "The mill reopened", "1987-02")],
    ),
    # "quoted X [as saying …]": what was said is cut off, the title would say nothing
    (
        "quoted-as-saying",
        "The daily quoted Ruiz as saying on Monday that the plan had stalled.",
        [("no-title", "quoted")],
    ),
    (
        "was-quoted",
        "Ruiz was quoted as saying on Monday that the plan had stalled.",
        [("no-title", "quoted")],
    ),
    # a vague lead of the date goes with it
    (
        "some-time-this-year",
        "The council will sell the depot some time this year.",
        [("title", "The council will sell the depot")],
    ),
    (
        "sometime-next-year",
        "Lumo will open a second plant sometime next year.",
        [("title", "Lumo will open a second plant")],
    ),
    # a figure a plan is pinned at is a measure, no happening
    (
        "targeted-at-figure",
        "Grain exports are targeted at 2 mln tonnes in 1987, the minister said.",
        [("none",)],
    ),
    # a measure's move told ahead with its figure is a forecast (one list of moves for both
    # forecast filters): "recover", "exceed" as well as "rise"; the figure that came stays
    (
        "forecast-figure-recover",
        "Exports will recover by 4 pct in 1988, the ministry said.",
        [("none",)],
    ),
    (
        "forecast-figure-exceed",
        "The deficit is likely to exceed 10 billion dlrs this year.",
        [("none",)],
    ),
    ("figure-that-came", "Sales gained 3 pct in 1986.", [("title", "Sales gained 3 pct")]),
    # what onlookers foresee is their view; what a party plans stays
    (
        "observers-expect",
        "Most economists expect the bank to cut rates in May.",
        [("none",)],
    ),
    ("party-expects", "Vela expects to close the sale in May.", [("has", "1987-05")]),
    # a date between a verb (and its adverb) and the figure opening its object
    (
        "date-before-figure-object",
        "Vela Corp said it placed privately on March 18 30 mln dlrs of notes.",
        [("title", "Vela Corp placed privately 30 mln dlrs of notes")],
    ),
    # a figure of a measure expected is a forecast; a decision expected stays
    (
        "figure-expected",
        "Imports of 3 mln tonnes are expected this year, the board said.",
        [("none",)],
    ),
    ("decision-expected", "A ruling is expected in May.", [("has", "1987-05")]),
    # a verb of showing whose reported clause will not fit: the clause, not its cut subject
    (
        "showed-reported-clause",
        "Official data showed the jobless rate for young women in the north fell to 5.2 percent"
        " last month.",
        [("title", "The jobless rate for young women in the north fell to 5.2 percent")],
    ),
    # "There's nothing …": nothing happened
    (
        "there-is-nothing",
        "There's no fresh word on why the levee broke on Monday.",
        [("none",)],
    ),
    # a fronted year and a named subject: the clause is the name's, not what follows a comma
    (
        "year-name-verb",
        "In 1986 Lumo earned 2.4 mln dlrs, or 24 cents a share, restated for the merger.",
        [("title", "Lumo earned 2.4 mln dlrs"), ("no-title", "cents")],
    ),
    # the rest of a fronted relative before a comma is no subject
    (
        "fronted-relative-rest",
        "Under a scheme set up in 1984 that didn't fix a limit, Vela had bought 90,000 shares"
        " through March 20.",
        [("title", "Vela had bought 90,000 shares"), ("no-title", "fix")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_titles21(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviation that may end a sentence, then a word that only opens one
        (
            "Dax runs 40 shops across the U.S. The chain was founded in 1961.",
            ["Dax runs 40 shops across the U.S.", "The chain was founded in 1961."],
        ),
        (
            "It sold the unit to Vela Corp. It said no more.",
            ["It sold the unit to Vela Corp.", "It said no more."],
        ),
        # ... not a title before a name, nor initials inside one
        ("Sen. Ruiz met U.S. envoys.", ["Sen. Ruiz met U.S. envoys."]),
        ("Lee met Sens. Ruiz and Ames.", ["Lee met Sens. Ruiz and Ames."]),
    ],
)
def test_closing_abbreviations(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == sentences
