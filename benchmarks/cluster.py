"""Ingest on a Dask cluster against plain ingest, on the Reuters-21578 corpus; the writer's own
ceiling; a projection to ten million articles.

    uv run python benchmarks/cluster.py [--corpus ../shared/corpus/reuters21578]
                                        [--files N] [--skip-plain] [--workers 1 2]

1. Plain ``ingest`` (worker processes, one per CPU) into a fresh database.
2. ``ingest --cluster local:N`` for each N of ``--workers``, each into a fresh database,
   the local cluster's start-up included (printed apart), and whether the store equals the
   plain one (documents, events, sources).
3. The writer alone: the extraction results of the whole corpus, kept from the last
   ``local:N`` run, written again into a fresh database by the same writer ``ingest`` uses,
   with and without merging repeated reports of a happening, each as a bulk load (what the
   command line does) and batch by batch (what the window does, and every ingest did
   before bulk loads); articles and events a second. This is the ceiling of one writer,
   however many machines extract.
4. Shards (``core.store.shards``, only for a load that keeps every event apart): the same
   results written into one shard database per file by two worker processes, then merged
   by the writer with ATTACH and INSERT … SELECT; the writer's pace against 3.
5. The scaling ratio (local:2 against local:1) and a projection, with its assumptions, of
   ten million articles on 10 and on 100 machines.

Prints figures; asserts nothing. The machine it runs on may be shared: say so with the figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import core.ingest as ingest_module
from core import cluster as engines
from core.ingest import IngestReport, _write_all, ingest, same_happening
from core.store import open_store
from core.store.shards import merge_shard, write_shard

ROOT = Path(__file__).resolve().parent.parent
TARGET_ARTICLES = 10_000_000
CORES_PER_MACHINE = 16  # assumption of the projection: a common server today


def compare(db: Path, reference: Path) -> bool:
    """The same documents, events and sources (ids, merges and titles included)."""

    def dump(path: Path) -> list:
        conn = sqlite3.connect(path)
        try:
            return [
                conn.execute(query).fetchall()
                for query in (
                    "SELECT id, content_hash, path, locator, published FROM documents ORDER BY id",
                    'SELECT id, document_id, title, start, "end", sources, score FROM events '
                    "ORDER BY id",
                    "SELECT event_id, document_id, char_start, char_end FROM event_sources "
                    "ORDER BY id",
                )
            ]
        finally:
            conn.close()

    return dump(db) == dump(reference)


def cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of the finished processes it started (worker
    processes, a local cluster's nannies and workers once it is closed)."""
    mine, theirs = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return mine.ru_utime + mine.ru_stime, theirs.ru_utime + theirs.ru_stime


def timed_ingest(
    files: list[Path], db: Path, cluster: str | None
) -> tuple[float, IngestReport, tuple[float, float]]:
    """Wall seconds, the report, and CPU seconds (here: the writer; there: the workers)."""
    store = open_store(db)
    before = cpu()
    began = time.perf_counter()
    report = ingest(store, files, cluster=cluster, bulk=True)  # as the command line does
    elapsed = time.perf_counter() - began
    store.close()
    after = cpu()
    return elapsed, report, (after[0] - before[0], after[1] - before[1])


def cluster_start(workers: int) -> float:
    began = time.perf_counter()
    with engines.connect(f"local:{workers}") as engine:
        engine.client.submit(abs, -1).result()
    return time.perf_counter() - began


def keeping(results: list) -> Callable[[], None]:
    """Keep every extraction result ``ingest`` writes (for the writer's ceiling afterwards,
    without extracting the corpus once more); returns what undoes it."""
    original = ingest_module._write_all

    def write_all(store, ran, *args):
        return original(store, (results.append(r) or r for r in ran), *args)

    ingest_module._write_all = write_all
    return lambda: setattr(ingest_module, "_write_all", original)


