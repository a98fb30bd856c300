"""Readings and running totals that are no happenings (session 28): a level or a figure told
with a date ("Norway's April output was …", "was running at …", "little changed at …", "the
accounts showed earnings of …"), a rule that requires something, a correction's request
("please read …"), an amount made over a period ("the tea grown in the year to June"), and a
total whose date is only its latest part's ("has killed 312 people, 12 of them on Sunday"):
the part's happening is titled by the part, or there is none. Changes and happenings told with
the same words stay."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-06-10T18:00"


@pytest.mark.parametrize(
    ("name", "text", "checks"),
    [
        # a subject's noun spelled like a past ("output", "ground") before "was" is no verb
        (
            "possessive-month-level",
            "Chile's April output was 410,000 tonnes.",
            [("none",)],
        ),
        (
            "possessive-month-change",
            "Chile's April output fell 6 pct to 410,000 tonnes.",
            [("title", "fell 6 pct", "2024-04")],
        ),
        # a level read while it lasts, not a move
        (
            "progressive-level",
            "Zinc output in Chile was running at about 300 tonnes a day in May.",
            [("none",)],
        ),
        (
            "progressive-above-mark",
            "Gabon was pumping above its quota in early May, the survey found.",
            [("not", "2024-05")],
        ),
        (
            "little-changed-at",
            "Deposits at the central bank were little changed at 8.4 billion crowns in the week "
            "to May 31.",
            [("none",)],
        ),
        (
            "progressive-happening-stays",
            "Firefighters were battling a blaze at the depot on Sunday.",
            [("has", "2024-06-09")],
        ),
        # a period's figure read off accounts; a vote on a day stays the vote
        (
            "period-figure-shown",
            "For the year, the audited accounts showed net income of 3,406,112 dlrs.",
            [("none",)],
        ),
        (
            "day-figure-shown-stays",
            "The ballot on Monday showed a majority of 31 for the merger.",
            [("has", "2024-06-10")],
        ),
        (
            "period-figure-expected",
            "Ostrava Steel expects a profit of roughly 3 euros per share in its spring quarter.",
            [("none",)],
        ),
        # "due to" is a preposition, no infinitive: how a season usually goes
        (
            "due-to-state",
            "The brewer said its winter quarter is usually slow due to cold weather.",
            [("none",)],
        ),
        (
            "due-to-happening-stays",
            "The brewer's launch was delayed due to a strike in April.",
            [("title", "was delayed", "2024-04")],
        ),
        # "require" in the active tells a rule; in the passive a duty laid on
        (
            "active-require",
            "Before the change on Friday, the exchange required three days of limit moves.",
            [("none",)],
        ),
        (
            "passive-require-stays",
            "Under the rules approved on Friday, ferries will be required to carry two medics "
            "from 2025.",
            [("title", "will be required to carry two medics", "2025")],
        ),
        (
            "active-require-with-infinitive-stays",
            "Only the rival offer requires the board to hold an auction in March 2025.",
            [("title", "requires the board to hold an auction", "2025-03")],
        ),
        # a correction's request to read a figure again
        (
            "correction-request",
            "CORRECTION - ORVANE 2023 RESULTS In item headlined ORVANE 2023 RESULTS please read "
            "net profit 61.3 mln euros vs 52.9 mln.",
            [("none",)],
        ),
        # an amount made over a period, named by a participle after its noun
        (
            "output-over-period",
            "The cooperative has already sold most of the coffee grown in the season to last October.",
            [("none",)],
        ),
        # a total dated by its latest part: the part's happening, or none
        (
            "part-of-them",
            "The outbreak has killed 218 people, 14 of them on Sunday, the ministry said.",
            [("title", "The outbreak has killed 14 people"), ("no-title-with", "218")],
        ),
        (
            "part-including",
            "Rhee netted 17 times this term, including a hat-trick against Dover on May 4.",
            [("title", "Rhee netted a hat-trick against Dover", "2024-05-04")],
        ),
        (
            "part-latest-group",
            "The two sides have swapped about 900 captives, the last group on 2 June.",
            [("title", "The two sides have swapped the last group", "2024-06-02")],
        ),
        (
            "part-most-recently",
            "The insurer has settled claims in 9 countries, most recently in Chile last month.",
            [("title", "The insurer has settled claims in Chile", "2024-05")],
        ),
        (
            "part-with-no-words",
            "Gunboats shelled about 30 fishing villages, the latest on Tuesday.",
            [("none",)],
        ),
        (
            "part-repeat-count",
            "The coastal road has flooded five times, most recently in April.",
            [("title", "The coastal road has flooded", "2024-04")],
        ),
        # a rise to a total is no object: a part of it gives no happening of its own
        (
            "part-including-rise-to",
            "Bookings climbed to 450,000, including 70,000 in April.",
            [("no-title", "climbed 70,000"), ("not", "2024-04")],
        ),
        # a participle in the aside dates its own verb, no part of the total
        (
            "part-with-participle",
            "Brixton Ore holds 81,000 shares of Pell Mining, including 9,000 bought from May 2 "
            "to May 20.",
            [("no-title-with", "Brixton Ore holds 9,000")],
        ),
        # a date after the aside is the whole clause's
        (
            "date-after-aside-stays",
            "Police detained five men, including the driver, on Friday.",
            [("title", "Police detained five men", "2024-06-07")],
        ),
        # the date before a "when" clause is that clause's, not a part's
        (
            "most-recently-when",
            "Leaks closed the underpass twice last year, most recently in November, when a pump "
            "failed.",
            [("title", "A pump failed", "2023-11")],
        ),
    ],
)
def test_readings_and_totals(name: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(text, PUBLISHED)), checks)
