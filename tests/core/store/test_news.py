"""What is new since the window last showed a timeline: exactly the events the articles
added since then added or changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest import ingest
from core.store import open_store
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


ROOT = Path(__file__).resolve().parents[3]
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters21578"


def _everything(store) -> dict[int, tuple]:
    """Each event as the window could show it: its row, its sources with their dates, and
    its names."""
    conn = store.db.conn
    sources: dict[int, list] = {}
    for row in conn.execute(
        'SELECT event_id, document_id, char_start, char_end, title, start, "end" '
        "FROM event_sources ORDER BY event_id, id"
    ):
        sources.setdefault(row[0], []).append(row[1:])
    names: dict[int, list] = {}
    for event_id, entity_id in conn.execute(
        "SELECT event_id, entity_id FROM event_entities ORDER BY event_id, entity_id"
    ):
        names.setdefault(event_id, []).append(entity_id)
    return {
        row[0]: (row, tuple(sources.get(row[0], ())), tuple(names.get(row[0], ())))
        for row in conn.execute("SELECT * FROM events")
    }


@pytest.mark.skipif(
    not REUTERS.exists(), reason=f"{REUTERS} is absent (the corpus lives beside the repository)"
)
def test_a_thousand_reuters_articles_added_to_twenty_thousand_are_exactly_what_is_new(tmp_path):
    # Reuters-21578 comes in files of 1,000 articles: the first 20 make the timeline, the
    # 21st is what arrives since it was last seen (about a minute on two quiet cores).
    files = sorted(REUTERS.glob("reut2-*.sgm"))
    store = open_store(tmp_path / "reuters.db")
    try:
        ingest(store, files[:20])
        assert store.last_document_id() == 20_000
        before, seen = _everything(store), store.last_document_id()
        ingest(store, files[20:21])
        after, new = _everything(store), set(store.new_since(seen))
    finally:
        store.close()
    added = after.keys() - before.keys()
    changed = {i for i in before if after[i] != before[i]}
    assert new == added | changed
    # the later articles told again of happenings already there, and of new ones
    assert changed and len(added) > 450  # about 500: a floor, not a count of what is right