def writer_ceiling(
    results: list, db: Path, merge: bool, bulk: bool
) -> tuple[float, float, int, int]:
    store = open_store(db)
    report = IngestReport()
    began, busy = time.perf_counter(), time.process_time()
    totals = (len({r.path for r in results}), len(results))
    _write_all(store, iter(results), totals, report, None, lambda: False,
               same_happening if merge else None, bulk)  # fmt: skip
    elapsed, busy = time.perf_counter() - began, time.process_time() - busy
    documents, sources = store.count_documents(), sum(store.source_counts().values())
    store.close()
    return elapsed, busy, documents, sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/reuters21578")
    parser.add_argument("--files", type=int, default=0, help="only the first N files (0: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-plain", action="store_true")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.sgm"))[: args.files or None]
    if not files:
        sys.exit(f"no .sgm files in {args.corpus}")
    load = os.getloadavg()[0]
    print(f"{len(files)} files of {args.corpus}; {os.cpu_count()} CPUs, load {load:.1f} at start")
    tmp = Path(tempfile.mkdtemp(prefix="datelines-cluster-bench-"))
    rates: dict[str, float] = {}
    reference = None
    if not args.skip_plain:
        elapsed, report, (here, there) = timed_ingest(files, tmp / "plain.db", None)
        reference = tmp / "plain.db"
        articles = len(report.added)
        rates["plain"] = articles / elapsed
        print(f"plain ingest:  {articles:,} articles, {report.events:,} events in {elapsed:.1f} s "
              f"= {rates['plain']:,.0f} articles/s; CPU: workers {there:.0f} s, "
              f"writer {here:.0f} s")  # fmt: skip
    results: list = []
    for n in args.workers:
        start = cluster_start(n)
        undo = keeping(results) if n == max(args.workers) else lambda: None
        elapsed, report, (here, there) = timed_ingest(files, tmp / f"local{n}.db", f"local:{n}")
        undo()
        articles = len(report.added)
        rates[f"local:{n}"] = articles / elapsed
        rates[f"cpu:{n}"] = there / articles  # CPU seconds an article on the workers
        same = (
            ""
            if reference is None
            else f"; store equals plain: {compare(tmp / f'local{n}.db', reference)}"
        )
        print(f"local:{n}:       {articles:,} articles in {elapsed:.1f} s = "
              f"{rates[f'local:{n}']:,.0f} articles/s "
              f"(cluster start-up alone {start:.1f} s); CPU: workers {there:.0f} s "
              f"({1000 * there / articles:.1f} ms an article), writer {here:.0f} s"
              f"{same}")  # fmt: skip
    for merge in (True, False):
        for bulk in (True, False):
            elapsed, busy, documents, sources = writer_ceiling(
                results, tmp / f"w{merge}{bulk}.db", merge, bulk
            )
            label = "merging repeated reports" if merge else "every event apart (same=None)"
            label += ", bulk load" if bulk else ", batch by batch"
            rates[f"writer{merge}{bulk}"] = documents / busy
            rates[f"events{merge}{bulk}"] = sources / busy
            print(f"writer alone, {label}: {documents:,} articles, {sources:,} events in "
                  f"{elapsed:.1f} s ({busy:.1f} s of CPU) = {documents / elapsed:,.0f} "
                  f"articles/s, {sources / elapsed:,.0f} events/s; on a core of its own "
                  f"{documents / busy:,.0f} articles/s, {sources / busy:,.0f} events/s"
            )  # fmt: skip
    shards(results, tmp, rates)
    if "local:1" in rates and "local:2" in rates:
        print(f"scaling: local:2 / local:1 = {rates['local:2'] / rates['local:1']:.2f} "
              f"(2.00 would be linear)")  # fmt: skip
    project(rates)


def project(rates: dict[str, float]) -> None:
    # A core's pace from the CPU seconds the workers spent an article (cluster overhead
    # included): wall times on a shared machine say more about the neighbours than the code.
    n = max(int(k.split(":")[1]) for k in rates if k.startswith("cpu:"))
    per_core = 1 / rates[f"cpu:{n}"]
    writer = rates["writerTrueTrue"]
    print(f"\nprojection for {TARGET_ARTICLES:,} articles (assumptions: {CORES_PER_MACHINE} "
          f"cores a machine, each extracting {per_core:,.0f} articles/s, the CPU time an "
          f"article took on local:{n} here; Reuters-sized articles; files on a shared path; "
          f"one writer merging repeated reports at the {writer:,.0f} articles/s of CPU time "
          "measured above, on a core of its own; the network not the limit):")  # fmt: skip
    for machines in (10, 100):
        engine = machines * CORES_PER_MACHINE * per_core
        rate = min(engine, writer)
        limit = "the writer" if writer < engine else "the extraction"
        hours = TARGET_ARTICLES / rate / 3600
        print(f"  {machines:>3} machines: extraction {engine:,.0f} articles/s, writer "
              f"{writer:,.0f} → {hours:.1f} h, bound by {limit}")  # fmt: skip
    hours = TARGET_ARTICLES / min(2 * per_core, writer) / 3600
    print(f"  one 2-core desktop (this machine, alone): {hours:.1f} h")
    apart = rates["shards"]
    print(f"  keeping every event apart, shards merged at {apart:,.0f} articles/s of the "
          f"writer's CPU (writing them costs the workers {rates['shard_cost']:.2f} ms an "
          "article more):")  # fmt: skip
    for machines in (10, 100):
        engine = machines * CORES_PER_MACHINE / (1 / per_core + rates["shard_cost"] / 1000)
        rate = min(engine, apart)
        limit = "the writer" if apart < engine else "the extraction"
        print(f"  {machines:>3} machines: {TARGET_ARTICLES / rate / 3600:.1f} h, bound by {limit}")


def _write_shard(job: tuple[Path, list]) -> float:
    began = time.process_time()
    write_shard(*job)
    return time.process_time() - began


def shards(results: list, tmp: Path, rates: dict[str, float]) -> None:
    """One shard a file, written by two worker processes, merged by the writer."""
    by_file: dict[str, list] = {}
    for result in results:
        by_file.setdefault(result.path, []).extend(result.documents)
    jobs = [(tmp / f"shard{n}.db", docs) for n, docs in enumerate(by_file.values())]
    began = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        workers = sum(pool.map(_write_shard, jobs))
    written = time.perf_counter() - began
    store = open_store(tmp / "merged.db")
    began, busy = time.perf_counter(), time.process_time()
    with store.bulk(keep_indexes=False):
        for path, _ in jobs:
            merge_shard(store, path)
    elapsed, busy = time.perf_counter() - began, time.process_time() - busy
    documents, events = store.count_documents(), store.count_events()
    store.close()
    rates["shards"], rates["shard_cost"] = documents / busy, 1000 * workers / documents
    same = compare(tmp / "merged.db", tmp / "wFalseTrue.db")
    print(f"shards, every event apart: {len(jobs)} written by 2 workers in {written:.1f} s "
          f"({workers:.1f} s of their CPU), merged by the writer in {elapsed:.1f} s ({busy:.1f} s "
          f"of CPU) = {documents / busy:,.0f} articles/s, {events / busy:,.0f} events/s on a "
          f"core of its own, {rates['shards'] / rates['writerFalseTrue']:.2f}x the writer "
          f"alone; store equals the writer's: {same}")  # fmt: skip


if __name__ == "__main__":
    main()
