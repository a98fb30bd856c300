"""Titles a reader can parse (#14, task TITLES), each class in sentences of our own: a role's
organisation before "of" goes with the role ("Bank of [Norway Governor] Ida Lund" is not "Bank
of Lund"), a telling keeps what was told, not only whom ("told a meeting of the board"), and an
infinitive keeps its object past a bare date ("to name [next week] the payment date"), and a
figure given twice may lose its second measure ("a loss of 47.8 mln euros [or 1.12 euros a share]").

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-10"
CASES = [
    # the organisation a role belongs to goes with the role
    ("role-owner", "en", "Bank of Norway Governor Ida Lund said on Tuesday that the krone would stay weak.", [("title", "Lund said the krone would stay weak", "2021-06-08"), ("no-title-with", "Bank of Lund")]),
    ("role-owner-article", "en", "The Bank of Norway governor Ida Lund will visit Oslo next week.", [("title", "Lund will visit Oslo", "2021-W24")]),
    ("role-owner-object", "en", "The mayor met Bank of Norway governor Ida Lund on Monday.", [("title", "The mayor met Lund", "2021-06-07")]),
    # ... a role's own "of" stays as before: "Secretary of State"
    ("role-own-of", "en", "Secretary of State Dana Moor will visit Oslo next week.", [("title", "Moor will visit Oslo", "2021-W24")]),
    # a telling keeps what was told, the audience whole when a title a little long holds it
    ("told-meeting", "en", "Helen Marsh told a meeting of the harbour board yesterday that the new pier would open in June.", [("title", "Helen Marsh told a meeting of the harbour board the new pier would open", "2021-06-09")]),
    ("told-seminar", "en", "Helen Marsh told a seminar of fishermen in the coastal town of Brixham on Tuesday that the catch had fallen.", [("title", "Helen Marsh told a seminar the catch had fallen", "2021-06-08")]),
    ("notified", "en", "The lenders earlier this week notified the council that they had sold the debt.", [("title", "The lenders notified the council they had sold the debt", "2021-W23")]),
    # ... a short audience whole
    ("told-short", "en", "The minister told the board on Monday that the pier would open.", [("title", "The minister told the board the pier would open", "2021-06-07")]),
    # a bare date between an infinitive and its object: the object stays, the date goes
    ("infinitive-bare-date", "en", "Harlow Mills expects to name next week the payment date for its bonus.", [("title", "Harlow Mills expects to name the payment date", "2021-W24")]),
    ("infinitive-hedged-figure", "en", "Harlow Mills plans to sell later this month about 25 mln dlrs of debentures.", [("title", "Harlow Mills plans to sell about 25 mln dlrs of debentures", "2021-06")]),
    # a long title may end before the "or" that gives its figure again in another measure
    ("second-measure", "en", "Harlow Mills Financial Group posted a net loss of 47.8 mln dlrs or 1.12 dlrs per share for the first nine months of 2020.", [("title", "Harlow Mills Financial Group posted a net loss of 47.8 mln dlrs", "2020")]),
    # ... not when the figures stand before their noun
    ("second-measure-before-noun", "en", "Harlow Mills Savings Bank said it will book a 318,000 dlr or 31 ct per share charge against its reserve in July.", [("title", "Harlow Mills Savings Bank will book a 318,000 dlr or 31 ct per share charge")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
