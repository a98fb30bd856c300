"""News with no time of its own takes the time it was reported (helper report-time, session 37):
"…, police said today" dates the main clause's news even when a relative or a noun inside the
sentence holds a date of its own (that date never dates the news); a subordinate clause fronted
in the reported clause ("said on Monday that while …, the move would …") leaves the saying
its title; a "he" or "she" right after a speaker named by a noun ("A fisherman said Tuesday
he …") is that speaker, never a name from the sentence before. In invented sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-24T10:00"  # a Friday
CASES = [
    (
        "that-relative-with-a-noun-date",
        "A third suspect has been detained over the arson attacks on two depots last year"
        " that destroyed 40 trucks, police said today.",
        [
            ("title", "A third suspect has been detained", "2023-02-24"),
            ("title-not", "destroyed", "2023-02-24"),
        ],
    ),
    (
        "that-relative-undated",
        "A third suspect has been detained over the arson attacks on two depots that"
        " destroyed 40 trucks, police said today.",
        [
            ("title", "A third suspect has been detained", "2023-02-24"),
            ("title-not", "destroyed", "2023-02-24"),
        ],
    ),
    (
        "dated-who-relative",
        "Dunmore expelled four traders and a pilot who were questioned by customs officers in"
        " connection with the fire at two depots in the north last month, a newspaper"
        " reported Tuesday.",
        [("title", "Dunmore expelled four traders and a pilot", "2023-02-21")],
    ),
    (
        "relative-in-the-subject",
        "A man who was injured in the blast last week has died, hospital officials said Thursday.",
        [
            ("title", "has died", "2023-02-23"),
            ("title-not", "has died", "2023-02-13"),
        ],
    ),
    (
        "own-date-wins",
        "The plant closed in May, officials said Monday.",
        [("title", "The plant closed", "2022-05"), ("title-not", "closed", "2023-02-20")],
    ),
    # a place, a cause or a condition of the news is not what the attribution dates
    (
        "where-clause-not-the-news",
        "Early lab tests link a missing courier to a glove found near where a gunman shot and"
        " killed a Dover nurse who ran a clinic, a police official said Friday.",
        [("title-not", "shot", "2023-02-24")],
    ),
    (
        "because-clause-not-the-news",
        "Lisbon can now join the planning, because all members have approved its entry, the"
        " minister said Saturday.",
        [("title-not", "approved", "2023-02-18")],
    ),
    (
        "fronted-while-in-reported-clause",
        "Ines Halloran said on Monday that while the treaty was still valid, the tariff change"
        " would force the board to review it.",
        [
            (
                "title",
                "Ines Halloran said the tariff change would force the board to review it",
                "2023-02-20",
            )
        ],
    ),
    (
        "fronted-because-in-reported-clause",
        "The harbour master said on Tuesday that because the river rose, the ferry stopped"
        " running.",
        [("title", "The harbour master said the ferry stopped running", "2023-02-21")],
    ),
    (
        "sayer-pronoun",
        "Officials met Petra Lind on Monday. A fisherman said Tuesday he is moving to Iceland"
        " to open a bakery.",
        [
            ("title", "A fisherman said he is moving to Iceland to open a bakery", "2023-02-21"),
            ("no-title-with", "said Petra Lind"),
        ],
    ),
    (
        "sayer-pronoun-that",
        "Officials met Tom Berg on Monday. The baker said on Tuesday that he had sold his shop.",
        [("title", "The baker said he had sold his shop", "2023-02-21")],
    ),
    # a body cannot be "she": the name before is still whom she stands for
    (
        "body-speaker-keeps-the-name",
        "Officials met Petra Lind on Monday. The ministry said Tuesday she had resigned.",
        [("title", "The ministry said Petra Lind had resigned", "2023-02-21")],
    ),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_report_time(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
