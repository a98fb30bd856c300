"""A relative after the noun a copula names holds its own happening: "The first patient was a
nine-year-old girl who fell ill on November 2" tells that the girl fell ill then. After any
other verb the main clause is the news ("rescued two hikers who were stranded at noon").
Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        ("The first patient was a nine-year-old girl who fell ill on November 2 after a "
         "school trip.",
         [("title", "A nine-year-old girl fell ill", "2021-11-02")]),
        ("Lifeguards say they rescued two hikers who were stranded by the tide near Oxwich "
         "at about 11:20 this morning.",
         [("no-title", "hikers were stranded")]),
    ],
)  # fmt: skip
def test_a_relative_after_a_copula_noun(body, checks):
    check_events(events_of(body, "en", "2022-02-04"), checks)
