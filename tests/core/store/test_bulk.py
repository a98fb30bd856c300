"""Bulk loads (Store.bulk): the same store as writing document by document, faster; a load
that is killed is completed by the next writer; two loads never run on one database."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.model import Document, Entity, Event
from core.store import buckets, open_store
from tests.core.store.build import DAY, same_title

ROOT = Path(__file__).resolve().parents[3]
WORDS = ["harbour", "bridge", "ministers", "strike", "talks", "vote", "flood", "summit"]


def reports(count: int, seed: int = 5) -> list[tuple[Document, list[Event]]]:
    """Articles of our own, a few events each, some of them told again by a later article
    (with ``same_title`` they merge) and some spanning months (the R*Tree holds those)."""
    rng = random.Random(seed)
    batch = []
    for d in range(count):
        events = []
        for n in range(rng.randint(1, 6)):
            day = rng.randint(0, 150)
            title = f"The {rng.choice(WORDS)} of day {day}"
            long = rng.random() < 0.2
            sentence = f"{title} was reported by the wire, item {n}."
            events.append(Event(
                title, f"d{day}", None, "month" if long else "day", False, "other", sentence,
                0, len(sentence), day * DAY, (day + (31 if long else 1)) * DAY,
                (Entity(rng.choice(["Anna Berg", "Port Authority"]), "person"),),
            ))  # fmt: skip
        text = " ".join(e.sentence for e in events)
        batch.append((Document(f"/in/{d}.txt", f"Report {d}", text, "2021-05-01", "header",
                               f"hash{d}"), events))  # fmt: skip
    return batch


def write(db: Path, batch, bulk: bool, same=None) -> None:
    store = open_store(db)
    if bulk:
        with store.bulk(keep_indexes=same is not None) as loading:
            assert loading
            for n in range(0, len(batch), 7):
                store.add_documents(batch[n : n + 7], same)
    else:
        for n in range(0, len(batch), 7):
            store.add_documents(batch[n : n + 7], same)
    store.close()


def contents(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for fts in ("events_fts", "documents_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES('integrity-check')")
        found = {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("events", "event_sources", "event_entities", "entities",
                          "event_buckets", "events_rtree", "bulk_load")
        }  # fmt: skip
        found["documents"] = conn.execute("SELECT id, content_hash FROM documents").fetchall()
        found["search"] = conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH 'harbour' ORDER BY rowid"
        ).fetchall()
        found["schema"] = sorted(conn.execute("SELECT name, sql FROM sqlite_master").fetchall())
        return found
    finally:
        conn.close()


def test_a_bulk_load_stores_exactly_what_writing_batch_by_batch_stores(tmp_path):
    batch = reports(120)
    for same in (None, same_title):
        write(tmp_path / f"plain{same is None}.db", batch, False, same)
        write(tmp_path / f"bulk{same is None}.db", batch, True, same)
        plain = contents(tmp_path / f"plain{same is None}.db")
        assert plain["search"] and plain["events_rtree"]  # searchable; long events found
        assert contents(tmp_path / f"bulk{same is None}.db") == plain
    merged = contents(tmp_path / "plainFalse.db")
    assert len(merged["events"]) < len(merged["event_sources"])  # repeats did merge


def test_the_pyramid_counted_in_memory_is_the_one_upserts_leave():
    # equal scores on purpose: the top is the first to reach the best score, as one upsert
    # after another (with "a higher score replaces the top") leaves it
    rng = np.random.default_rng(3)
    rows = [(i, float(rng.integers(0, 40)) * 3600 * 7, float(rng.integers(1, 4)), f"t{i}")
            for i in range(3000)]  # fmt: skip
    counts = [int(c) for c in rng.integers(0, 2, len(rows))]  # 0: a score change only
    expected: dict[tuple[int, int], list] = {}
    for (event, start, score, title), count in zip(rows, counts, strict=True):
        for level in range(buckets.BUCKET_LEVELS):
            row = expected.setdefault((level, buckets.bucket_of(start, level)), [0, None, -1, None])
            row[0] += count
            if score > row[2]:
                row[1:] = [event, score, title]
    pending = buckets.Pending()
    pending.RAW = 700  # summaries combined several times
    for n in range(0, len(rows), 250):
        pending.add(rows[n : n + 250], counts[n : n + 250])
    pending._fold()
    s = pending.summary
    got = {(lv, b): [c, i, sc, t] for lv, b, c, i, sc, t in zip(
        s.level.tolist(), s.bucket.tolist(), s.count.tolist(), s.top_id.tolist(),
        s.top_score.tolist(), s.top_title.tolist(), strict=True)}  # fmt: skip
    assert got == expected


_KILLED_LOAD = """
import os, sys
sys.path.insert(0, {root!r})
from tests.core.store.test_bulk import reports
from core.store import open_store
store = open_store({db!r})
with store.bulk():
    batch = reports(60)
    store.add_documents(batch[:30])
    store.add_documents(batch[30:])
    os._exit(9)  # killed mid-load: nothing after this runs
