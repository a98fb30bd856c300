"""Where a long title may be cut: the prefixes that fit, worked out from bounds on their
length, are those whose joined words fit."""

from __future__ import annotations

import pytest

from core.events.title_ends import _fitting_cuts, _join

CASES = [
    ("The board of Orvane Ltd. approved a 12 pct rise in its dividend on Friday", 3, 30),
    ("Mayor Lund 's office said the “ Harbour Line ” opens 6 / 4 at 9 : 30", 2, 25),
    ("Brack Corp. 's net income rose to $ 4.5 mln ( from $ 3.1 mln )", 2, 20),
    ("„ Terra “ vorgestellt hat die Firma am Montag in Linz", 2, 15),
    ("Sales , profits and margins all fell sharply in the quarter .", 1, 12),
]


@pytest.mark.parametrize(("title", "keep", "max_chars"), CASES)
def test_fitting_cuts_are_the_prefixes_that_fit(title: str, keep: int, max_chars: int) -> None:
    words = title.split()
    fits = [k for k in range(keep, len(words)) if len(_join(words[:k])) <= max_chars]
    assert _fitting_cuts(words, keep, max_chars) == fits
    assert fits  # (each case has a cut that fits, and one that does not)
    assert fits[-1] < len(words) - 1
