"""Whom a "they" later in a sentence stands for (session 20, PRON): the main subject only
when it can be many — a plural, two joined, a number of people, a group or body — never one
thing or one speaker ("The high point … when they sang", "The spokesman said they …"); then
"they" stays as written in the clause right after the main one, and gives no title deeper in.
Articles of our own, each checked for the title a reader sees."""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles

CASES = [
    (  # one thing cannot be "they": the pronoun as written, not "The high point sang"
        "The Glenmara choir was founded in 1994. The best moment came in 2008, when they sang "
        "at the Usher Hall.",
        ("2008", "They sang at the Usher Hall"),
        "The best moment sang",
    ),
    (  # one speaker for many: the dockers walk out, not their spokesman
        "The spokesman for the dockers said they would walk out again on Monday.",
        ("2022-02-07", "They would walk out again"),
        "The spokesman for the dockers would",
    ),
    (  # deeper in the sentence another clause's subject may be meant: no title
        "A war communique said three brigades attacked the port, but they were beaten back "
        "by noon on Tuesday.",
        None,
        "communique were",
    ),
    (  # a body that takes a plural is "they"
        "Police said they arrested two men in Leeds on Wednesday.",
        ("2022-02-02", "Police arrested two men in Leeds"),
        "They arrested",
    ),
    (  # a share of many people is many
        "Some 40 pct of the store managers said they would raise prices in March.",
        ("2022-03", "Some 40 pct of the store managers would raise prices"),
        "They would raise",
    ),
    (  # a plural people's name is many
        "The Uruguayans agreed to sell part of the cargo, and they will ship it on March 3.",
        ("2022-03-03", "The Uruguayans will ship it"),
        "They will ship",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "unwanted"), CASES)
def test_a_later_they_stands_for_the_main_subject_only_when_it_can_be_many(
    body: str, wanted: tuple[str, str] | None, unwanted: str
) -> None:
    got = starts_and_titles(body)
    if wanted is not None:
        assert wanted in got, got
    assert not [t for _, t in got if unwanted in t], got
