"""Ingest speed on the Reuters-21578 corpus, and the ratio to a naive dateparser pipeline.

    uv run python benchmarks/ingest.py [--corpus ../shared/corpus/reuters21578] [--sample 500]

1. The whole corpus through ``core.ingest.ingest`` (worker processes, one writer) into a fresh
   database, as the command line writes it (a bulk load; ``--batch-by-batch``: as the window
   does): documents/s, events/s, peak memory.
2. On the first ``--sample`` articles: our pipeline as ``ingest`` runs it against a naive one
   (``dateparser.search_dates`` on each article with RELATIVE_BASE = its publication date,
   each hit stored as an event with the same batched writer), both after a 20-article warm-up
   in this process, whose time (the start-up each pipeline pays once) is printed apart.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events.extract import extract_events, publication_moment
from core.ingest import ingest
from core.model import Event, to_seconds
from core.reading.readers import read_documents
from core.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def whole_corpus(corpus: Path, workers: int | None, bulk: bool = True) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "reuters.db")
        began = time.perf_counter()
        last = [0.0]

        def show(p) -> None:
            if time.perf_counter() - last[0] > 5 or p.done == p.total:
                last[0] = time.perf_counter()
                print(f"  {p.done}/{p.total} files, {p.events:,} events, {p.errors} errors, "
                      f"{last[0] - began:.0f} s", flush=True)  # fmt: skip

        report = ingest(
            store, sorted(corpus.glob("*.sgm")), progress=show, workers=workers, bulk=bulk
        )
        elapsed = time.perf_counter() - began
        docs, events = store.count_documents(), store.count_events()
        sources = sum(store.source_counts().values())
        store.close()
    mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"whole corpus: {docs:,} documents, {events:,} events ({sources:,} sources), "
          f"{len(report.failed)} failed, in {elapsed:.1f} s")  # fmt: skip
    print(f"  {docs / elapsed:,.0f} documents/s, {sources / elapsed:,.0f} events/s")
    print(f"  peak memory: writer {mine:.0f} MB, largest worker {worker:.0f} MB")
    for path, reason in report.failed[:10]:
        print(f"  failed: {path}: {reason}")


def sample(corpus: Path, size: int) -> None:
    archives = sorted(corpus.glob("*.sgm"))
    blocks = re.findall(rb"<REUTERS.*?</REUTERS>", archives[0].read_bytes(), re.S)[:size]
    warm = re.findall(rb"<REUTERS.*?</REUTERS>", archives[-1].read_bytes(), re.S)[:20]
    with tempfile.TemporaryDirectory() as tmp:
        archive, warm_archive = Path(tmp) / "sample.sgm", Path(tmp) / "warm.sgm"
        archive.write_bytes(b"\n".join(blocks))
        warm_archive.write_bytes(b"\n".join(warm))
        documents, warm_documents = read_documents(archive), read_documents(warm_archive)
        # First use loads tables (dateparser's languages, lemmas, place names): paid once per
        # process, shown apart so that the ratio compares the pipelines themselves.
        start_ours = _timed(lambda: _pipeline(warm_archive, Path(tmp) / "w1.db", None))
        start_naive = _timed(lambda: _naive(warm_documents, Path(tmp) / "w2.db"))
        ours = _timed(lambda: _pipeline(archive, Path(tmp) / "ours.db", None))
        naive = _timed(lambda: _naive(documents, Path(tmp) / "naive.db"))
    print(f"{len(documents)}-article sample (the first of the corpus), same writer for both:")
    for name, (seconds, events) in (("ours (ingest as shipped)", ours),
                                    ("naive: search_dates", naive)):  # fmt: skip
        rate = len(documents) / seconds
        print(f"  {name:<26} {seconds:6.2f} s {rate:7.1f} documents/s {events:,} events")
    print(f"  ratio: {naive[0] / ours[0]:.1f}x the naive pipeline")
    print(f"  first 20 articles of a fresh process (start-up included): ours {start_ours[0]:.2f} s,"
          f" naive {start_naive[0]:.2f} s")  # fmt: skip


def per_article(corpus: Path, size: int) -> None:
    """Extraction alone (no reading, no store), one article at a time, after a warm-up."""
    archives = sorted(corpus.glob("*.sgm"))
    documents = [d for archive in archives[1:3] for d in read_documents(archive)][:size]
    for document in documents[:50]:
        extract_events(document)  # tables load once: not the articles' cost
    times, cpu = [], []
    for document in documents:
        began, began_cpu = time.perf_counter(), time.thread_time()
        extract_events(document)
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.thread_time() - began_cpu) * 1000)
    times.sort()
    median, p90 = statistics.median(times), times[int(len(times) * 0.9)]
    print(f"extraction per article ({len(times):,} articles of reut2-001/002, one process):"
          f" median {median:.2f} ms, p90 {p90:.2f} ms, max {times[-1]:.1f} ms")  # fmt: skip
    # wall time counts the waits for other jobs on a shared machine; the thread's CPU time not
    print(f"  the same, CPU time of the extracting thread: median {statistics.median(cpu):.2f} ms")


def _timed(fn) -> tuple[float, int]:
    began = time.perf_counter()
    count = fn()
    return time.perf_counter() - began, count


def _pipeline(archive: Path, db: Path, workers: int | None) -> int:
    store = open_store(db)
    report = ingest(store, [archive], workers=workers)
    store.close()
    return report.events


def _naive(documents, db: Path) -> int:
    from dateparser.search import search_dates

    store = open_store(db)
    count, batch = 0, []
    for document in documents:
        base = publication_moment(document)
        found = (
            search_dates(document.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        )
        events = [
            Event(text, moment.date().isoformat(), None, "day", False, "other", text, 0, 0,
                  to_seconds(moment), to_seconds(moment) + 86400)
            for text, moment in found
        ]  # fmt: skip
        batch.append((document, events))
        count += len(events)
        if len(batch) == 16:
            store.add_documents(batch)
            batch = []
    store.add_documents(batch)
    store.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "reuters21578"
    )
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--skip-whole", action="store_true", help="only the sample comparison")
    parser.add_argument("--batch-by-batch", action="store_true", help="not as a bulk load")
    args = parser.parse_args()
    if not args.skip_whole:
        whole_corpus(args.corpus, args.workers, not args.batch_by_batch)
    sample(args.corpus, args.sample)
    per_article(args.corpus, 2000)


if __name__ == "__main__":
    main()
