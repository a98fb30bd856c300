"""Yearless dates in a key-dates box: each line's date takes its tense from its own line, not
from the words of the line above run into its sentence for want of a full stop ("licensed
anglers" is no past of the reopening under it), and the box lists its dates in order, so a
yearless entry never comes before the one above it (``core.temporal.tagger._box_order``).
Our own articles."""

from __future__ import annotations

import pytest

from tests.core.events.articles import titles_by_start

CASES = [
    (  # a participle in the line above: September is the coming one, not last year's
        "2025-03-19",
        "Kelby fish ladder to reopen after flood damage\n\n"
        "The river trust said on Monday that repairs to the Kelby fish ladder would be "
        "finished by the summer.\n\n"
        "WHAT COMES NEXT\n"
        "May 14: Open day for licensed anglers at the weir\n"
        "September 9: Reopening of the fish ladder\n"
        "September 30: Night tours for school classes\n",
        {"2025-09-09": "Reopening of the fish ladder",
         "2025-09-30": "Night tours for school classes"},
    ),
    (  # the box runs into the next year
        "2024-10-01",
        "Dunmore pier to be rebuilt\n\n"
        "The harbour board approved the plan for a new pier on Monday.\n\n"
        "Timetable\n"
        "- November 20: Tender for the new pier closes\n"
        "- January 15: Demolition of the old pier\n",
        {"2024-11-20": "Tender for the new pier closes",
         "2025-01-15": "Demolition of the old pier"},
    ),
    (  # a story of years ago before the box: its lines keep the box's own year
        "2024-05-02",
        "Orchard owners ask for help after hail\n\n"
        "Hail destroyed most of the blossom in the Pellow valley on Sunday. The last storm "
        "this bad struck the valley in August 2016, when half the trees were lost.\n\n"
        "Coming up\n"
        "- June 14: growers' meeting in the village hall\n"
        "- Early September: picking, if any apples are left\n",
        {"2024-09": "Picking, if any apples are left"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_a_key_dates_box_keeps_its_order(
    published: str, text: str, expected: dict[str, str]
) -> None:
    titles = titles_by_start(text, "en", published)
    for start, title in expected.items():
        assert titles.get(start) == title, titles
