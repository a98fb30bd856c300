"""Ingest speed on the Reuters-21578 corpus, and the ratio to a naive dateparser pipeline.

    uv run python benchmarks/ingest.py [--corpus ../shared/corpus/reuters21578] [--sample 500]

1. The whole corpus through ``core.ingest.ingest`` (worker processes, one writer) into a fresh
   database: documents/s, events/s, peak memory.
2. On the first ``--sample`` articles, in this one process: our pipeline (extract events, store)
   against a naive one (``dateparser.search_dates`` on each article with RELATIVE_BASE = its
   publication date, each hit stored as an event), both from the same already-read documents.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events import extract_events, publication_moment
from core.ingest import ingest
from core.model import Event, to_seconds
from core.readers import read_documents
from core.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def whole_corpus(corpus: Path, workers: int | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "reuters.db")
        began = time.perf_counter()
        last = [0.0]

        def show(p) -> None:
            if time.perf_counter() - last[0] > 5 or p.done == p.total:
                last[0] = time.perf_counter()
                print(f"  {p.done}/{p.total} files, {p.events:,} events, {p.errors} errors, "
                      f"{last[0] - began:.0f} s", flush=True)  # fmt: skip

        report = ingest(store, sorted(corpus.glob("*.sgm")), progress=show, workers=workers)
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
    documents = []
    for path in sorted(corpus.glob("*.sgm")):
        documents += read_documents(path)
        if len(documents) >= size:
            break
    documents = documents[:size]
    with tempfile.TemporaryDirectory() as tmp:
        ours = _timed(lambda: _ours(documents, Path(tmp) / "ours.db"))
        naive = _timed(lambda: _naive(documents, Path(tmp) / "naive.db"))
    print(f"{len(documents)}-article sample, one process, documents already read:")
    for name, (seconds, events) in (("ours", ours), ("naive", naive)):
        rate = len(documents) / seconds
        print(f"  {name:<6} {seconds:6.2f} s  {rate:7.1f} documents/s  {events:,} events")
    print(f"  ratio: {naive[0] / ours[0]:.1f}x faster than the naive pipeline")


def _timed(fn) -> tuple[float, int]:
    began = time.perf_counter()
    count = fn()
    return time.perf_counter() - began, count


def _ours(documents, db: Path) -> int:
    store = open_store(db)
    count = 0
    for document in documents:
        events = extract_events(document)
        store.add_document(document, events)
        count += len(events)
    store.close()
    return count


def _naive(documents, db: Path) -> int:
    from dateparser.search import search_dates

    store = open_store(db)
    count = 0
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
        store.add_document(document, events)
        count += len(events)
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
    args = parser.parse_args()
    if not args.skip_whole:
        whole_corpus(args.corpus, args.workers)
    sample(args.corpus, args.sample)


if __name__ == "__main__":
    main()
