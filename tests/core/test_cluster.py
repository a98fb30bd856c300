"""ingest on a Dask cluster (core.cluster): the store is exactly the one plain ingest makes,
whether the workers read the files where they are or are sent them, and when a worker is
killed mid-run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.ingest import ingest
from core.store import open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters21578"
SMALLEST_REUTERS = REUTERS / "reut2-021.sgm"  # 578 articles, the smallest of the 22

# Every stored column but when it was added, in id order: ids, merges and titles included.
TABLES = {
    "documents": "id, content_hash, path, locator, title, text, published, published_source, "
    "body_start, language",
    "events": 'id, document_id, title, start, "end", precision, undated, kind, sentence, '
    "char_start, char_end, start_ts, end_ts, sources, score, salience, edited, checked",
    "event_sources": "id, event_id, document_id, title, sentence, char_start, char_end",
    "entities": "id, name, kind",
    "event_entities": "event_id, entity_id",
    "event_buckets": "level, bucket, count, top_id, top_score, top_title",
}


def contents(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
            for table, columns in TABLES.items()
        }
    finally:
        conn.close()


def plain(paths: list[Path], db: Path) -> dict[str, list[tuple]]:
    store = open_store(db)
    report = ingest(store, paths)
    store.close()
    assert report.added and not report.failed
    return contents(db)


@pytest.fixture
def articles(tmp_path, own_sample) -> Path:
    """Our fixtures, and the team's sample told again with a closing line of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    for fixture in FIXTURES.iterdir():
        (folder / fixture.name).write_bytes(fixture.read_bytes())
        os.utime(folder / fixture.name, ns=(fixture.stat().st_mtime_ns,) * 2)
    base = own_sample.read_text(encoding="utf-8")
    for i in range(12):
        (folder / f"told-{i:02d}.txt").write_text(f"{base}\nA closing line, {i}.\n")
    return folder


def _cli_cluster_ingest(paths: list[Path], db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "ingest", *map(str, paths), "--db", str(db),
         "--cluster", "local:2"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip


def test_ingest_on_a_local_cluster_stores_exactly_what_plain_ingest_stores(tmp_path, articles):
    # our fixtures, and one Reuters archive when ../shared is beside the repository
    paths = [articles, *([SMALLEST_REUTERS] if SMALLEST_REUTERS.exists() else [])]
    expected = plain(paths, tmp_path / "plain.db")
    run = _cli_cluster_ingest(paths, tmp_path / "cluster.db")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "local cluster of 2 workers" in run.stderr and "read where they are" in run.stderr
    assert contents(tmp_path / "cluster.db") == expected
    if SMALLEST_REUTERS.exists():
        assert sum(d[2] == str(SMALLEST_REUTERS) for d in expected["documents"]) == 578


def _start(command: list[str], folder: Path, address_file: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *command, "--scheduler-file", str(address_file),
         "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0"],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def running_cluster(tmp_path_factory):
    """A cluster already running, as a user's would be: a scheduler and two workers started
    apart, from a folder without Datelines (its code reaches them with the run), reached by
    the scheduler's address."""
    from distributed import Client

    folder = tmp_path_factory.mktemp("cluster")
    address_file = folder / "scheduler.json"
    scheduler = ["distributed.cli.dask_scheduler", "--port", "0"]
    workers = ["distributed.cli.dask_worker", "--nworkers", "2", "--nthreads", "1"]
    started = [_start(command, folder, address_file) for command in (scheduler, workers)]
    try:
        client = Client(scheduler_file=str(address_file), timeout=120)
        client.wait_for_workers(2, timeout=120)
        yield client.scheduler.address, client
        client.close()
    finally:
        for process in started:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)


def test_files_the_workers_cannot_see_are_shipped_with_the_tasks(
    tmp_path, articles, running_cluster, monkeypatch
):
    address, _ = running_cluster
    (articles / "broken.txt").write_bytes(b"\x00\x01binary" * 10)
    reference = open_store(tmp_path / "plain.db")
    expected_failed = ingest(reference, [articles]).failed
    reference.close()
    monkeypatch.setattr("core.cluster.visible", lambda engine, files: set())  # a laptop's folder
    store = open_store(tmp_path / "cluster.db")
    report = ingest(store, [articles], cluster=address)
    assert f"{len(list(articles.iterdir()))} files shipped with the tasks" in report.engine
    assert report.failed == expected_failed and report.failed[0][0] == str(articles / "broken.txt")
    again = ingest(store, [articles], cluster=address)  # nothing stored twice
    assert (again.added, again.events) == ([], 0) and len(again.present) == len(report.added)
    store.close()
    assert contents(tmp_path / "cluster.db") == contents(tmp_path / "plain.db")


def test_a_worker_killed_mid_run_is_retried_and_the_store_is_the_clean_one(
    tmp_path, articles, running_cluster
):
    address, client = running_cluster
    given = Path(os.path.relpath(articles))  # the workers' own folder is elsewhere
    expected = plain([given], tmp_path / "plain.db")
    killed = []

    def kill_a_worker(progress) -> None:
        if not killed and progress.steps_done == 1:  # the others are still in flight
            pids = client.run(os.getpid)
            killed.append(pids[sorted(pids)[0]])
            os.kill(killed[0], signal.SIGKILL)

    store = open_store(tmp_path / "cluster.db")
    report = ingest(store, [given], cluster=address, progress=kill_a_worker)
    store.close()
    assert "read where they are" in report.engine
    assert killed and not report.failed and len(report.added) == len(expected["documents"])
    assert killed[0] not in client.run(os.getpid).values()  # it did die (and was replaced)
    assert contents(tmp_path / "cluster.db") == expected


def test_without_the_cluster_extra_the_user_is_told_how_to_get_it(tmp_path, monkeypatch):
    from core.cluster import ClusterError

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    store = open_store(tmp_path / "x.db")
    with pytest.raises(ClusterError, match="uv run --extra cluster"):
        ingest(store, [FIXTURES], cluster="local:2")
    store.close()
