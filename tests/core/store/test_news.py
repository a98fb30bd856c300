"""What is new since the window last showed a timeline: exactly the events the articles
added since then added or changed."""

from __future__ import annotations

from core.ingest import ingest
from tests.core.store.test_disputes import DISPUTES


def _ids(store):
    return {e["id"] for e in store.events()}


def test_new_since_is_what_the_later_articles_added_or_changed(store):
    ingest(store, [DISPUTES / "summit_a.txt", DISPUTES / "visit_a.txt"])
    before = _ids(store)
    seen = store.last_document_id()
    starts = {e["id"]: (e["start"], e["sources"]) for e in store.events()}
    ingest(store, [DISPUTES / "summit_b.txt", DISPUTES / "visit_b.txt"])
    new = set(store.new_since(seen))
    after = {e["id"]: (e["start"], e["sources"]) for e in store.events()}
    changed = {i for i in before if after.get(i) != starts[i]}
    added = _ids(store) - before
    assert new == changed | added and changed  # the summit disputed, the visit updated
    assert store.new_since(store.last_document_id()) == []
