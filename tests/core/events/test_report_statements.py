"""Statements with a date of their own become events, saying what was said or who said it
(#14 part 2): a quotation that runs over several sentences before its attribution, a speaker
named with a role set off by commas, and a speaker who reports their own plan ("she would").

Every sentence is our own; the article is published on Friday 4 February 2022.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the quotation opens one sentence before the one its attribution closes
        ('"The ferry is our only road. Without it the island empties," harbour master Tomas Berg told reporters at the pier on Wednesday.',
         [("2022-02-02", "Tomas Berg: “The ferry is our only road. Without it the island…”")]),
        ("“The ferry is our only road. Without it the island empties,” Tomas Berg told reporters on Wednesday.",
         [("2022-02-02", "Tomas Berg: “The ferry is our only road. Without it the island…”")]),
        # the speaker's role, then the name set off by commas
        ("“We will not sell the mill,” the town's mayor, Lena Ortiz, said at a meeting on Tuesday.",
         [("2022-02-01", "Ortiz: “We will not sell the mill”")]),
        ("“We will not sell the mill,” Lena Ortiz, the mayor, said on Tuesday.",
         [("2022-02-01", "Lena Ortiz: “We will not sell the mill”")]),
    ],
)  # fmt: skip
def test_a_quotation_dated_by_its_attribution_is_the_speakers(body, expected):
    assert [e for e in starts_and_titles(body) if ":" in e[1]] == expected


@pytest.mark.parametrize(
    "body",
    [
        # the quotation closed a sentence before: the next sentence is a report of its own
        "“The ferry is our only road.” Tomas Berg said on Wednesday that the pier would be rebuilt.",
        # the date is in the speaker's name, not in the attribution
        "“We cannot wait any longer,” said Nordbank's May.",
    ],
)
def test_no_quotation_statement_from_elsewhere_in_the_text(body):
    assert not [e for e in starts_and_titles(body) if "“" in e[1]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reported clause's subject is the speaker, named in full before
        ("Councillor Tomas Berg said on Wednesday he would vote against the budget.",
         ("2022-02-02", "Councillor Tomas Berg said he would vote against the budget")),
        ("Councillor Tomas Berg, who chairs the finance committee, said on Wednesday that he would vote against the budget.",
         ("2022-02-02", "Councillor Tomas Berg said he would vote against the budget")),
    ],
)  # fmt: skip
def test_a_speaker_telling_their_own_plan_is_a_dated_statement(body, expected):
    assert expected in starts_and_titles(body)


def test_a_date_in_a_relative_clause_on_the_speaker_does_not_date_the_saying():
    body = (
        "Senator Lena Ortiz, who is seeking her party's 2024 nomination, "
        "said she would oppose the bill."
    )
    assert not [e for e in starts_and_titles(body) if e[0].startswith("2024")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a second verb phrase after "and", with no date of its own, on the same day
        ("The board approved the merger on Tuesday and rejected a rival offer from Halden.",
         [("2022-02-01", "The board approved the merger"),
          ("2022-02-01", "The board rejected a rival offer from Halden")]),
        ("Customs officers stopped a lorry on Monday and seized 40 kilos of cocaine.",
         [("2022-01-31", "Customs officers stopped a lorry"),
          ("2022-01-31", "Customs officers seized 40 kilos of cocaine")]),
        # a date of its own: its own day
        ("Customs officers stopped a lorry on Monday and searched it on Tuesday.",
         [("2022-01-31", "Customs officers stopped a lorry"),
          ("2022-02-01", "Customs officers searched a lorry")]),
        # a year is too wide to share: when the second happened is not told
        ("Tomas Berg joined the bank in 1990 and became its chairman.",
         [("1990", "Tomas Berg joined the bank")]),
        # a passive after "and" shares the day too
        ("The trawler ran aground on Sunday and was towed to Oban.",
         [("2022-01-30", "The trawler ran aground"), ("2022-01-30", "The trawler was towed to Oban")]),
        # the speaker's saying after "and" is no second happening on that day
        ("The club lost its appeal on Monday and said it would take the case further.",
         [("2022-01-31", "The club lost its appeal")]),
    ],
)  # fmt: skip
def test_a_second_verb_after_a_day_shares_it(body, expected):
    assert starts_and_titles(body) == expected


def test_a_deadline_is_no_day_for_a_second_verb():
    body = "The club agreed to sell the ground by June 30 and agreed to lease it back."
    assert not [e for e in starts_and_titles(body) if "lease" in e[1]]
