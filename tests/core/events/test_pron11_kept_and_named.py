"""A sentence-opening pronoun no name is sure for (session 21, PRON): the event stays, its
title keeping the pronoun as written ("It deepened rapidly"), never a name guessed wrong; and
when the sentence before opens on a bare name as its subject (a storm, a team, a country, a
start-up), "it", "its" or "they" stands for that name. Articles of our own, each checked for
the title a reader sees. Published Friday 4 February 2022."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import starts_and_titles

CASES = [
    (  # a storm named by a word no dictionary knows: "it", and the "it" after it, is the storm
        "Tarvo began as a depression south of Iceland on Sunday. It strengthened fast on Tuesday "
        "night. It was named by the met service on Wednesday morning.",
        [
            ("2022-02-01TNI", "Tarvo strengthened fast"),
            ("2022-02-02TMO", "Tarvo was named by the met service"),
        ],
        "It ",
    ),
    (  # a country opening its sentence as subject, an aside after it
        "Ruritania, hit by the fall in grain prices, had only 90 mln dlrs in reserves at the "
        "end of January. It suspended interest payments in January.",
        [("2022-01", "Ruritania suspended interest payments")],
        "It suspended",
    ),
    (  # "its" after a start-up's name: the start-up's
        "Wayfare began in a spare room in 2011. Its first customer signed up in 2012.",
        [("2012", "Wayfare's first customer signed up")],
        "Its first",
    ),
    (  # a team's plural name is "they"
        "The Kestrels lost their coach in the autumn. They stumbled in January.",
        [("2022-01", "The Kestrels stumbled")],
        "They stumbled",
    ),
    (  # one bare name and "they": the favourites may be meant, so the pronoun as written
        "Dunmore had been favourites. They beat Ashcombe 3-0 on January 15.",
        [("2022-01-15", "They beat Ashcombe 3-0")],
        "Dunmore beat",
    ),
    (  # two people before "he": no name is sure, the pronoun stays and the event too
        "Tom Hale met Sam Orr at the depot. He was charged on Thursday.",
        [("2022-02-03", "He was charged")],
        "Hale was charged",
    ),
    (  # "its" no name is sure for: the owner as written, and the event stays
        "The lido has had a rocky past. Its former owner went into receivership in 2017.",
        [("2017", "Its former owner went into receivership")],
        "The lido went",
    ),
    (  # a subject and a thing bought: "it" may be either, so it stays as written
        "The council bought the old mill from a brewer. It was closed on Monday.",
        [("2022-01-31", "It was closed")],
        "The council was closed",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "unwanted"), CASES)
def test_an_opening_pronoun_keeps_its_event_and_takes_a_name_only_when_sure(
    body: str, wanted: list[tuple[str, str]], unwanted: str
) -> None:
    got = starts_and_titles(body)
    for event in wanted:
        assert event in got, got
    assert not [t for _, t in got if t.startswith(unwanted)], got


@pytest.mark.parametrize(
    "body",
    [
        "It took years of lobbying, and a third landslide in 2019, before the funds were raised.",
        "It will take until at least July to repair the line, officials said on Monday.",
    ],
)
def test_an_it_that_holds_the_place_of_what_follows_gives_no_title_on_it(body: str) -> None:
    assert not [t for _, t in starts_and_titles(body) if t.startswith("It ")]


def test_a_kept_pronoun_opens_a_title_a_reader_can_place_beside_its_sentence() -> None:
    assert ("2022-04", "He hopes to visit Japan") in starts_and_titles(
        "He hopes to visit Japan in April."
    )
    assert headline("It", "rose sharply") == "It rose sharply"


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (  # "due to" a verb: a thing's "it", the pier before it
            "The pier was sold to a trust last year. It is due to reopen on May 24.",
            ("2022-05-24", "The pier is due to reopen"),
        ),
        ("It is forecast to weaken over cooler water on Saturday.", ("2022-02-05", "It is")),
    ],
)
def test_an_it_raised_before_due_or_forecast_to_is_a_things(
    body: str, wanted: tuple[str, str]
) -> None:
    got = starts_and_titles(body)
    assert [t for d, t in got if d == wanted[0] and t.startswith(wanted[1])], got


def test_a_rate_a_day_by_a_decade_is_a_level_not_a_happening() -> None:
    got = starts_and_titles("By the 1990s the pier carried 4,000 visitors a day.")
    assert not [d for d, _ in got if d.startswith("199")], got


def test_an_unsure_speaker_gives_no_title_dated_by_what_was_said() -> None:
    got = starts_and_titles(
        "A spokesman told reporters this was the first time. He said output during the "
        "2019/20 season was about 480,000 tonnes."
    )
    assert not [t for _, t in got if t.startswith("He said")], got


@pytest.mark.parametrize(
    "body",
    [
        "Two unions walked out at the depot. They are hoping for a settlement by next October.",
        "The ferry line is run by volunteers. It has been staffed by students since 2019.",
        "Crowds gather at the square. It is lit every year in December.",
        "Two banks have joined the scheme. They join the service that opened in May.",
        "A clerk counted the votes. She thinks Monday's tally will show a gain.",
    ],
)
def test_a_kept_pronoun_in_a_present_perfect_or_habit_gives_no_dated_event(body: str) -> None:
    got = starts_and_titles(body)
    assert not [t for _, t in got if t.split()[0] in ("They", "It", "She")], got


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            # (two plurals before it: the unions or the depots, "they" stays as written)
            "Two unions walked out at the depots. They signed a settlement on Monday.",
            ("2022-01-31", "They signed a settlement"),
        ),
        (
            "Tom Hale met Sam Orr at the depot. He will travel to Leeds on March 12.",
            ("2022-03-12", "He will travel to Leeds"),
        ),
        (
            "Two unions walked out at the depot. Their contracts expire on April 30.",
            ("2022-04-30", "Their contracts expire"),
        ),
    ],
)
def test_a_kept_pronoun_in_a_past_future_or_arranged_present_keeps_its_event(
    body: str, wanted: tuple[str, str]
) -> None:
    assert wanted in starts_and_titles(body)


@pytest.mark.parametrize(
    "body",
    [
        "Two unions walked out at the depot. They were reacting to reports of cuts on Monday.",
        "The board met at noon. It cancelled a rule adopted only last December.",
        "Two unions walked out at the depot. They backed the mayor, who said on Monday that "
        "talks would resume.",
    ],
)
def test_a_kept_pronoun_takes_no_date_of_a_background_or_another_clause(body: str) -> None:
    got = starts_and_titles(body)
    assert not [t for _, t in got if t.split()[0] in ("They", "It")], got
