"""Prominence: the event more articles report is the one a bucket shows."""

from __future__ import annotations

from tests.core.store.build import DAY, article, dated, same_title


def test_merged_event_ranks_first_in_its_bucket(store):
    same = same_title
    store.add_document(article("a"), [dated("minor", 5), dated("summit", 5)], same)
    store.add_document(article("b", "/b.txt"), [dated("summit", 5)], same)
    (bucket,) = store.window(0, 10 * DAY, n_buckets=1, max_events=0).buckets
    assert (bucket.count, bucket.top_title) == (2, "summit")
    summit = store.event(next(r[0] for r in store.timeline_rows() if r[3] == "summit"))
    assert [s["path"] for s in summit["sources"]] == ["/a.txt", "/b.txt"]
