"""Stories told in the past (issue #14): each happening takes the time the story is telling
— a span counted on from the year just told ("two years later"), the month of "the following
year", a present perfect that brings the story back to now — and the person a profile's "she"
or "he" stands for, when the sentence before names someone else of the other sex or a piece's
characters share its pronouns."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.temporal.tagger import tag


def _events(text: str, pub: str) -> set[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", "en")
    return {(e.start, e.title) for e in extract_events(doc) if not e.undated}


@pytest.mark.parametrize(
    ("text", "pub", "event"),
    [
        (  # "later" after a span counts on from the year told, not from the story before it
            "Ida Brenner, sculptor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday. In March 1968 she showed her first bronzes. "
            "She left the academy in 1994 and was given the city's medal two years later.",
            "2020-05-04",
            ("1996", "Ida Brenner was given the city's medal"),
        ),
        (  # ", and two years later she moved": a clause of its own, on its own date
            "Ida Brenner, sculptor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday. In 1961 she won a place at the Vienna academy, "
            "a rare honour at the time, and three years later she moved to Paris.",
            "2020-05-04",
            ("1964", "Ida Brenner moved to Paris"),
        ),
        (
            "Ida Brenner, sculptor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday. In 1961 she won a place at the Vienna academy, "
            "a rare honour at the time, and three years later she moved to Paris.",
            "2020-05-04",
            ("1961", "Ida Brenner won a place at the Vienna academy"),
        ),
        (  # the month of "the following year", not of the year before it
            "Tom Hale, goalkeeper, dies at 80\n\nBy Ann Lee | 4 May 2020\n\n"
            "Tom Hale died on Sunday. He signed for the club in May 1958. "
            "He played his first match in October the following year.",
            "2020-05-04",
            ("1959-10", "Hale played his first match"),
        ),
        (  # "have since …": the story has come to the present; a later month is this year's
            "Canal works halted again\n\nBy Ann Lee | 10 November 2022\n\n"
            "Funding for the canal was agreed in 2018, and digging began in March 2019. "
            "Crews have since cleared four locks and rebuilt two bridges.\n\n"
            "In April a lock gate near Carlby failed after heavy rain.",
            "2022-11-10",
            ("2022-04", "A lock gate near Carlby failed"),
        ),
        (  # "two years later" after a year that only names a thing counts from the story
            "When the mill closed\n\nBy Ann Lee | 4 May 2020\n\n"
            "On March 3, 1998, managers told the crew the mill would shut under the terms of "
            "the 1991 contract. Two years later, the town's only bank closed.",
            "2020-05-04",
            ("2000", "The town's only bank closed"),
        ),
        (  # "In 1987 the police raided it, …": the year fronts the clause of its subject
            "The long life of the Red Door club\n\nBy Ann Lee | 4 May 2020\n\n"
            "The Red Door opened in a cellar in 1961. In 1987 the police raided it twice, "
            "looking for stolen goods they never found.",
            "2020-05-04",
            ("1987", "The police raided it twice"),
        ),
    ],
)
def test_story_dates(text: str, pub: str, event: tuple[str, str]) -> None:
    assert event in _events(text, pub)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (  # the sentence before names her son: "she" is still the piece's person
            "Ida Brenner, sculptor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday at her home in Linz. Her son, Karl Brenner, said she "
            "had worked until last month. She was born in Graz in 1932, the daughter of a "
            "baker.",
            ("1932", "Ida Brenner was born in Graz"),
        ),
        (  # "In 2009 she quit, moved …": the fronted year, then her clause
            "Ida Brenner, sculptor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday. She taught for years at a school that used tools "
            "like Dremel. In 2009 she quit, moved to the coast and opened a studio.",
            ("2009", "Ida Brenner quit"),
        ),
        (  # a club named with describing words before it is no one "he" stands for
            "Tom Hale, Carlby Town's goalkeeper, dies at 80\n\nBy Ann Lee | 4 May 2020\n\n"
            "Tom Hale, the keeper of the most famous Carlby Town side, has died aged 80. "
            "The club said that he died on Friday at a hospice in York.",
            ("2020-05-01", "Hale died at a hospice in York"),
        ),
        (  # the composer of a work she premiered is no one her "she" stands for; the month
            # after a span run on to a year near publication is the news's
            "Ida Brenner, conductor, dies at 88\n\nBy Paul Ames | 4 May 2020\n\n"
            "Ida Brenner died on Sunday. In 1979 she premiered a cello sonata by Hanna Lenz. "
            "She retired in 1998 and taught in Graz until 2017. Her last concert was in "
            "December, when she conducted a school orchestra.",
            ("2019-12", "Ida Brenner conducted a school orchestra"),
        ),
        (  # a review: "he" of the novel's hero, "she" of its author, the last person named
            "Review: The Glass Road, by Nora Vance\n\nBy Ann Lee | 4 May 2020\n\n"
            "Nora Vance's new novel follows a clerk who loses his job. He drifts. Vance "
            "writes with care; her sentences are plain and her dialogue is sharp. Her first "
            "book appeared in 2011. She moved to Oslo in 2014 and began the novel there.",
            ("2014", "Vance moved to Oslo"),
        ),
    ],
)
def test_the_person_a_pronoun_stands_for(text: str, event: tuple[str, str]) -> None:
    assert event in _events(text, "2020-05-04")


def test_a_run_until_a_date_lies_ahead() -> None:
    """ "The show runs at the Globe until January 9" in October: next January, and so is the
    month it moves on in."""
    text = "The show runs at the Globe until January 9 and moves to Leeds in March."
    assert [t.value for t in tag(text, date(2020, 10, 16))] == ["2021-01-09", "2021-03"]
