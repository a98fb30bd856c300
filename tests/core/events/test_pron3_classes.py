"""Who "he" or "she" stands for in a title (session 17, PRON3): a person whose given name is
of the other sex is no one the pronoun can mean ("she" after "Professor Lars Nyberg"), and a
number of people is no one "he" stands for. Articles of our own, each checked for the title a
reader sees."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (  # a woman's obituary naming a male colleague between her name and "she"
        "Ingrid Solberg, a marine biologist, has died aged 90.\n\n"
        "Ingrid Solberg was born in Tromsø in 1931. Professor Lars Nyberg hired her to run "
        "the cod survey. In 1979 she became the first director of the Arctic Fish Station.",
        [("title", "Solberg became the first director", "1979")],
    ),
    (  # a man's profile naming a woman he worked for
        "Tomas Brandt, who builds harpsichords, is retiring.\n\n"
        "Tomas Brandt opened his workshop in 1984. His first client was Helen Marsh, "
        "a harpsichordist. In 1990 he moved the workshop to Leeds.",
        [("title", "Brandt moved the workshop to Leeds", "1990")],
    ),
    (  # a given name countries give to both sexes says nothing: the pronoun stays unsure
        "Karen Holt, a potter, has died aged 84.\n\n"
        "Karen Holt was born in Derby in 1938. She studied under Robin Keel. "
        "In 1970 she opened a studio in Whitby.",
        [("no-title", "Keel opened")],
    ),
    (  # a number of people is no one "he" stands for
        "Twenty investors wrote to the judge. Four spoke in court on Monday, among them "
        "Nora Vance, who said her husband saved the money before he died in 2015.",
        [("no-title", "Four died"), ("no-title", "Vance died")],
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
def test_he_or_she_agrees_with_the_given_name(body: str, checks: list[tuple[str, ...]]) -> None:
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
