"""A clause after a bare "and" that opens on a fronted date, with no comma ("… in May and last
winter the board rejected …"): a clause of its own on its own date
(``core.events.clause_edges.bare_join_clause``). Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    ("last-season", "The guild lifted its fee cap in May and last winter the board rejected "
     "a plan to merge the two halls.",
     [("title", "The guild lifted its fee cap", "2023-05"),
      ("title", "The board rejected a plan to merge the two halls", "2022-WI")]),
    ("name-after", "Lakemoor overturned the ruling in February and last autumn Parliament "
     "refused its request for more ferries.",
     [("title", "Parliament refused its request for more ferries", "2022-FA")]),
    ("pronoun-after", "The brewer sold the maltings in 2019 and last year it bought them back.",
     [("has", "2019"), ("has", "2022")]),
    ("this-month", "Haulage fees rose in March and this month the depot shut its gates.",
     [("title", "The depot shut its gates", "2023-06")]),
    # two dates of one clause stay one clause
    ("dates-listed", "Ticket sales peaked in March and last summer.", [("not", "2022-SU")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_clause_after_and_on_a_fronted_date_has_its_own_date(name, body, checks):
    check_events(extract_events(article(body, "2023-06-14T12:00")), checks)
