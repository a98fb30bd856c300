"""Happenings that gave no event (session 33, recall-en), in invented articles:

- a key-dates line that opens on a month or a season alone ("October: Doors open", "End of
  August: Trust names a builder") is a line of its own, not run into the line above it;
- a timeline line that opens on a year a century or more before publication ("1788: chimney
  first lit") is dated by that year;
- a witness's quotation dated by a season ("Last winter I lost …"), one with a date after it
  in the attribution ("…,” said Ann Roe, head of a fund set up in 2019"), one attributed by
  "he said" after the one person named just before, or by "recalled";
- a witness's quotation that runs over sentences of a paragraph, its speaker named once
  ("…,” said Ann Roe. “In May I moved …" and "“We halved … in 2017. It cost …,” said …").

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.sentences import split_sentences
from tests.core.events.articles import article, check_events

_BOX = """The aquarium at Pellow Point will reopen after its refit, the owners said on Monday.

WHAT COMES NEXT
June 2: Guided tour of the new tanks
October: Doors open to the public
End of November: Owners to name a head keeper
Early December: First school visits
"""


def test_month_alone_lines_are_sentences_of_their_own() -> None:
    text = article(_BOX, "2023-03-08").text
    lines = [text[a:b] for a, b in split_sentences(text)]
    assert "June 2: Guided tour of the new tanks" in lines
    assert "October: Doors open to the public" in lines
    assert "End of November: Owners to name a head keeper" in lines


def test_month_alone_lines_are_dated_by_their_month() -> None:
    events = extract_events(article(_BOX, "2023-03-08"))
    check_events(
        events,
        [
            ("title", "Guided tour of the new tanks", "2023-06-02"),
            ("title", "Doors open to the public", "2023-10"),
            ("title", "Owners to name a head keeper", "2023-11"),
            ("no-title-with", "tanks October"),
        ],
    )


def test_a_month_inside_a_wrapped_paragraph_cuts_nothing() -> None:
    body = (
        "The ferry company said its spring timetable would start in\n"
        "April: the first crossing leaves at six.\n"
    )
    text = article(body, "2023-03-08").text
    assert len(split_sentences(text)) == 2  # the headline and the one sentence


_OLD_TIMELINE = """The mill museum at Carsby will reopen next spring, the heritage trust said on Monday.

Timeline
1788: chimney first lit
1911: river begins to silt up after a dry decade
June 1964: last flour milled
"""


def test_a_far_year_opening_a_timeline_line_dates_it() -> None:
    events = extract_events(article(_OLD_TIMELINE, "2023-03-08"))
    check_events(
        events,
        [
            ("title", "Chimney lit", "1788"),
            ("title", "River begins to silt up", "1911"),
        ],
    )


def test_a_far_year_in_running_text_stays_no_date() -> None:
    body = "The trust counted 1788 visitors in its first month, the chairman said on Monday."
    check_events(extract_events(article(body, "2023-03-08")), [("not", "1788")])


PUBLISHED = "2021-09-14T10:00"
CASES = [
    (
        "season-behind-publication",
        '"Last winter I lost half the orchard to frost and the rest to deer," said grower'
        " Petra Lindqvist.",
        [("title", "Petra Lindqvist: “Last winter I lost half the orchard", "2020-WI")],
    ),
    (
        "date-in-the-attribution-relative",
        '"When the storm flattened our barn in October 2019, we lost ten years of ledgers,"'
        " said Dr Lena Ortiz, head of a seed bank that moved its stores in 2020.",
        [("title", "Ortiz: “When the storm flattened our barn", "2019-10")],
    ),
    (
        "he-said-after-one-named-person",
        'Jonas Berg runs the cider press in the village. "We bottled our last batch in March'
        ' and then the pump broke," he said.',
        [("title", "Jonas Berg: “We bottled our last batch in March", "2021-03")],
    ),
    (
        "recalled",
        '"When we shifted the organ in 1998 it took two lorries and a week of work," recalled'
        " verger Ruth Amadi.",
        [("title", "Ruth Amadi: “When we shifted the organ in 1998", "1998")],
    ),
    # a season still ahead or one "last" leaves unsure, a state since a time, the story's
    # year, two people "he" may stand for: nothing
    (
        "last-summer-told-in-september",
        '"Last summer I lost half the orchard to hail and the rest to wasps," said grower'
        " Petra Lindqvist.",
        [("none",)],
    ),
    (
        "since-a-time",
        '"I have walked this towpath since I was a girl in the 1970s, and never seen it so'
        ' low," said Maud Keller, who chaired the canal society last year.',
        [("no-title-with", "towpath")],
    ),
    (
        "year-naming-a-thing",
        '"We weathered the 2011 drought on this farm and never want another," said grower'
        " Petra Lindqvist.",
        [("none",)],
    ),
    (
        "the-story-year",
        '"We began the year hoping for a quiet harvest and we got a flood," said grower'
        " Petra Lindqvist.",
        [("none",)],
    ),
    (
        "season-ahead",
        '"This winter we open the new ski lift for the first time," said manager Ola Dahl.',
        [("none",)],
    ),
    (
        "he-with-two-people-before",
        "Jonas Berg and Karl Moen run the cider press. "
        '"We bottled our last batch in March and then the pump broke," he said.',
        [("title-not", "We bottled", "2021-03")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_witness_quotes(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)


_PARAGRAPHS = """Shopkeepers along the harbour spent Friday boarding up windows.

"Nobody warned the quay," said Keira Dunn, a sailmaker. "In August I carried all the rolls \
of canvas up to the loft."

"We halved the rents of our shop tenants in 2016 and the street filled up. It cost us \
little," said Tariq Osei, who owns a row of units in the north.

"We replaced the chapel roof ourselves in 2012," said Hugo Brandt. "We painted the porch in \
2014," said his brother, Piet Brandt. "I paid for the new bell myself in 2015."
"""


def test_quotes_running_over_a_paragraph_take_its_one_speaker() -> None:
    check_events(
        extract_events(article(_PARAGRAPHS, "2021-09-14")),
        [
            ("title", "Keira Dunn: “In August I carried all the rolls of canvas", "2021-08"),
            ("title", "Tariq Osei: “We halved the rents of our shop tenants in 2016", "2016"),
            ("title", "Hugo Brandt: “We replaced the chapel roof ourselves in 2012”", "2012"),
            # two speakers in the paragraph: whose words the last quote is, unsure
            ("title-not", "new bell", "2015"),
        ],
    )
