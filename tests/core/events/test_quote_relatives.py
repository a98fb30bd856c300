"""A quotation and its attribution tell nothing of their own, but a relative after the
speaker's name told in the past does, on its own date, whatever its precision ("…, said Jo
Pike, who took over in 2012"); not a relative told in the present or ahead with a year that
describes. Our own sentences, published Thursday 3 December 2015."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2015-12-03T18:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ('"The roof leaked for years," said manager Jo Pike, who took over in 2012.',
         [("title", "Jo Pike took over", "2012")]),
        ('"We were short of nurses," said warden Ivo Brandt, who joined the clinic in 2011 '
         "from a post in Wales.",
         [("title", "Ivo Brandt joined the clinic", "2011")]),
        ('"It needed work," said Lena Marsh, who bought the pier in May 2009.',
         [("title", "Lena Marsh bought the pier", "2009-05")]),
        # told in the present: a year that describes, no happening
        ('"It was a long season," said Mia Ross, who is the 1999 champion.', [("none",)]),
    ],
)  # fmt: skip
def test_a_past_relative_after_the_speaker_keeps_its_date(text, checks):
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    "text",
    [
        '"The roof leaked for years," Tom Bell said in an interview on Tuesday.',
        '"We will fix the roof by spring," Ada Hunt told a briefing on Tuesday.',
    ],
)
def test_a_quotation_is_said_on_the_day_gone_by(text):
    # a speaker's name that reads as a present verb ("Bell", "Hunt") does not put the saying
    # on the coming Tuesday
    check_events(events_of(text, "en", PUBLISHED), [("dated", "2015-12-01")])
