"""A second act told with "also" right after one dated on a day takes that day, in sentences of
our own; not after a period, a saying, a day ahead or another paragraph, nor with a pronoun's
subject or a present.

Each case: a body and checks (``tests.core.events.articles.check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1993-09-15"
CASES = [
    ("second-bank", "The Norland central bank drained funds at 5.2 pct on Monday. The Bank of Vesta also stepped into its own market to cap rates.", [("title", "The Bank of Vesta stepped into its own market to cap rates", "1993-09-13")]),
    ("second-actor", "Coastguards rescued four divers on Tuesday. Fishermen also pulled a kayaker from the water.", [("title", "Fishermen pulled a kayaker from the water", "1993-09-14")]),
    # no day to share: a period before, a saying's day, a present, a pronoun (whose act?)
    ("after-period", "Coastguards rescued four divers in August. Fishermen also pulled a kayaker from the water.", [("no-title", "kayaker")]),
    ("after-saying", "Halden Mills said on Tuesday it would shed 40 jobs. Halden Mills also shut a dye works.", [("no-title", "dye works")]),
    ("present", "Ada Roux was detained on Tuesday. Ada Roux also faces a fraud charge.", [("no-title", "fraud charge")]),
    ("pronoun", "Coastguards rescued four divers on Tuesday. They also pulled a kayaker from the water.", [("no-title", "kayaker")]),
    ("after-plan", "Coastguards will hold a drill on Friday. Fishermen also pulled a kayaker from the water.", [("no-title", "kayaker")]),
    ("new-paragraph", "Coastguards rescued four divers on Tuesday.\n\nFishermen also pulled a kayaker from the water.", [("no-title", "kayaker")]),
    ("not-next", "Coastguards rescued four divers on Tuesday. The sea was rough. Fishermen also pulled a kayaker from the water.", [("no-title", "kayaker")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_also_same_day(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
