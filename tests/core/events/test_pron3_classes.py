"""Who "he" or "she" stands for in a title (session 17, PRON3): a number of people is no one
"he" stands for, nor is "it" the "he" that opens a sentence, nor a plural noun or a name only
ever written after "the". Articles of our own, each checked for the title a
reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (  # a count spelt out with a hyphen opening a sentence or a quote is nobody's name
        "Mara Lind runs the bakery. Twenty-five families left the village in May. "
        '"Fifty-odd years, you would hope they stay," she says. In 2019 she opened a second '
        "shop.",
        [
            ("title", "Lind opened a second shop", "2019"),
            ("no-title", "Twenty-five opened"),
            ("no-title", "Fifty-odd opened"),
        ],
    ),
    (  # a number of people is no one "he" stands for
        "Twenty investors wrote to the judge. Four spoke in court on Monday, among them "
        "Nora Vance, who said her husband saved the money before he died in 2015.",
        [("no-title", "Four died")],
    ),
]


IT_CASES = [
    (  # "it" in a clause after "He told reporters": the bill, never him
        "Senator Paul Dorn spoke in Boise. He told reporters the bill would pass when it "
        "comes up for a vote on Friday.",
        [("no-title", "Dorn comes up"), ("no-title-with", "Paul Dorn comes")],
    ),
    (  # "its" after "He also said": the airline's year, not his
        "Analyst Tom Reyes rates the shares a buy. He also said results could mislead "
        "investors because its fiscal year begins in April.",
        [("no-title-with", "Reyes's fiscal year")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), IT_CASES)
def test_it_is_never_the_he_that_opens_the_sentence(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_number_of_people_is_no_one_he_stands_for(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


NO_ONE_CASES = [
    (  # a plural noun taken for a name is no one "he" stands for
        "Tom Hale, an architect, has died aged 91.\n\n"
        "Tom Hale was born in Leeds in 1926. After two years with the Royal Engineers, he "
        "trained at night and qualified in 1953.",
        [("no-title", "Engineers qualified"), ("title", "Hale qualified", "1953")],
    ),
    (  # a name only ever written after "the" is no one's
        "Edna Ruiz, a ferry captain, has died aged 88.\n\n"
        "Edna Ruiz was born in Cork in 1933. After ten years on the Harbour Glory Line's "
        "ferries, she earned her master's ticket in 1961.",
        [("no-title", "Line earned"), ("title", "Ruiz earned her master's ticket", "1961")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), NO_ONE_CASES)
def test_no_plural_noun_or_name_after_the_is_he_or_she(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)
