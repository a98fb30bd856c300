"""English titles opening on "it"/"its" after a sentence whose subject is one thing a name
only qualifies ("The Nikkon index", "The Orlan government") or one company followed by its
code in angle brackets ("Tavers Co Ltd <TAVR.T>"): the title takes that subject. Where the
sentence before offers another candidate (a second company, a thing it acted on), "It" stays
as written. Articles of our own, published Monday 2 March 1987."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

_PUBLISHED = "1987-03-02T12:00"

RESOLVED = [
    (  # a name tagged as a person, between the article and the noun, only qualifies it
        "The Nikkon index fell sharply on Monday. It dropped to 3,104 points on March 1.",
        ("1987-03-01", "The Nikkon index dropped to 3,104 points"),
    ),
    (  # "its" takes the same subject as owner
        "The Orlan government raised taxes on Friday. Its offer was rejected on March 1.",
        ("1987-03-01", "The Orlan government's offer was rejected"),
    ),
    (  # a company's own code after its name is no second company
        "Tavers Co Ltd <TAVR.T> said it will open a Danish unit in May. Its Irish unit "
        "will also build a plant in June 1987.",
        ("1987-06", "Tavers Co Ltd's Irish unit will build a plant"),
    ),
    (
        "Tavers Co Ltd <TAVR.T> said it will open a Danish unit in May. It will also "
        "build a plant in June 1987.",
        ("1987-06", "Tavers Co Ltd will build a plant"),
    ),
    (  # the bracket kept escaped, as wire files may give it
        "Tavers Co Ltd &lt;TAVR.T> said it will open a Danish unit in May. It will also "
        "build a plant in June 1987.",
        ("1987-06", "Tavers Co Ltd will build a plant"),
    ),
    (  # the sentence before already called its lone name "it": a body, not a person
        "Dalvor, the region's biggest zinc miner, said it had been hurt by low zinc "
        "prices. It posted a deficit of 12 mln dlrs in 1986.",
        ("1986", "Dalvor posted a deficit of 12 mln dlrs"),
    ),
]

KEPT = [
    (  # what was said names a second body
        "Dalvor said Kemco had been hurt by low zinc prices. It posted a deficit of "
        "12 mln dlrs in 1986.",
        ("1986", "It posted a deficit of 12 mln dlrs"),
    ),
    (  # two companies, each with its code: which one's unit?
        "Tavers Co Ltd <TAVR.T> bought Elwin Corp <ELW> on Friday. Its Irish unit will "
        "also build a plant in June 1987.",
        ("1987-06", "Its Irish unit will build a plant"),
    ),
    (  # the franc or the dollar?
        "The Varnish franc weakened against the dollar on Friday. It dropped to 3.104 marks "
        "on March 1.",
        ("1987-03-01", "It dropped to 3.104 marks"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), RESOLVED + KEPT)
def test_it_after_a_named_thing(body: str, expected: tuple[str, str]) -> None:
    assert expected in starts_and_titles(body, _PUBLISHED)
