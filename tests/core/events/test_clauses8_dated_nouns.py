"""A happening noun in an object or a complement with its date right after it ("agreed to
hold a public hearing on the plan on March 9", "subject to approval at the annual general
meeting on March 15", "a special meeting scheduled for March 1") is that happening, on its
date, titled by the noun phrase; the clause's own event stays. A phrase pointing back ("on
that idea") is left out of the title; an aim ("a target launch in 2023") is no happening.

Every sentence is our own; the article is published on Friday 4 February 2022.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The council voted to hold a public hearing on that scheme on March 9.",
         ("2022-03-09", "The council voted to hold a public hearing on that scheme")),
        ("The board agreed on Monday to hold a public hearing on fare increases on March 9.",
         ("2022-03-09", "Public hearing on fare increases")),
        ("A final payout of 7 pence will be made on March 30, subject to a vote at the annual general meeting on March 15.",
         ("2022-03-15", "Annual general meeting")),
        ("A dissident shareholder nominated two directors last week, setting up a contest at the special meeting scheduled for March 1.",
         ("2022-03-01", "Special meeting")),
    ],
)  # fmt: skip
def test_a_noun_with_its_date_after_it_is_a_happening_of_that_date(body, expected):
    assert expected in starts_and_titles(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A final payout of 7 pence will be made on March 30, subject to a vote at the annual general meeting on March 15.",
         ("2022-03-30", "A final payout of 7 pence will be made")),
        ("The board agreed on Monday to hold a public hearing on fare increases on March 9.",
         ("2022-01-31", "The board agreed to hold a public hearing on fare increases")),
    ],
)  # fmt: skip
def test_the_clause_keeps_its_own_event(body, expected):
    assert expected in starts_and_titles(body)


@pytest.mark.parametrize(
    "body",
    [
        "The museum opened a ticket office in 2019, with a target launch in 2023 for its app.",
        "The ferry line said it would hold its annual meeting in a new hall on March 9.",
    ],
)  # fmt: skip
def test_an_aim_or_a_whose_meeting_is_no_event_of_its_own(body):
    titles = [title for _, title in starts_and_titles(body)]
    assert "Target launch" not in titles and "Annual meeting" not in titles


@pytest.mark.parametrize(
    "body",
    [
        "Fishermen said the prospects for a catch agreement in March looked bleak.",
        "The ferry line said it discussed the timetable at special meetings on January 26.",
        # the setting of a saying is the saying's, told (or not) as a report
        "The governor said in a televised address on Wednesday the museum would reopen.",
    ],
)  # fmt: skip
def test_a_hoped_for_noun_one_without_its_article_or_a_sayings_setting_is_no_event(body):
    titles = [title for _, title in starts_and_titles(body)]
    assert not any(t.startswith(("Catch agreement", "Timetable at", "Televised")) for t in titles)
