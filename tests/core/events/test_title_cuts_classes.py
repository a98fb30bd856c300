"""Titles that parse (#14 item 3, session 24, helper CUTS): lists, asides after a verb,
a hedged figure, a clause's link and a broken infinitive, told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.titles import headline
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-06-10T12:00"
CASES = [
    # a phrase between commas right after the verb goes; the object stays
    (
        "aside-after-verb",
        "Foreign insurers sold, on balance, a record 5 billion crowns of Danish notes in"
        " May, the central bank said.",
        [("title", "Foreign insurers sold a record 5 billion crowns of Danish notes")],
    ),
    (
        "aside-after-verb-date",
        "The new smelter will employ, from next March, 250 workers.",
        [("title", "The new smelter will employ 250 workers")],
    ),
    # a list of names or figures stays whole
    (
        "list-of-names",
        "The pension fund bought Northgate, Ravenmoor and Tillbury shares on Tuesday.",
        [("title", "The pension fund bought Northgate, Ravenmoor and Tillbury shares")],
    ),
    (
        "list-of-four",
        "The group sold a mill, two barges, a depot and four trucks in March.",
        [("title", "The group sold a mill, two barges, a depot and four trucks")],
    ),
    # too long whole, the list's first item rather than no title
    (
        "list-first-item",
        "From June 22, every tram and ferry gate in the region will accept contactless Visa,"
        " Mastercard and phone wallets.",
        [("title", "will accept contactless Visa", "1987-06-22")],
    ),
    # an appositive's commas are no list's
    (
        "appositive-name",
        "The fire chief, Lena Moss, retired on Monday.",
        [("no-title-with", ", Moss")],
    ),
    # "so" goes with the clause it opens
    (
        "so-that",
        "The council rewrote the parking rules in the spring of 1985 so that only residents"
        " could park there.",
        [("no-title-ending", "so")],
    ),
    # "to", then another clause's "as": the infinitive's verb went with a date
    (
        "to-as",
        "Snow is forecast to spread across the northern hills on Friday and Saturday as the"
        " front moves east.",
        [("no-title-with", "to as")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_title_cuts(name: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # a hedged figure is what the verb takes: no cut before "about"
        (
            "Harlan",
            "believes earnings for the unit will total about two billion dlrs in the second half",
            "Harlan believes earnings for the unit will total about two billion dlrs",
        ),
        # "has taken | on …": a verb that takes an object does not end a title
        (
            "The spring meeting of the nine-nation council",
            "has taken on added weight in view of the troubles of the region",
            "The spring meeting of the nine-nation council has taken on added weight",
        ),
        # "did so" keeps its "so"
        ("The bank", "did so", "The bank did so"),
    ],
)
def test_title_cuts_headline(subject: str, predicate: str, title: str) -> None:
    assert headline(subject, predicate) == title