"""


def test_a_killed_bulk_load_is_completed_by_the_next_writer(tmp_path):
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    script = _KILLED_LOAD.format(root=str(ROOT), db=str(killed))
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == 9
    conn = sqlite3.connect(killed)
    left = conn.execute("SELECT count(*) FROM bulk_load").fetchone()[0]
    assert left and not conn.execute("SELECT count(*) FROM events_fts_docsize").fetchone()[0]
    conn.close()
    open_store(killed).close()  # the next writer completes it
    write(clean, reports(60), False)
    assert contents(killed) == contents(clean)
    for db in (killed, clean):  # and every write keeps everything up to date again
        store = open_store(db)
        store.add_documents(reports(64)[60:])
        store.close()
    assert contents(killed) == contents(clean)
    assert contents(killed)["bulk_load"] == []


def test_one_bulk_load_at_a_time_on_a_database(tmp_path):
    first, second = open_store(tmp_path / "t.db"), open_store(tmp_path / "t.db")
    with first.bulk() as loading, second.bulk() as also:
        assert loading and not also  # the second writes as usual meanwhile
        second.add_documents(reports(3))
        reopened = open_store(tmp_path / "t.db")  # a reader while the load runs: no repair
        assert reopened.db.execute("SELECT count(*) FROM bulk_load").fetchone()[0]
        reopened.close()
        first.add_documents(reports(5)[3:])
    first.close()
    second.close()
    assert contents(tmp_path / "t.db")["bulk_load"] == []


def test_shards_merged_in_order_give_the_store_a_plain_write_gives(tmp_path):
    from core.store.shards import merge_shard, write_shard

    batch = reports(90, seed=8)
    write(tmp_path / "plain.db", batch, False)
    shards = [tmp_path / f"shard{n}.db" for n in range(3)]
    for n, shard in enumerate(shards):  # as three workers would, each its share
        assert write_shard(shard, batch[30 * n : 30 * n + 30]) == 30
    for bulk in (False, True):
        store = open_store(tmp_path / f"merged{bulk}.db")
        with store.bulk(keep_indexes=False) if bulk else contextlib.nullcontext():
            added = [merge_shard(store, shard) for shard in shards]
            assert merge_shard(store, shards[1]) == (0, 0)  # a resumed run stores nothing twice
        store.close()
        assert [docs for docs, _ in added] == [30, 30, 30]
        assert contents(tmp_path / f"merged{bulk}.db") == contents(tmp_path / "plain.db")


def test_a_write_undone_in_a_bulk_load_leaves_no_trace(tmp_path):
    batch = reports(60, seed=9)
    calls = [0]

    def fails_later(event, candidates):  # merge rules that break in the middle of a batch
        calls[0] += 1
        if calls[0] == 40:
            raise RuntimeError("merge rules failed")
        return same_title(event, candidates)

    store = open_store(tmp_path / "bulk.db")
    with store.bulk():
        store.add_documents(batch[:20], same_title)
        with pytest.raises(RuntimeError):
            store.add_documents(batch[20:40], fails_later)  # rolled back whole
        store.add_documents(batch[40:], same_title)  # its ids are those the others had
    store.close()
    write(tmp_path / "plain.db", batch[:20] + batch[40:], False, same_title)
    bulk, plain = contents(tmp_path / "bulk.db"), contents(tmp_path / "plain.db")
    assert len(plain["events"]) < len(plain["event_sources"])  # repeats did merge
    pyramid = {t: plain.pop(t) for t in ("event_buckets",)}["event_buckets"]
    rebuilt = bulk.pop("event_buckets")
    assert bulk == plain
    # counted again from the events: the same counts, each top one of the best scored
    assert [r[:3] for r in rebuilt] == [r[:3] for r in pyramid]
    assert [r[4] for r in rebuilt] == [r[4] for r in pyramid]
