"""English sayings "X said on Monday that …" in the shapes that gave no event (helper says2,
session 27): a negated relative inside the speaker's apposition, a reported "it" in a state
of its own, quotation marks inside the reported clause, a reported subject with a relative
of its own, a speaker too long for a title, and a fronted day before a speaker who names no
one. In invented sentences; the saying keeps its own day, the reported plan its own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-22T10:00"  # a Wednesday
CASES = [
    (
        "negated-relative-in-apposition",
        "Mara Quist, an economist at the bank who was not involved in the review, said on"
        " Monday that the forecasts looked sound.",
        [("title", "Mara Quist said the forecasts looked sound", "2023-02-20")],
    ),
    (
        "relative-keeps-its-not",
        "Drivers who did not renew their permits lost them on Monday.",
        [("title", "Drivers who did not renew their permits lost them", "2023-02-20")],
    ),
    (
        "it-in-a-state",
        "The ferry operator said on Tuesday that it was hopeful.",
        [("title", "The ferry operator said it was hopeful", "2023-02-21")],
    ),
    (
        "it-quoted-state-and-stop",
        'The growers\' union said on Tuesday that it was "bitterly disappointed."',
        [("title", "The growers' union said it was bitterly disappointed", "2023-02-21")],
    ),
    (
        "it-progressive",
        'The port authority said on Tuesday that it was "reviewing" the contract.',
        [("title", "The port authority said it was reviewing the contract", "2023-02-21")],
    ),
    # an "it" that only points ahead is told by no one: no title cut before what it points to
    (
        "it-extraposed",
        "The port authority said on Tuesday that it was too soon to judge.",
        [("no-title-with", "said it was")],
    ),
    (
        "it-extraposed-that",
        "The port authority said on Tuesday that it was likely that fares would rise.",
        [("no-title", "The port authority said it was likely")],
    ),
    (
        "quote-before-verb",
        'Ines Barr said on Monday that her ministry "will not back down".',
        [("title", "Ines Barr said her ministry will not back down", "2023-02-20")],
    ),
    (
        "quote-around-clause",
        "Ines Barr said on Monday that “the ministry will not back down”.",
        [("title", "Ines Barr said the ministry will not back down", "2023-02-20")],
    ),
    (  # the plan keeps its own month, the saying its day
        "quote-then-plan",
        'Ines Barr said on Monday that her ministry "will not back down" and would publish'
        " its own figures by the end of April.",
        [
            ("title", "Ines Barr said her ministry will not back down", "2023-02-20"),
            ("title-not", "publish", "2023-02-20"),
        ],
    ),
    (  # a word quoted inside the subject: no sure subject, no title that runs two verbs on
        "quoted-word-in-subject",
        'A spokesman said on Monday that the board "welcomes" the offer and urged'
        " shareholders to accept it.",
        [("no-title", "the offer urged")],
    ),
    (
        "reported-subject-with-relative",
        "Ola Brenn said on Monday that the museum, which holds the archive, would open it soon.",
        [("title", "Ola Brenn said the museum would open it soon", "2023-02-20")],
    ),
    (  # the relative's own day is its own, the saying's the saying's
        "reported-relative-dated",
        "Ola Brenn said on Tuesday that the board, which met on Friday, would open the archive.",
        [
            ("title", "Ola Brenn said the board would open the archive", "2023-02-21"),
            ("title", "The board met", "2023-02-17"),
        ],
    ),
    (
        "long-speaker-by-its-head",
        "The national inland waterways users association said on Monday that locks on the"
        " upper canal could not be opened before spring.",
        [
            (
                "title",
                "The association said locks on the upper canal could not be opened",
                "2023-02-20",
            )
        ],
    ),
    (
        "long-speaker-by-its-name",
        "A lobby group representing small brewers, the Hop Growers Alliance, said on Monday"
        " that the new duty would close dozens of breweries across the region.",
        [("title", "Hop Growers Alliance said the new duty would close dozens", "2023-02-20")],
    ),
    (  # two speakers, each with its short name: neither alone said it
        "two-speakers-with-short-names",
        "The Baltic Grain Exchange, BGE, and the Nordic Freight Exchange, NFE, announced today"
        " that they will offer futures and options on a new index.",
        [("no-title", "NFE announced"), ("no-title", "BGE announced")],
    ),
    (  # a participle inside a long speaker: no head to name it by
        "long-speaker-participle",
        "An umbrella body speaking for several dozen coastal fishing communities said on"
        " Monday that the quota would ruin them within a single season.",
        [("no-title", "An communities")],
    ),
    (  # ... nor one whose participle has a plain plural after it: no "A bakers said"
        "long-speaker-participle-plural",
        "A trade body representing bakers said on Monday that the flour duty would close"
        " dozens of small bakeries across the county.",
        [("no-title-with", "A bakers")],
    ),
    (  # a name after a participle's singular noun is that noun's, not the speaker's
        "apposition-names-the-member",
        "A regional lobby group representing its biggest member, Tolland Bank, said on Monday"
        " that the new tax would shut dozens of branches across the county.",
        [("no-title-with", "Tolland Bank said")],
    ),
    (
        "fronted-day-no-one-named",
        "Lena Voss trains guide dogs in Bremen. Last Friday the kennel club announced that she"
        " had won its annual award.",
        [("title", "The kennel club announced Lena Voss had won its annual award", "2023-02-17")],
    ),
    # unchanged: a present "says" is undated, a quotation is the quote reader's
    (
        "present-says",
        "The mayor says on Monday she wants the bridge reopened.",
        [("no-title-with", "says")],
    ),
    (
        "quotation",
        '"We will not back down," Ines Barr said on Monday.',
        [("no-title-with", "said we")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_en_said_that_shape(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
