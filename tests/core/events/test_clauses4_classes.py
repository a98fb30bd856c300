"""Classes of the fourth clauses round on unseen English (session 18): relatives after the
object of a verb that is no past, and a date after the comma that closes a relative, each in
our own sentences.

Checks as in ``test_clauses3_classes``: ("title", W, V) an event whose title holds W starts at
V; ("no-title", W) no event's title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a relative after the object of a verb's plain form, after "will", a modal or "to": the
    # relative's happening with its own date, its antecedent the subject
    ("relative-after-will-object", "2025-06-03", "The minister will attend the conference, which starts on June 25.", [("title", "The conference starts", "2025-06-25")]),
    ("relative-after-modal-object", "2025-06-03", "Investors could shun the bond, which was priced on Monday.", [("title", "The bond was priced", "2025-06-02")]),
    ("relative-after-to-preposition", "2025-06-03", "The squad will travel to Oslo to prepare for the new season, which starts on August 9.", [("title", "The new season starts", "2025-08-09")]),
    # ... not after a present that is no plain form
    ("relative-after-third-person", "2025-06-03", "The minister attends the talks, which start on June 25.", [("no-title", "The minister attends the talks start")]),
    # a date after the comma that closes a relative is not the relative's
    ("date-after-relative-close", "2025-06-03", "Dunmore closed the purchase, which was subject to financing, in May.", [("no-title", "was subject")]),
    ("date-after-relative-close-ahead", "2025-06-03", "Dunmore expects to complete the takeover, which is subject to funding, in July.", [("no-title", "is subject")]),
    # ... but a comma after a place name stays inside it, and so does a list's
    ("comma-in-a-list", "2025-06-03", "She replaces Tom Irvine, who left as editor, publisher and owner in March.", [("title", "Tom Irvine left", "2025-03")]),
    ("comma-after-place", "2025-06-03", "The talks, which opened in Lima, Peru, on Monday, ended today.", [("title", "The talks opened in Lima", "2025-06-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "no-title":
            assert not [e for e in events if check[1] in e.title], got
