"""English news read for recall and wrong dates (session 36): a second clause after "and" on
a bare noun subject cut from a title, one bare weekday throughout a story told for the next
day, a degree word before a fronted phrase's opener. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


def _events(text: str, published: str):
    return events_of(text, "en", published + "T12:00")


# a "when" clause whose title would fuse a second clause opened by a bare noun and its
# auxiliary ("… were detained and riot officers were ordered …"): too long whole, cut before
# "and"; and a fused pair a short title kept is cut too, each clause titled alone
SECOND_CLAUSE = [
    ("Unlike Wednesday, when three shop owners and 52 other people were detained and riot "
     "officers were ordered to use water cannon to clear the harbour road, marchers in "
     "Corvale were quiet Thursday.", "2021-06-10",
     [("title", "Three shop owners and 52 other people were detained", "2021-06-09")]),
    ("The dam burst in April 1961, when the levee gave way and cattle were swept into the "
     "valley.", "2021-06-10",
     [("title", "The levee gave way", "1961-04"), ("title", "The dam burst", "1961-04"),
      ("no-title", "cattle were swept")]),
    # a verb and its pronoun object open no clause ("and say it will …": the subject's own)
    ("Curators at the town museum have been cleaning the bell since January and say it will "
     "ring again in May.", "2021-03-10", [("no-title", "Say it will"), ("has", "2021-05")]),
    # a noun with an adjective's reading opens no clause ("and then were …" is no subject)
    ("Fishers in Pelmar protested on Tuesday, when nets were seized and dozens were fined.",
     "2021-06-10", [("has", "2021-06-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "checks"), SECOND_CLAUSE)
def test_a_second_clause_on_a_bare_noun_is_cut_from_the_title(
    text: str, published: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(_events(text, published), checks)


# a bare weekday told in the past, six days back by its tense, when the article names the
# same weekday as the next day too: one day throughout, the next (Wednesday 8 March 2023)
SAME_WEEKDAY = [
    ("Trade envoy Mira Olsen flew Thursday to Lisbon for talks on cork tariffs. Her first "
     "meeting Thursday morning is scheduled with the Portuguese economy minister.",
     [("title", "Olsen flew to Lisbon for talks on cork tariffs", "2023-03-09"),
      ("not", "2023-03-02")]),
    # no second naming as the next day: the Thursday gone by, as before
    ("Trade envoy Mira Olsen flew Thursday to Lisbon for talks on cork tariffs. She will "
     "meet the economy minister next week.",
     [("title", "Olsen flew to Lisbon for talks on cork tariffs", "2023-03-02")]),
    # another weekday ahead moves nothing
    ("Trade envoy Mira Olsen flew Thursday to Lisbon for talks on cork tariffs. She will "
     "meet the economy minister on Friday.",
     [("title", "Olsen flew to Lisbon for talks on cork tariffs", "2023-03-02"),
      ("has", "2023-03-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "checks"), SAME_WEEKDAY)
def test_one_weekday_in_a_story_told_for_the_next_day(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(_events(text, "2023-03-08"), checks)


# a word of how near or far before the fronted phrase's opener ("Just ahead of …"): the
# phrase is no subject, the clause's own subject follows its comma (Wednesday 8 March 2023)
FRONTED_DEGREE = [
    ("Shortly before the summit, the transport ministry on Monday issued a new road safety "
     "notice.",
     [("title", "The transport ministry issued a new road safety notice", "2023-03-06")]),
    ("Well ahead of the regatta, harbour officials closed the north pier on Monday.",
     [("title", "Harbour officials closed the north pier", "2023-03-06")]),
    ("Just ahead of the envoy's visit, the consulate on Monday issued a fresh notice to "
     "travellers in the wake of the Feb. 27 floods in Varnal.",
     [("title", "The consulate issued a fresh notice to travellers", "2023-03-06"),
      ("no-title", "ahead of")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "checks"), FRONTED_DEGREE)
def test_a_degree_word_before_a_fronted_phrase(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(text, "2023-03-08"), checks)
