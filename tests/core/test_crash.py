"""Kill an ingest at random points: the database stays whole and a re-run completes it."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, cwd=ROOT,
    )  # fmt: skip


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(conn.execute(
            "SELECT d.content_hash, count(s.id) FROM documents d "
            "LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id"
        ).fetchall())  # fmt: skip
    finally:
        conn.close()


def test_sigkill_during_ingest_loses_nothing_committed(tmp_path, own_sample):
    folder = tmp_path / "articles"
    folder.mkdir()
    base = own_sample.read_text(encoding="utf-8")
    for i in range(100):
        (folder / f"{i:02d}.txt").write_text(
            f"{base}\nNote {i}: talks resume on Monday.\n", encoding="utf-8"
        )
    assert _ingest(folder, tmp_path / "clean.db").wait(timeout=300) == 0
    clean = _counts(tmp_path / "clean.db")
    assert len(clean) == 100

    db = tmp_path / "crashed.db"
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1987")))
    for threshold in sorted(rng.sample(range(3, 60), 3)):
        proc = _ingest(folder, db)
        _wait_for_documents(db, threshold, proc)
        os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-flight
        proc.wait(timeout=30)
        stored = _counts(db)
        assert threshold <= len(stored) < 100, "the kill did not land mid-ingest"
        assert all(stored[h] == clean[h] for h in stored), "a document lost some of its events"
    assert _ingest(folder, db).wait(timeout=300) == 0
    assert _counts(db) == clean


def _wait_for_documents(db: Path, count: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Poll (read-only, as another process would) until ``count`` documents are committed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                conn.close()
                if n >= count:
                    return
            except sqlite3.OperationalError:
                pass  # not migrated yet
        time.sleep(0.005)
    raise AssertionError(f"ingest ended or stalled before {count} documents were stored")


def _consistent(db: Path) -> None:
    """What an interrupted write must never leave: half an edit."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            conn.execute(
                "SELECT count(*) FROM events e WHERE sources != "
                "(SELECT count(*) FROM event_sources s WHERE s.event_id = e.id)"
            ).fetchone()[0]
            == 0
        ), "an event's source count disagrees with its sources"
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        counted = conn.execute("SELECT sum(count) FROM event_buckets WHERE level = 0").fetchone()[0]
        assert (counted or 0) == events, "the summaries no longer count the events"
    finally:
        conn.close()


EDIT_LOOP = """
import sys
from core.store import open_store
from core.store.edits import Curator
store = open_store(sys.argv[1])
curator = Curator(store)
ids = [r[0] for r in store.timeline_rows()]
for n in range(10_000):
    if n % 3 == 0:
        curator.delete(ids[n % len(ids):n % len(ids) + 1] or ids[:1])
    elif n % 3 == 1:
        curator.undo()
    else:
        curator.update(ids[n % len(ids)], title=f"Edited {n}")
    print(n, flush=True)
"""


def test_sigkill_during_edits_leaves_each_edit_whole(tmp_path, own_sample):
    db = tmp_path / "edits.db"
    assert _ingest(own_sample.parent, db).wait(timeout=120) == 0
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", EDIT_LOOP, str(db)], cwd=ROOT, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True, text=True,
        )  # fmt: skip
        for _ in range(rng.randrange(5, 40)):  # let it make some edits, then kill it mid-way
            assert proc.stdout.readline(), "the edit loop stopped by itself"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        _consistent(db)


def test_sigkill_during_export_leaves_no_half_file(tmp_path):
    import json

    from core.model import Document, Event
    from core.store import open_store

    db = tmp_path / "big.db"
    store = open_store(db)
    for d in range(20):
        events = [Event(f"Event {d}-{i} " + "words " * 20, "2022-02-04", None, "day", False,
                        "other", "A sentence. " * 10, 0, 10, 1643932800.0 + i, 1644019200.0 + i)
                  for i in range(400)]  # fmt: skip
        store.add_document(
            Document(f"/d{d}.txt", "D", "text", "2022-02-04", "user", f"h{d}"), events
        )
    store.close()
    out = tmp_path / "out" / "timeline.json"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "export", "--format", "json", "--db", str(db),
         "-o", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(out.parent.glob(".timeline.json.*")) and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.001)
    mid_write = proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)  # while the file is being written
    proc.wait(timeout=30)
    if mid_write:
        assert not out.exists(), "a half-written export under the target name"
    else:  # it finished first: then the file is whole
        assert len(json.loads(out.read_text())) == 8000
