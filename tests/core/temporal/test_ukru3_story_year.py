"""A Ukrainian story told in the past keeps its year for the seasons, months and days that
follow, when the sentence that set the year holds an adverb ending like a present verb
("уперше", "більше", "швидше"): no plan, so the year it writes is the story's. Sentences of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

RETROSPECTIVE = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Восени 1990 року п'ятеро шахтарів уперше спустилися в нову шахту.\n\n"
            "Навесні бригада отримала обладнання. Документи підписали в травні.",
            ["1990-FA", "1990-SP", "1990-05"],
        ),
        (
            "Улітку 1985 року бригада набагато швидше клала асфальт.\n\nМіст відкрили 3 вересня.",
            ["1985-SU", "1985-09-03"],
        ),
        (
            "У березні 1986 року більше учнів пішло до нової школи.\n\n"
            "Старе приміщення закрили у травні.",
            ["1986-03", "1986-05"],
        ),
    ],
)
def test_an_adverb_like_a_present_keeps_the_story_year(text, expected) -> None:
    assert [t.value for t in tag(text, RETROSPECTIVE, "uk")] == expected


def test_a_present_verb_still_speaks_of_now() -> None:
    text = "Улітку 1985 року бригада клала асфальт. Тепер міст ремонтують, його відкриють у травні."
    assert [t.value for t in tag(text, RETROSPECTIVE, "uk")][-1] == "2023-05"
