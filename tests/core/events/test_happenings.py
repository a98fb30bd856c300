"""What one dated sentence reports: each happening's title, kind and the date it takes.

Our own sentences, published Friday 4 February 2022 at 23:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events.entities import find_mentions
from core.events.happenings import sentence_happenings
from core.events.parse import When
from core.temporal.tagger import tag

PUBLISHED = datetime(2022, 2, 4, 23, 15)


def _happenings(text: str, back: bool = False) -> list[tuple[str, str, str]]:
    """(title, kind, date) of each happening; ``back``: durations count back from publication."""
    timexes = tag(text, PUBLISHED)
    whens = [When(t) for t in timexes if t.type in ("DATE", "TIME")]
    if back:
        whens = [When(t, back=True) for t in timexes if t.type == "DURATION"]
    found = sentence_happenings(text, 0, len(text), whens, find_mentions(text))
    return [(h.title, h.kind, h.when.timex.value) for h in found if h.when]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor of Lyon will open the new library on Monday.",
            [("The mayor of Lyon will open the new library", "other", "2022-02-07")],
        ),
        (
            "Foreign Minister Ines Duarte met her Chilean counterpart in Lima on Tuesday.",
            [("Duarte met her Chilean counterpart in Lima", "meeting", "2022-02-01")],
        ),
        # a statement and what it announces, each with its own date; a plain "said" names
        # no kind
        (
            "Senator Karl Brandt said on Wednesday that the port would reopen in March.",
            [
                ("Brandt said the port would reopen", "other", "2022-02-02"),
                ("The port would reopen", "other", "2022-03"),
            ],
        ),
        # a follow-on shares the subject: "… and marched … the following day"
        (
            "Farmers blocked roads near Madrid on Thursday and marched to the ministry the "
            "following day.",
            [
                ("Farmers blocked roads near Madrid", "other", "2022-02-03"),
                ("Farmers marched to the ministry", "protest", "2022-02-04"),
            ],
        ),
        # a phrasal verb is about its object: the strike, not a call
        (
            "The union called off a strike on Friday.",
            [("The union called off a strike", "protest", "2022-02-04")],
        ),
        # a verb that enacts takes its object's kind
        (
            "The government announced new sanctions on Monday.",
            [("The government announced new sanctions", "sanction", "2022-01-31")],
        ),
        # the date of a "when" clause belongs to the notable happening it names, and to the
        # clause it closes (en20d)
        (
            "Troops crossed the border in 2014 when Ruritania annexed the province.",
            [
                ("Ruritania annexed the province", "military", "2014"),
                ("Troops crossed the border", "other", "2014"),
            ],
        ),
        # the attribution's date is when it was said, not when the bridge closed
        (
            "The bridge was closed on Wednesday, the council confirmed on Thursday.",
            [("The bridge was closed", "other", "2022-02-02")],
        ),
    ],
)
def test_each_happening_has_its_title_kind_and_date(text, expected):
    assert _happenings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” the coach said on Sunday.",  # a quote and its attribution
    ],
)
def test_quotes_report_nothing(text):
    assert _happenings(text) == []


def test_a_span_counted_back_names_what_went_on():
    found = _happenings("Nearly three years of drought have ruined the harvest.", back=True)
    assert found == [("Nearly three years of drought", "other", "P3Y")]
