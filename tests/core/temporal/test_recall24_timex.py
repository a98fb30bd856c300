"""Time values the recall round of session 24 fixed, in sentences of our own: a relative aside
whose second verb phrase runs on before its comma sets no story time; "a fortnight later" is
as fine as a week; "that January" after a bare year told in passing, a paragraph on, points
at the story's year, while "that April" right after "the flood of 1950" stays 1950; a verb
after "but" that shares a modal looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


def _value(text: str, published: date, words: str) -> str:
    return next(t.value for t in tag(text, published, "en") if t.text.endswith(words))


@pytest.mark.parametrize(
    ("published", "text", "words", "value"),
    [
        # a long relative aside: its date is the person's, the season is the news's year
        (date(2021, 10, 4), "Coach Ines Barta, who was appointed in March 2018 and had to wait "
         "two years for a full squad because the league was suspended, had warned that it "
         "would take time. From June 3 to June 20 the side won nine games in a row.",
         "June 3", "2021-06-03"),
        # ... one closed within a few words did so already
        (date(2021, 10, 4), "Coach Ines Barta, who was appointed in March 2018, had warned "
         "that it would take time. On June 3 the side won.", "June 3", "2021-06-03"),
        # two weeks later: a week's precision, not a year's
        (date(2024, 5, 18), "The union rejected the offer on 12 April, and the firm raised it "
         "a fortnight later.", "a fortnight later", "2024-W17"),
        # a same-form past after "but", sharing the modal before it: an infinitive, ahead
        (date(2022, 11, 3), "The bakery said it would keep trading but cut its hours over the "
         "winter.", "the winter", "2022-WI"),
        # ... told as done, it looks back
        (date(2022, 11, 3), "The bakery kept trading but cut its hours over the winter.",
         "the winter", "2021-WI"),
        # "that January": the story's year, not a bare year told in passing before it
        (date(2019, 3, 30), "On the morning of May 2, 1996, the last train left the depot. "
         "\"It was over,\" she said, standing by the cottage she rented in 1968.\n\n"
         "The closure had been decided that January.", "January", "1996-01"),
        # ... but the flood's year when "that April" follows the flood
        (date(2019, 3, 30), "The village never forgot the flood of 1950. That April, the lake "
         "rose four metres.", "April", "1950-04"),
    ],
)  # fmt: skip
def test_each_value_reads_as_a_reader_expects(published, text, words, value):
    assert _value(text, published, words) == value
