"""Reports with the date on the reporting verb, and page structure (#14 item 1; session 10,
helper enA): timeline lines, live-page entries, attributions that name a dated source. Each
case: a body of our own, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-05-17"  # a Wednesday
CASES = [
    # a "key dates" line: the date before a colon dates the clause after it, in the present
    # "headline tense" or a bare participle; the list mark is no word of the title
    (
        "timeline-present",
        "- March 3: Council announces a review of the ferry timetable.",
        [("title", "Council announces a review of the ferry timetable", "2023-03-03")],
    ),
    (
        "timeline-participle",
        "- April 11: First complaint filed at the harbour office.",
        [("title", "First complaint filed at the harbour office", "2023-04-11")],
    ),
    (
        "timeline-year-no-mark",
        "2019: The harbour wall is rebuilt after a winter storm.",
        [("has", "2019"), ("no-title-with", "2019")],
    ),
    # a colon that does not follow an opening date is no entry
    # a markdown "Key dates" line: the date in bold, set off by a dash after a list mark
    (
        "timeline-markdown-dash",
        "- **May 2021** – Dredging begins in the outer harbour",
        [("title", "Dredging begins in the outer harbour", "2021-05")],
    ),
    # a dash after a date with no list mark is no entry's: a dateline, not a key date
    (
        "no-mark-no-dash-entry",
        "March 3 - The bank said it would cut rates.",
        [("not", "2023-03-03")],
    ),
    # a live entry: its clock time dates what it tells when the sentence has no day of its own
    (
        "live-entry-time",
        "03:45 The opposition candidate conceded in a brief speech to supporters.",
        [
            (
                "title",
                "The opposition candidate conceded in a brief speech to supporters",
                "2023-05-17T03:45",
            )
        ],
    ),
    (
        "live-entry-dot-time",
        "The count went on.\n16.48 The mayor has just declared the result in the main hall.",
        [("has", "2023-05-17T16:48")],
    ),
    # ... and keeps it beside a date that names no day ("by 2030": the target, not the day)
    (
        "live-entry-year-target",
        "The session resumed.\n11.20 The minister has just announced that the port will be "
        "electrified by 2030.",
        [("title", "announced", "2023-05-17T11:20")],
    ),
    # ... and yields to a day the sentence tells ("at 10pm on Tuesday")
    (
        "live-entry-own-day",
        "23:50 Polling stations closed at 10pm on Tuesday across the district.",
        [("title", "Polling stations closed", "2023-05-16T22:00"), ("not", "2023-05-17T23:50")],
    ),
    # a label in capitals opening the entry is no subject
    (
        "live-entry-label",
        "02:10 RESULT: Ana Ruiz has been elected mayor of Elmford with 40,112 votes.",
        [
            ("title", "Ana Ruiz has been elected mayor of Elmford", "2023-05-17T02:10"),
            ("no-title-with", "RESULT"),
        ],
    ),
    # a figure after a line break in wrapped wire copy is no clock time
    (
        "wrapped-figure",
        "The shares closed up 4 percent at\n16.48 Swedish crowns on Monday.",
        [("not", "2023-05-17T16:48"), ("not", "2023-05-15T16:48")],
    ),
    # the report's day for what it reports; a long subject of the speaker's own keeps its head
    (
        "report-own-subject",
        "Lumo Brewing said on Tuesday its fiscal third-quarter profit rose 12 percent, helped by "
        "strong summer sales.",
        [("title", "Lumo Brewing said its profit rose 12 percent", "2023-05-16")],
    ),
    # a dated source in an attribution: its publication is a happening on that date
    (
        "according-to-study",
        "Coastal marshes shrank by a fifth between 1990 and 2020, according to a survey "
        "published on Monday in the journal Wetlands.",
        [("title", "A survey was published in the journal Wetlands", "2023-05-15")],
    ),
    (
        "according-to-figures",
        "Bus use fell 8 percent, according to figures released on Friday by the transport office.",
        [("title", "Figures were released by the transport office", "2023-05-12")],
    ),
    # a source released at a clock time: the release's time, not the vote's; the day a
    # possessive names before the attribution dates the vote
    (
        "according-to-results-at-night",
        "Voters in Arnholt turned down a plan to build a marina in Monday's ballot, according to"
        " results released shortly after 2 a.m. on Tuesday.",
        [
            ("title", "Voters in Arnholt turned down a plan to build a marina", "2023-05-15"),
            ("title", "Results were released", "2023-05-16T02:00"),
            ("title-not", "Voters in Arnholt", "2023-05-16T02:00"),
        ],
    ),
    (  # ... with no day of its own, the vote takes none of the release's time
        "according-to-results-no-day",
        "Voters in Arnholt turned down the marina plan, according to results released at 2 a.m.",
        [
            ("title", "Results were released", "2023-05-17T02:00"),
            ("title-not", "Voters in Arnholt", "2023-05-17T02:00"),
        ],
    ),
    # in what a speaker naming no one says, "he" is the person the sentence before names
    (
        "said-he-died",
        "Tomas Berg, who founded a village choir, has died aged 88.\n\n"
        "His family said he died peacefully at home on Sunday.",
        [("title", "Tomas Berg died peacefully at home", "2023-05-14")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enA_reports_and_entries(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
