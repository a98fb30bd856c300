"""English sayings on a day of their own (#14, helper says in session 26): wire copy closing
the news on who said it and when ("…, the brewer said on Tuesday") tells a saying a chronology
lists beside the news, when the news took another date. In invented sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-22T10:00"  # a Wednesday
CASES = [
    # a definite speaker: its article and head noun name it
    (
        "definite-speaker",
        "Lindqvist Ales swung to a profit in the fourth quarter, the Oslo-based brewer said"
        " on Tuesday, as demand grew.",
        [
            ("title", "The brewer said Lindqvist Ales swung to a profit", "2023-02-21"),
            ("title", "Lindqvist Ales swung to a profit", "2022-Q4"),
        ],
    ),
    (
        "indefinite-speaker",
        "The final buses are due by December, a spokesperson said on Tuesday.",
        [("title", "A spokesperson said the final buses are due", "2023-02-21")],
    ),
    # a person by the short name, a body by its name
    (
        "person-speaker",
        "The strike will begin on Monday, union leader Petra Haug said on Friday.",
        [("title", "Haug said the strike will begin", "2023-02-17")],
    ),
    (
        "yesterday",
        "The plant will close next year, Ferro Industries Inc said yesterday.",
        [("title", "Ferro Industries Inc said the plant will close", "2023-02-21")],
    ),
    # a name shortened in the news keeps its capital after "said"
    (
        "shortened-name",
        "Mayor Ingrid Tvedt will open the new ferry quay on Monday, a city spokesman said on"
        " Tuesday.",
        [("title", "A spokesman said Tvedt will open the new ferry quay", "2023-02-21")],
    ),
    (
        "initialism",
        "NORCAP will cut 200 jobs next year, the union said on Tuesday.",
        [("title", "The union said NORCAP will cut 200 jobs", "2023-02-21")],
    ),
    # the medium between the verb and its day
    (
        "in-a-statement",
        "The plant will close next year, the company said in a statement on Friday.",
        [("title", "The company said the plant will close", "2023-02-17")],
    ),
    # the news is the clause's, not an aside's inside it
    (
        "news-not-aside",
        "The mill, which closed in 1994, will reopen in May, the owners' trust said on Tuesday.",
        [
            ("title", "The trust said the mill will reopen", "2023-02-21"),
            ("no-title-with", "said the mill closed"),
        ],
    ),
    # the news on the saying's own day: one event
    (
        "same-day",
        "The bank raised its prime rate to 8 pct, the bank said on Tuesday.",
        [("no-title-with", "The bank said")],
    ),
    # no day of its own: a bare "said", a week
    (
        "bare-said",
        "Net income rose 12 pct in 1986, the company said.",
        [("no-title-with", "said")],
    ),
    (
        "last-week",
        "The plant will close next year, the company said last week.",
        [("no-title-with", "said")],
    ),
    # no one a title can name: a pronoun, a bare plural
    (
        "pronoun",
        "The plant will close next year, it said on Friday.",
        [("no-title-with", "said")],
    ),
    # "he" or "she" for the one person named just before
    (
        "sure-pronoun",
        "Mayor Ingrid Solberg spoke at the depot. The line will reopen in May, she said on Friday.",
        [("title", "Solberg said the line will reopen", "2023-02-17")],
    ),
    (
        "unsure-pronoun",
        "Ingrid Solberg met John Dahl at the depot. The line will reopen in May, she said on"
        " Friday.",
        [("no-title-with", "said")],
    ),
    (
        "bare-plural",
        "The plant will close next year, officials said on Friday.",
        [("no-title-with", "said")],
    ),
    (
        "two-speakers",
        "The talks will resume in May, Holm and Varga said on Monday.",
        [("no-title-with", "said")],
    ),
    # a quotation is the quote reader's
    (
        "quotation",
        '"We will close the plant next year," the company said on Friday.',
        [("no-title-with", "The company said we")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_en_dated_saying(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
