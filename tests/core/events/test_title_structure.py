"""A title that fuses two clauses or stops inside a phrase gives way to its clause as written
(``core.events.title_structure``); a title that reads as one clause stays as it was."""

from __future__ import annotations

import pytest

from core import lang
from core.events.extract import extract_events
from core.events.sentence_cuts import sentence_tokens
from core.events.title_structure import retold
from tests.core.events.articles import article, check_events

CASES = [
    # a relative's verb glued to the main clause's object: the relative as written
    (
        "The scheme needs backing from the water board, which will vote on it on June 9.",
        [
            ("title", "The scheme needs backing from the water board, which will vote on it"),
            ("no-title-with", "board will vote"),
            ("dated", "2022-06-09"),
        ],
    ),
    # a condition's subject and verb glued to the main clause's verb: the main clause
    (
        "The vote is set for May 2, and if the bill passes, the new fee would apply from "
        "July 2023 to every driver.",
        [
            ("title", "The new fee would apply from July 2023 to every driver"),
            ("no-title-with", "passes would"),
            ("has", "2023-07"),
        ],
    ),
    # an order's object with no infinitive: what they were ordered to do
    (
        "Police ordered all 40 guests of the lakeside hotel at Vellmar to leave their rooms "
        "on Sunday after a gas leak.",
        [
            (
                "title",
                "Police ordered all 40 guests of the lakeside hotel at Vellmar to leave their rooms",
            ),
            ("not-title", "Police ordered all 40 guests of the lakeside hotel at Vellmar"),
        ],
    ),
    # a subject alone, its aside and verb left out: the subject with its verb
    (
        "On Monday, the surviving crew chief, Lena Holt, now 68, returned to the old hangar "
        "for a ceremony with her family.",
        [
            ("title", "The surviving crew chief, Lena Holt, now 68, returned to the old hangar"),
            ("not-title", "The surviving crew chief"),
            ("dated", "2022-01-31"),
        ],
    ),
    # "they" whose noun is the teller's right before it: the teller's clause
    (
        'The Lindqvists said they would hold a second party for neighbours in the autumn, "with '
        'no speeches at all".',
        [
            ("title", "The Lindqvists said they would hold a second party for neighbours"),
            ("no-title-ending", "They would hold a second party for neighbours"),
        ],
    ),
    # a share cut before its "of": the phrase it needs, as written
    (
        "The volunteers spent the rest of 2019 restoring the old signal box, and opened it to "
        "visitors in May 2020.",
        [
            ("title", "The volunteers spent the rest of 2019 restoring the old signal box"),
            ("not-title", "The volunteers spent the rest"),
        ],
    ),
    # a count of days cut before what it counts from
    (
        "Swimmers were kept out of the lido on June 3; health officials said last week that the "
        "lido would stay shut until 14 days after the last infection.",
        [
            (
                "title",
                "Health officials said the lido would stay shut until 14 days after the last "
                "infection",
            ),
            ("no-title-ending", "until 14 days"),
        ],
    ),
    # titles that read as one clause stay as they were
    (
        "The library, which opened in 1931, will close on May 3.",
        [("title", "The library will close")],
    ),
    (
        "The ferry firm said it would cut two sailings from March 1.",
        [("title", "The ferry firm would cut two sailings")],
    ),
    (
        "Once the bypass opens, a new bus route will start on May 20, with buses every ten minutes.",
        [("title", "A new bus route will start")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_title_reads_as_one_clause(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body)), checks)


KEPT = [
    # an aside between the subject and its verb is no second clause
    (
        "The harbour tug, built in Turku, was sold",
        "The harbour tug, built in Turku, was sold in May.",
    ),
    # nor a list the title cut to its first item
    (
        "Staff found ticket records had been wiped",
        "Staff found that ticket records, seat plans and the payroll had been wiped on Friday.",
    ),
    # a particle is no dangling preposition
    ("Bo Tran took over", "Bo Tran took over in March."),
    # nor is "to" an infinitive the title already holds
    (
        "The mill was forced to lay off six staff",
        "The mill was forced to lay off six staff to save money.",
    ),
]


@pytest.mark.parametrize(("title", "sentence"), KEPT)
def test_whole_title_is_kept(title: str, sentence: str) -> None:
    c = lang.words("en", "clauses")
    tokens = sentence_tokens(sentence, 0, len(sentence))
    assert retold(title, tokens, sentence, c) == ""
