"""A deictic expression closing a second verb phrase after "and" counts from publication
(session 20, helper SECOND), in sentences of our own: "pleaded guilty in May 2021 and
testified last week" — the testimony is last week's, not a week before May 2021. Words said
on a story's date still count from it ("On May 2, 1999, he said … next year")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect

NEWS = date(2022, 9, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Ida Fell admitted arson in May 2021 and gave evidence against her cousin last week.",
            [("May 2021", "2021-05"), ("last week", "2022-W36")],
        ),
        (
            "The firm was founded in March 2010 and moved its offices to Leeds last year.",
            [("March 2010", "2010-03"), ("last year", "2021")],
        ),
        # a verb of saying after "and": the words said count from the day they were said
        (
            "On May 2, 1999, the mayor resigned and said an election would come next year.",
            [("May 2, 1999", "1999-05-02"), ("next year", "2000")],
        ),
        (
            "On May 2, 1999, the mayor said an election would come next year.",
            [("May 2, 1999", "1999-05-02"), ("next year", "2000")],
        ),
    ],
)
def test_second_verb_phrase_counts_from_publication(text: str, pairs: list) -> None:
    expect(text, *pairs, dct=NEWS)
