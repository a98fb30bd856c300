"""Round 3 of #16: the chronologies of ``round3.py`` per language. A wrong date is worse than
a missing event, so none is allowed; the floors are the counts reached after the fixes."""

from __future__ import annotations

import pytest

from tests.core.lang.round3 import DEV, totals

# (right at least, of) per language; the first figure in the comment is before round 3
FLOORS = {"de": 12, "fr": 13, "es": 13, "ru": 12, "uk": 12}


@pytest.mark.parametrize("language", sorted(DEV))
def test_the_round3_articles_give_their_chronology(language: str) -> None:
    right, wrong, listed = totals(DEV[language], language)
    assert right >= FLOORS[language], f"{right}/{listed}"
    assert wrong <= {"de": 1}.get(language, 0), f"{wrong} dated wrong"
