"""Titles a reader can parse (session 31, round 2): an award named after its year ("coach of
the year") is no time; a span after "after" in a sentence with a date of its own ends then, not
at publication; a list of names after a fronted date keeps its first name; an indefinite
article agrees with the word after it once a date word before that is dropped; a German main
clause after a comma that opens on a date has its own subject."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-02-04"  # a Friday


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Okonjo, named coach of the year last week, will take the junior squad to Quito.",
            [("title", "Okonjo was named coach of the year", "2022-W04"), ("not", "2022")],
        ),
        (
            "Brannagh, voted footballer of the year on Sunday, joined Kelso Rovers on Tuesday.",
            [("title", "Brannagh was voted footballer of the year", "2022-01-30"), ("not", "2022")],
        ),
        # a single capitalised name before the aside is the subject, not a fronted word
        (
            "Dlamuzi, voted player of the season in May, signed a new contract on Tuesday.",
            [
                ("title", "Dlamuzi signed a new contract", "2022-02-01"),
                ("title", "Dlamuzi was voted player of the season", "2021-05"),
            ],
        ),
        # the year itself is still a time where it is no award's
        (
            "The aquarium will close its seal pool late in the year.",
            [("title", "The aquarium will close its seal pool", "2022")],
        ),
    ],
)
def test_an_award_of_the_year_is_no_time(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "The trade envoy flew back late on Monday to Lusaka after four days of talks.",
            [("title", "The trade envoy flew back", "2022-01-31"), ("no-title", "days")],
        ),
        # with no other date, the span still counts back from publication
        (
            "The trade envoy flew home after four days of talks.",
            [("title", "Four days of talks", "2022-01-31")],
        ),
    ],
)
def test_a_span_before_a_dated_happening_is_no_happening(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "In 2017 Varga, Holm and Pietersen agreed to pool their orchard crews.",
            [("title", "Varga, Holm and Pietersen agreed to pool their orchard crews", "2017")],
        ),
        (
            "In 2015 Varga, Holm, Ostrow and Pietersen signed the water-sharing pact.",
            [("title", "Varga, Holm, Ostrow and Pietersen signed the water-sharing pact", "2015")],
        ),
        (
            "In 2015, Varga, Holm, Ostrow and Pietersen signed the water-sharing pact.",
            [("title", "Varga, Holm, Ostrow and Pietersen signed the water-sharing pact", "2015")],
        ),
    ],
)
def test_a_list_after_a_fronted_date_keeps_its_first_name(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Corvel Mining said on Tuesday it expects to show a fourth-quarter operating deficit.",
            [("title", "Corvel Mining said it expects to show an operating deficit", "2022-02-01")],
        ),
        (
            "Corvel Mining said on Tuesday it had an 8 pct rise in ore sales.",
            [("title", "Corvel Mining said it had an 8 pct rise in ore sales", "2022-02-01")],
        ),
    ],
)
def test_the_article_agrees_after_a_dropped_date_word(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Am 9. Januar durchsuchten Zollbeamte die Lagerhalle, am 11. Januar wurde der "
            "Spediteur festgenommen.",
            [
                ("title", "Der Spediteur wurde festgenommen", "2022-01-11"),
                ("title", "Zollbeamte durchsuchten die Lagerhalle", "2022-01-09"),
            ],
        ),
        # a pronoun after the verb is the clause's own subject, never the first clause's
        (
            "Im April 2020 prüften Zollbeamte die Bücher der Reederei, im Juni wurde sie "
            "geschlossen.",
            [
                ("no-title", "Zollbeamte wurde"),
                ("title", "Zollbeamte prüften die Bücher", "2020-04"),
            ],
        ),
    ],
)
def test_a_german_clause_opening_on_a_date_after_a_comma(text: str, checks: list) -> None:
    check_events(events_of(text, "de", PUBLISHED), checks)
