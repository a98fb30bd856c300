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
