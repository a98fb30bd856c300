"""A bare year at the start of a line that wire text wraps mid-sentence frames nothing (WD3).

Our own sentences, hard-wrapped as wire copy is: "base\\n1980" is one phrase, not a line that
opens on its year; a year heading its own line ("1918\\n…") or a sentence still does.
"""

from __future__ import annotations

from datetime import date

from tests.core.temporal.cases import expect

WIRE = date(1987, 4, 4)


def test_a_year_on_a_wrapped_line_sets_no_story_year() -> None:
    expect(
        "Kestrel Mills said its index of output, base\n1980, rose 0.2 pct to 125.1 in March after "
        "a 0.2 pct rise in\nFebruary.",
        ("1980", "1980"),
        ("March", "1987-03"),
        ("February", "1987-02"),
        dct=WIRE,
    )


def test_a_year_opening_a_sentence_still_frames_it() -> None:
    expect(
        "The mill closed in a strike.\n1981 was worse. In March it shut again.",
        ("1981", "1981"),
        ("March", "1981-03"),
        dct=WIRE,
    )
