"""Reading stored events: every row for the timeline and table, merged sources."""

from __future__ import annotations

from tests.core.store.build import bridge_article, bridge_event, same_title


def test_event_rows_give_dates_as_written_kind_and_first_source(store):
    doc_id, _ = store.add_document(
        bridge_article("a", "/a.txt"),
        [bridge_event("Later", 200.0, "visit"), bridge_event("Sooner", 100.0)],
    )
    rows = sorted(store.event_rows(), key=lambda r: r[1])
    assert [r[3] for r in rows] == ["Sooner", "Later"]
    later = rows[1]
    assert later[1:3] == (200.0, 200.0 + 86400)
    assert later[4:10] == ("day", 0, "visit", "2022-02-07", None, doc_id)
    assert later[10] == 1  # one source
    batches = list(store.event_row_batches(size=1))
    assert [len(b) for b in batches] == [1, 1]
    assert sorted(row for batch in batches for row in batch) == sorted(rows)


def test_merged_event_documents_list_every_source_of_a_merged_event(store):
    first, _ = store.add_document(
        bridge_article("a", "/a.txt"), [bridge_event("Bridge reopens", 100.0)]
    )
    second, _ = store.add_document(
        bridge_article("b", "/b.txt"),
        [bridge_event("Bridge reopens", 100.0), bridge_event("Buses return", 300.0)],
        same=same_title,
    )
    merged = next(r[0] for r in store.event_rows() if r[3] == "Bridge reopens")
    assert sorted(store.merged_event_documents()) == sorted([(merged, first), (merged, second)])
