"""Ukrainian time expressions on the development set: found, with the expected values."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.lang.uk.devset import HELD, TUNE


def score(cases: list, lang: str) -> tuple[int, int, list[str]]:
    """(right, total, what went wrong): an expected expression is right when a time
    expression with that text and value is found."""
    right, total, wrong = 0, 0, []
    for published, text, expected in cases:
        found = {(t.text, t.value) for t in tag(text, date.fromisoformat(published), lang)}
        for item in expected:
            total += 1
            if item in found:
                right += 1
            else:
                wrong.append(f"{item} not in {sorted(found)} ({text[:40]}…)")
    return right, total, wrong


@pytest.mark.parametrize(("published", "text", "expected"), TUNE + HELD)
def test_paragraph_expressions(published: str, text: str, expected: list) -> None:
    found = [(t.text, t.value) for t in tag(text, date.fromisoformat(published), "uk")]
    for item in expected:
        assert item in found


def test_the_same_year_is_the_storys_not_publications() -> None:
    from datetime import date

    from core.temporal.tagger import tag

    text = (
        "У 2014 році Росія анексувала Крим. Того ж року бойовики захопили Донецьк. "
        "У травні того ж року відбулися вибори, а 16 березня того ж року — референдум."
    )
    found = [(t.text, t.value) for t in tag(text, date(2022, 2, 4), "uk")]
    assert found == [
        ("2014 році", "2014"),
        ("Того ж року", "2014"),
        ("травні того ж року", "2014-05"),
        ("16 березня того ж року", "2014-03-16"),
    ]
