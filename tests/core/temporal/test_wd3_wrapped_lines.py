"""Wire text: a year on a wrapped line, a record's baseline, a figure's comparison: none sets
the story's time (WD3).

Our own sentences, hard-wrapped as wire copy is: "base\\n1980" is one phrase, not a line that
opens on its year; a year heading its own line ("1918\\n…") or a sentence still does.
"""

from __future__ import annotations

from datetime import date

from tests.core.temporal.cases import expect

WIRE = date(1987, 4, 4)


def test_a_year_on_a_wrapped_line_sets_no_story_year() -> None:
    expect(
        "Kestrel Mills said its index of sales, base\n1980, climbed 0.4 pct to 131.8 in March after "
        "a 0.3 pct gain in\nFebruary.",
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


def test_a_records_baseline_sets_no_story_time() -> None:
    # "the first … since", "the largest … since": the record is news of now
    expect(
        "Rents at Arlen fell 1.4 pct, the first fall of more than one pct since a 1.6 pct fall in "
        "September 1958. In February petrol prices rose.",
        ("September 1958", "1958-09"),
        ("February", "1987-02"),
        dct=date(1987, 3, 26),
    )
    expect(
        "Orders fell 4 pct, the largest decline since March 1980. Orders for machines fell in "
        "January.",
        ("March 1980", "1980-03"),
        ("January", "1987-01"),
        dct=date(1987, 3, 4),
    )


def test_a_figures_comparison_sets_no_story_time() -> None:
    # the other period a figure is set against is no time the report has moved to
    expect(
        "Bank lending at Arlen was 3.1 per cent higher than in December 1985. In November it "
        "slipped 1.2 pct.",
        ("December 1985", "1985-12"),
        ("November", "1986-11"),
        dct=date(1987, 3, 30),
    )
    expect(
        "Total deposits rose 22.4 pct from February, 1984. Total loans rose 2.0 pct in February.",
        ("February, 1984", "1984-02"),
        ("February", "1987-02"),
        dct=date(1987, 3, 30),
    )
