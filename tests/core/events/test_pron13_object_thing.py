"""A sentence-opening "it" after a sentence about a person (session 24, PRONIT): "it" is no
person, so it stands for the one thing that sentence names, and the title says so in the
article's words ("The town library opened"); when the sentence names more than one thing, or
a place or a firm beside it, the pronoun stays as written, never a guessed referent. Articles
of our own. Published Friday 4 February 2022."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

RESOLVED = [
    (  # a fronted time, "she" the subject, one thing built
        "In 1961 she designed the new swimming pool. It opened in 1963.",
        ("1963", "The new swimming pool opened"),
    ),
    (  # a participle before the noun, a name after it: the phrase up to the preposition
        "Two years later he finished the covered bus station at Wrexley. It was demolished "
        "in 2004.",
        ("2004", "The covered bus station was demolished"),
    ),
    (  # a phrase after a comma and "a" describes the same thing: no second candidate
        "Ann Pryce bought the Corn Street bakery, a shop her father had run, in 1975. It "
        "closed in 1999.",
        ("1999", "The Corn Street bakery closed"),
    ),
    (  # a role for the person
        "The mayor opened a glass pavilion in 1934. It burned down in 1936.",
        ("1936", "A glass pavilion burned down"),
    ),
]


@pytest.mark.parametrize(("body", "wanted"), RESOLVED)
def test_it_after_a_person_stands_for_the_one_thing_named(
    body: str, wanted: tuple[str, str]
) -> None:
    assert wanted in starts_and_titles(body)


UNSURE = [
    # two things: the bank or the mill?
    "In 1950 he left the bank to run the paper mill. It closed in 1971.",
    # a place beside the thing: Leeds may be meant
    "She moved the workshop to Leeds in 1980. It was sold in 1992.",
    # a thing as subject: the council or the mill?
    "The council bought the old mill from a brewer. It was closed on Monday.",
    # a thing in the fronted phrase: the war or the house?
    "After the war she rebuilt the house. It was listed in 1998.",
    # "it" holding the place of what follows, or "be" alone: no thing
    "In 1961 she designed the new baths. It took two years to find the money.",
    "In 1961 she designed the new baths. It was a wet summer.",
    # a fair beside the pavilion: either may have burned
    "The architect completed a glass pavilion for the fair. It burned down in 1936.",
    # a thing that cannot speak
    "In 1961 she designed the new baths. It said in 1963 that it would open.",
]


@pytest.mark.parametrize("body", UNSURE)
def test_it_stays_as_written_when_no_one_thing_is_sure(body: str) -> None:
    got = starts_and_titles(body)
    wrong = ("The bank", "The paper mill", "The workshop", "The old mill", "The house",
             "The new baths", "The council", "A glass pavilion", "The fair")  # fmt: skip
    assert not [t for _, t in got if t.startswith(wrong)], got


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (  # a firm's name cut short to a word a dictionary knows, after its full name
            "Beacon Labs, a ten-person firm, won a contract from Harlow Transit Ltd on Monday.\n\n"
            "Beacon began in a garage in 2011. Its first customer signed up in 2012.",
            ("2012", "Beacon's first customer signed up"),
        ),
        (  # no firm of that name before: a word at a sentence's head, no name
            "Beacon fires were lit along the coast in 2011. Its smoke was seen in 2012.",
            ("2012", "Its smoke was seen"),
        ),
    ],
)
def test_its_after_a_firms_short_name_is_the_firms(body: str, wanted: tuple[str, str]) -> None:
    assert wanted in starts_and_titles(body)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (  # "its" opening a subject after a sentence about one thing: that thing's
            "The bridge, built in 1931, was closed for repairs in 2011. Its owner put it up "
            "for sale in 2015.",
            ("2015", "The bridge's owner put it up for sale"),
        ),
        (  # a second thing named: whose owner is not sure, as written
            "The bridge was closed after a lorry struck it in 2011. Its owner put it up for "
            "sale in 2015.",
            ("2015", "Its owner put it up for sale"),
        ),
    ],
)
def test_its_after_a_sentence_about_one_thing_is_that_things(
    body: str, wanted: tuple[str, str]
) -> None:
    assert wanted in starts_and_titles(body)


@pytest.mark.parametrize(
    ("body", "wanted", "wrong"),
    [
        (  # the name owns the subject: "it" is the money supply, not the country
            "Croatia's narrow money stock grew 0.9 pct in February from January, when it "
            "grew 1.7 pct, the bank said.",
            ("2022-01", "Croatia's narrow money stock grew 1.7 pct"),
            "Croatia grew",
        ),
        (  # the name owns the subject: the unit bought, not its parent
            "Fenwick Brace Inc's Canadian unit bought the publishers in 2021, when it bought "
            "Holt Press from Ames Corp.",
            ("2021", "Fenwick Brace Inc's Canadian unit bought Holt Press from Ames Corp"),
            "Fenwick Brace Inc bought",
        ),
        (  # the name is the subject: "it" is the name
            "Fenwick Brace Inc bought the publishers in 2021, when it bought Holt Press from "
            "Ames Corp.",
            ("2021", "Fenwick Brace Inc bought Holt Press from Ames Corp"),
            "It bought",
        ),
    ],
)
def test_it_in_a_clause_after_the_main_one_is_the_subjects_head_not_its_owner(
    body: str, wanted: tuple[str, str], wrong: str
) -> None:
    got = starts_and_titles(body)
    assert wanted in got
    assert not [t for _, t in got if t.startswith(wrong)], got
