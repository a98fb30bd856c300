"""A phrase or clause put before the main clause keeps its own date, and the main clause its own:
"After a meeting on Monday, the board approved the plan on Tuesday" is Tuesday's approval. Our own
sentences; checks as ``tests.core.events.articles.check_events`` reads them."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-05-10T09:00"  # a Friday: Monday the 6th, Tuesday the 7th

CASES = [
    # a verbless fronted phrase with its own date: the main clause's date is the happening's
    (
        "after-phrase",
        "en",
        "After a hearing on Monday, the panel cleared the coach on Tuesday.",
        [("title", "cleared", "2024-05-07"), ("not", "2024-05-06")],
    ),
    (
        "ahead-of-phrase",
        "en",
        "Ahead of the ballot on Thursday, the mayor met the unions on Monday.",
        [("title", "The mayor met", "2024-05-06")],
    ),
    (
        "phrase-alone-dates",
        "en",
        "After a trial in March, the jury found the pilot guilty.",
        [("title", "found", "2024-03")],
    ),
    (
        "tras-phrase",
        "es",
        "Tras una asamblea el lunes, la cooperativa aprobó las cuentas el martes.",
        [("title", "aprobó", "2024-05-07"), ("not", "2024-05-06")],
    ),
    (
        "apres-phrase",
        "fr",
        "Après une réunion lundi, le syndicat a signé l'accord mardi.",
        [("title", "signé", "2024-05-07"), ("not", "2024-05-06")],
    ),
    # a fronted subordinate clause: what follows its comma is the main clause, not an aside
    (
        "after-clause-then-main",
        "en",
        "After the lockout ended in March, the quarry reopened on Tuesday.",
        [("title", "ended", "2024-03"), ("title", "reopened", "2024-05-07")],
    ),
    # a relative clause closing the fronted phrase's noun ends at its comma
    (
        "relative-in-front",
        "en",
        "After a drought that began in March, rain fell on Tuesday.",
        [("title", "began", "2024-03"), ("title", "fell", "2024-05-07")],
    ),
    (
        "relative-in-following",
        "en",
        "Following a leak that was found in March, the depot closed on Tuesday.",
        [("title", "depot closed", "2024-05-07")],
    ),
    # a fronted "since" clause dates its own happening, not the running total after it
    (
        "since-clause",
        "en",
        "Since the bylaw changed in 2019, the town has fined 40 landlords.",
        [("title", "changed", "2019"), ("title-not", "fined", "2019")],
    ),
    # a participle aside after the subject is no saying with a clause after its day
    (
        "aside-participle-not-saying",
        "en",
        "The merger, announced last month, is expected to close in the third quarter.",
        [("title", "announced", "2024-04"), ("title", "expected to close", "2024-Q3")],
    ),
    (
        "saying-after-comma-aside-stays",
        "en",
        "The brewer, however, announced on Monday it would shut the plant.",
        [("title", "shut the plant", "2024-05-06")],
    ),
    # a relative aside's past verb does not set the main clause's tense
    (
        "relative-aside-tense",
        "en",
        "The governor, who took office in 2021, is seeking a second term in November.",
        [("title", "seeking", "2024-11"), ("not", "2023-11")],
    ),
    # a fronted perfect participle: its happening is the main subject's, in the past perfect
    (
        "having-participle",
        "en",
        "Having won the cup in 2019, the club were relegated two years later.",
        [("title", "The club had won the cup", "2019"), ("title", "relegated", "2021")],
    ),
    # "but" right after a date, then a past auxiliary: a second happening of the same subject
    (
        "but-was-after-date",
        "en",
        "Work on the pier began in 2019 but was halted in 2020.",
        [("title", "halted", "2020"), ("title", "began", "2019")],
    ),
    # an aside after a plain clause stays an aside
    (
        "aside-stays",
        "en",
        "In 1990 the council pulled down the Lido, a pool opened in 1932.",
        [("title", "pulled down", "1990"), ("not", "1932")],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "sentence", "checks"), CASES, ids=[c[0] for c in CASES]
)
def test_fronted_phrases_and_clauses_keep_their_own_dates(
    name: str, language: str, sentence: str, checks: list
) -> None:
    check_events(extract_events(article(sentence, PUBLISHED, language=language)), checks)
