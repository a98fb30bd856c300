"""Titles whose subject is the actor (session 24, SUBJ, issue 14): a pronoun after a later
clause of saying stands for its speaker, a place before "where" for no one, a subject after a
fronted time keeps its noun past an aside, a live entry's time zone is no word of the title,
and a pronoun no name is sure for stays as written. Articles of our own, each checked for the
title a reader sees."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

CASES = [
    (  # "it" after a later "announced": the company, not the main clause's strike
        "The dispute started in July, when the hospital announced it would switch to a new shift "
        "pattern from January.",
        ("2022-01", "The hospital would switch to a new shift pattern"),
        "The dispute would switch",
    ),
    (  # "they" after "and … said": the officials in Nassau, not the government
        "The government of Cuba shut its ports on Friday, and officials in Nassau said they "
        "expected gales overnight into Saturday.",
        ("2022-02-03TNI", "Officials in Nassau expected gales"),
        "The government of Cuba expected",
    ),
    (  # "it" after "and … said": the charity that said it, not the first one named
        "The Blue Cross launched an appeal on Thursday, and the Harvest Trust said it had "
        "moved grain to depots in Kasama early on Friday.",
        ("2022-02-04", "The Harvest Trust had moved grain to depots in Kasama"),
        "The Blue Cross had moved",
    ),
    (  # a name before "where" is a place: "she" is the woman, not the town
        "Marta Ilves was born in 1968. On Tuesday she travelled to Tromso, where she will lecture "
        "at a workshop on sea ice on June 8.",
        ("2022-06-08", "Marta Ilves will lecture at a workshop on sea ice"),
        "Tromso will lecture",
    ),
    (  # after a fronted time the subject is the noun, its adjective's aside cut
        "Snow melted all week. By dawn the lake, dry a month earlier, was rising by an inch a "
        "minute.",
        ("2022-01", "The lake was rising by an inch a minute"),
        "Dry was rising",
    ),
    (  # a live entry's time zone, on its line after the clock time, opens no title
        "Updates follow.\n\n2:15 p.m. EDT\nThe county opened nine shelters on Tuesday night.",
        ("2022-02-01TNI", "The county opened nine shelters"),
        "EDT The county",
    ),
    (  # "she" in a "that" clause on a noun: not the scheme the sentence is about
        "Bank records show the fraud lasted from 2009 to 2013 through Ferro Partners, a tiny "
        "agency that she set up in 1997.",
        ("1997", "She set up"),
        "The fraud set up",
    ),
    (  # "it" for one the article showed to be a person: as written, not her name
        "Dr Ines Varga led the study. Varga said she was pleased. Varga said the panel would "
        "weigh the results when it meets in September.",
        ("2022-09", "It meets"),
        "Varga meets",
    ),
    (  # a speaker told of one thing: "It" may be either, so it stays as written
        "The weather bureau said the storm was 400 km east of Darwin at noon. It formed near "
        "Timor on Monday and has deepened since.",
        ("2022-01-31", "It formed near Timor"),
        "bureau formed",
    ),
    (  # a place name that only describes a noun is no one a later "he" stands for; the noun
        # is (session 25, PRON2)
        "A man was charged over a string of shop raids.\n\nThe Kilbride man was arrested at "
        "a flat in Dunmore early yesterday.\n\nHe appeared in court last night charged "
        "with nine offences.",
        ("2022-02-03TNI", "The Kilbride man appeared in court"),
        "Kilbride appeared",
    ),
    (  # "it" after a spokesman's "said" is what he spoke of, not the spokesman
        "The talks were kept quiet, although the Treasury spokesman said it had been "
        "arranged last week.",
        None,
        "spokesman had been arranged",
    ),
    (  # a subject cut by commas before the verb of saying is not sure: no such speaker
        "Norda plans to buy back shares. While it has no date to reach that goal, so far this "
        "year, Norda said it bought 50,000 shares a month.",
        None,
        "Goal said",
    ),
    (  # a longer phrase told of by the speaker leaves the speaker the "it" after
        "Lomax Corp said it expects a loss. The firm said the present quarter figures will "
        "include charges. It reported net income of 2 mln dlrs in the 1986 first quarter.",
        ("1986-Q1", "Lomax Corp reported net income of 2 mln dlrs"),
        "It reported",
    ),
    (  # "that" after a preposition and before a noun is its determiner, no relative
        "Repairs on that bridge halted on November 9 and have not resumed.",
        ("2021-11-09", "Repairs on that bridge halted and have not resumed"),
        "Bridge halted",
    ),
    (  # … so the subject keeps its head noun
        "Ostmark said the first grants under that scheme would be paid in July.",
        ("2022-07", "The first grants under that scheme would be paid"),
        "Scheme would be paid",
    ),
    (  # a subject after ", and" that a relative cuts off is its own, not the object before
        "The old tram lost signal for a day in April, and the company, which has served the "
        "line since 2003, was penalised in August for neglecting to disclose a fault.",
        ("2021-08", "The company was penalised for neglecting to disclose a fault"),
        "Signal for a day was penalised",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "unwanted"), CASES)
def test_a_title_pins_the_act_on_its_actor_or_keeps_the_pronoun(
    body: str, wanted: tuple[str, str] | None, unwanted: str
) -> None:
    got = starts_and_titles(body)
    if wanted is not None:
        assert wanted in got, got
    assert not [t for _, t in got if unwanted in t], got
