"""Window queries on a million events: median and p95 per zoom level.

    uv run python benchmarks/query.py [--events 1000000] [--db PATH]

Builds (or reuses) a database of synthetic events spread over 30 years, then times
``Store.window`` — what the timeline asks for when the view changes — at five zoom levels,
from the whole 30 years down to one hour, at random positions.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.model import Document, Event
from core.store import open_store

START = 946684800.0  # 2000-01-01
SPAN = 30 * 365.25 * 86400
LEVELS = {
    "30 years": SPAN,
    "1 year": 365.25 * 86400,
    "1 month": 30 * 86400,
    "1 day": 86400,
    "1 hour": 3600,
}
PRECISIONS = (
    [("day", 86400.0)] * 6
    + [("time", 60.0)] * 2
    + [("month", 30 * 86400.0), ("year", 365 * 86400.0)]
)


def build(path: Path, n_events: int, per_doc: int = 1000) -> None:
    store = open_store(path)
    if store.count_events() >= n_events:
        store.close()
        return
    rng = random.Random(7)
    t = time.perf_counter()
    with store.bulk(keep_indexes=False):  # as a headless ingest writes
        _build(store, rng, n_events, per_doc)
    print(f"built {store.count_events():,} events in {time.perf_counter() - t:.0f} s", flush=True)
    store.close()


def _build(store, rng: random.Random, n_events: int, per_doc: int) -> None:
    for d in range(n_events // per_doc):
        events = []
        for _ in range(per_doc):
            precision, length = rng.choice(PRECISIONS)
            start = START + rng.random() * SPAN
            title = f"Synthetic event {rng.randrange(10**6)} in region {rng.randrange(200)}"
            events.append(
                Event(
                    title,
                    "x",
                    None,
                    precision,
                    False,
                    "other",
                    title,
                    0,
                    len(title),
                    start,
                    start + length,
                )
            )
        doc = Document(
            f"/synthetic/{d}.txt", f"Doc {d}", "synthetic", "2000-01-01", "user", f"hash{d}"
        )
        store.add_document(doc, events)


def measure(path: Path, queries: int, n_buckets: int, label: str = "") -> None:
    store = open_store(path)
    rng = random.Random(11)
    everything = []
    print(f"\n{n_buckets} buckets a window{label}")
    print(f"{'window':>10} {'median ms':>10} {'p95 ms':>8} {'events/buckets':>15}")
    for name, width in LEVELS.items():
        times, shapes = [], []
        for _ in range(queries):
            t0 = START + rng.random() * max(SPAN - width, 1)
            begin = time.perf_counter()
            window = store.window(t0, t0 + width, n_buckets=n_buckets, max_events=2000)
            times.append((time.perf_counter() - begin) * 1000)
            shapes.append(len(window.events) if window.events is not None else -len(window.buckets))
        everything += times
        shape = statistics.median(shapes)
        what = f"{shape:.0f} events" if shape >= 0 else f"{-shape:.0f} buckets"
        print(f"{name:>10} {statistics.median(times):10.2f} {_p95(times):8.2f} {what:>15}")
    print(f"{'all':>10} {statistics.median(everything):10.2f} {_p95(everything):8.2f}")
    store.close()


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    # 400: one bucket per 5 px on a 2000-px timeline, what the window asks for; 1000 for scale
    parser.add_argument("--buckets", type=int, nargs="+", default=[400, 1000])
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "datelines-query-bench.db"
    )
    args = parser.parse_args()
    build(args.db, args.events)
    # The first pass reads the database's pages from disk; later ones find them in memory,
    # as a session of zooming and panning does. Both are shown.
    measure(args.db, args.queries, args.buckets[0], " — first pass, pages read from disk")
    for n_buckets in args.buckets:
        measure(args.db, args.queries, n_buckets)


if __name__ == "__main__":
    main()
