"""What the timeline reads for a time window: events, long spans, bucket summaries."""

from __future__ import annotations

from tests.core.store.build import DAY, article, bridge_article, bridge_event, dated


def test_window_finds_events_overlapping_it_including_long_spans(store):
    store.add_document(
        article(),
        [dated("early", 10), dated("inside", 100), dated("year-long", 0, "year"),
         dated("late", 400)],
    )  # fmt: skip
    titles = [r[3] for r in store.events_in_window(90 * DAY, 110 * DAY)]
    assert titles == ["year-long", "inside"]


def test_dense_window_comes_back_as_buckets_with_counts_and_a_top_event(store):
    events = [dated(f"e{i}", i % 300) for i in range(3000)]
    store.add_document(article(), events)
    window = store.window(0, 300 * DAY, n_buckets=30, max_events=500)
    assert window.events is None
    assert sum(b.count for b in window.buckets) == 3000
    assert all(b.top_title and b.t0 < b.t1 for b in window.buckets)
    sparse = store.window(0, 2 * DAY, n_buckets=30, max_events=500)
    assert sparse.events is not None and len(sparse.events) == 20


def test_a_window_crowded_by_long_events_counts_them_instead(store):
    store.add_document(article(), [dated(f"year {i}", i % 7, "year") for i in range(30)])
    store.add_document(article("h2", "/b.txt"), [dated("the day itself", 100)])
    crowded = store.window(100 * DAY, 101 * DAY, n_buckets=10, max_long=20)
    assert [e[3] for e in crowded.events] == ["the day itself"] and crowded.hidden_long == 30
    roomy = store.window(100 * DAY, 101 * DAY, n_buckets=10, max_long=50)
    assert len(roomy.events) == 31 and roomy.hidden_long == 0


def test_the_overview_counts_every_event_by_when_it_starts(store):
    day = 86400.0
    events = [bridge_event(f"E{i}", 1.6e9 + i * 30 * day) for i in range(12)]
    store.add_document(bridge_article("a", "/a.txt"), events)
    starts, counts, width = store.overview_counts(n=4)
    assert counts.sum() == 12
    assert starts[0] <= 1.6e9 and starts[-1] + width > 1.6e9 + 11 * 30 * day


def test_the_overview_of_an_empty_store(store):
    starts, counts, _ = store.overview_counts()
    assert len(starts) == len(counts) == 0


def test_overview_counts_are_the_stored_buckets_side_by_side(store):
    events = [dated(f"e{i}", (i * 7) % 365) for i in range(1000)]
    store.add_document(article(), events)
    starts, counts, width = store.overview_counts(n=50)
    assert counts.sum() == 1000 and len(starts) >= 50 // 2
    assert (starts[1:] - starts[:-1] >= width).all()  # one after another, none overlapping
    assert starts[0] <= min(e.start_ts for e in events) < starts[0] + width
    _, finest, _ = store.overview_counts(n=10_000_000)
    assert finest.sum() == 1000  # the finest level stored, however many are asked for


def test_most_salient_of_a_stretch_with_how_many_start_there(store):
    from dataclasses import replace

    events = [replace(dated(f"e{i}", 10 + i % 3), salience=i / 100) for i in range(30)]
    store.add_document(article(), events)
    total, rows = store.most_salient(10 * DAY, 11 * DAY, limit=4)
    assert total == 10 and [r[3] for r in rows] == ["e27", "e24", "e21", "e18"]
    assert store.most_salient(50 * DAY, 60 * DAY) == (0, [])
