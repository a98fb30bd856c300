"""A clause a verb of showing or estimating reports keeps its verb in the title, when a date
stands between its subject and its verb ("The survey showed sales [in May] rose 3 pct") or
the title is cut for length ("estimated total lending by its banks grew …"): a title that
ends on the reported clause's subject says half. Our own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    ("date between", "The survey showed sales of bicycles in May rose 3 pct.",
     [("title", "The survey showed sales of bicycles rose 3 pct", "2024-05")]),
    ("date phrase between", "Figures from the Dalmer office showed Ostrian trade for 2023 fell "
     "to 30 billion crowns from 32 billion.",
     [("title", "showed Ostrian trade fell to 30 billion crowns", "2023")]),
    ("estimated", "The Bank of Ostria estimated total lending by its member banks grew 3.8 pct "
     "in 2023 against a 12 pct rise in deposits.",
     [("title", "lending by its member banks grew 3.8 pct", "2023"),
      ("no-title-ending", "total lending")]),
    # a figure put on a thing is no clause: the estimate keeps its object
    # "estimated at" puts a figure on the thing after it: no clause reported
    ("estimate at first", "Lena Brask estimated at at least 40 mln dlrs the overall loss in "
     "revenues earned by Ostria from all its timber exports this year.",
     [("title", "Lena Brask estimated at at least 40 mln dlrs the overall loss")]),
    ("estimate at", "The Ostrian board estimated the wheat crop in 2023 at 5 mln tonnes.",
     [("no-title-ending", "crop")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_reported_clause_keeps_its_verb(name, body, checks):
    check_events(extract_events(article(body, "2024-06-12T15:00")), checks)
