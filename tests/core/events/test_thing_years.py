"""A year that names what a thing is for ("talks for 2031", "la negociación para 2031") dates
no clause that has a date of its own, nor gives its year to a yearless day later in the
sentence. A plan's participle before "for" keeps its year ("set for 2031"). Sentences of our
own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2030-08-14T09:00"  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        (
            "en",
            "Pay talks for 2031 will open in November, the nurses' union said.",
            [("has", "2030-11"), ("not", "2031")],
        ),
        (
            "en",
            "The herring agreement for 2031 was signed on Monday.",
            [("has", "2030-08-12"), ("not", "2031")],
        ),
        (
            "es",
            "Las negociaciones para 2031 arrancarán en octubre con los sindicatos.",
            [("has", "2030-10"), ("not", "2031")],
        ),
        (
            "fr",
            "Les négociations pour 2031 commenceront le 2 octobre.",
            [("has", "2030-10-02"), ("not", "2031-10-02")],
        ),
        # the plan's own date stays: a participle before "for"
        ("en", "The reopening of the pier is scheduled for 2031.", [("has", "2031")]),
        ("en", "The vote on the merger is set for 2031.", [("has", "2031")]),
    ],
)
def test_a_year_a_thing_is_for(language, text, checks):
    check_events(events_of(text, language, PUBLISHED), checks)
