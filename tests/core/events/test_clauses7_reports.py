"""Reports with a named speaker and a day of their own but no "that" and no "on" (#14):
"said yesterday he was confident", "said Tuesday they were weighing" date the saying and are
told as one ("X said …"); a day after a participle ("the forecast given yesterday and …") opens
no report.

Every sentence is our own; the article is published on Friday 4 February 2022.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Harbour master Tomas Berg said yesterday he was sure of a majority.",
         ("2022-02-03", "Harbour master Tomas Berg said he was sure of a majority")),
        ("The dockers' union said Tuesday they were weighing a strike ballot for next year.",
         ("2022-02-01", "The dockers' union said they were weighing a strike ballot")),
        ("Mayor Lena Ortiz said today the ferry pier would stay shut.",
         ("2022-02-04", "Ortiz said the ferry pier would stay shut")),
        # with "on", as before
        ("Mayor Lena Ortiz said on Wednesday the ferry pier would stay shut.",
         ("2022-02-02", "Ortiz said the ferry pier would stay shut")),
    ],
)  # fmt: skip
def test_a_report_after_a_bare_day_is_the_speakers_on_that_day(body, expected):
    assert expected in starts_and_titles(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reported clause too long to tell as a saying: its news, on the saying's day
        ("Norway's Minister of Fisheries and Coastal Affairs Lind said today the fleet faces the choice of either keeping present catches at 15.8 tonnes or cutting them.",
         ("2022-02-04", "The fleet faces the choice of either keeping present catches")),
    ],
)  # fmt: skip
def test_the_news_of_a_bare_day_report(body, expected):
    assert starts_and_titles(body) == [expected]


def test_a_reported_clause_with_its_own_date_keeps_it():
    body = "Mayor Lena Ortiz said yesterday the new ferry would sail to the island on February 20."
    assert starts_and_titles(body) == [
        ("2022-02-03", "Ortiz said the new ferry would sail to the island"),
        ("2022-02-20", "The new ferry would sail to the island"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a participle's day, not a saying's: "given yesterday | and …" opens no report
        "He said first-quarter sales will beat the forecast given yesterday and reach a record.",
        "The rise in rates announced yesterday and the weaker pound did not worry the board.",
    ],
)
def test_a_participles_day_opens_no_report(body):
    assert [e for e in starts_and_titles(body) if e[0] == "2022-02-03"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "it" is a whole word: not the "it" inside "Pettit" or "Outfitters"
        ("Pettit Outfitters said on Thursday that it sold its Leeds store.",
         ("2022-02-03", "Pettit Outfitters said it sold its Leeds store")),
        # the speaker's own pronoun, however long the speaker's name
        ("The Lower Dale Rowing Association said Wednesday it would ask for a new slipway.",
         ("2022-02-02", "The Lower Dale Rowing Association said it would ask for a new slipway")),
        # the speaker's own thing, told with its pronoun, not as "Norway's"
        ("Norway said yesterday its navy had towed the trawler to port.",
         ("2022-02-03", "Norway said its navy had towed the trawler to port")),
    ],
)  # fmt: skip
def test_the_speakers_own_pronoun_is_told_as_written(body, expected):
    assert starts_and_titles(body) == [expected]
