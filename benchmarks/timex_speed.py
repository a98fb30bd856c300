"""Speed of core.temporal.tagger.tag against dateparser.search_dates on the same documents.

Runs both over the TempEval-3 training documents (256 news articles) in one process and
prints documents per second for each and the ratio:

    uv run python benchmarks/timex_speed.py [/work/shared/corpus/tempeval3-train/train.jsonl]

dateparser is imported before either timing starts (its ~0.3 s import counts for neither);
search_dates gets RELATIVE_BASE = the publication date and languages=['en'], as a caller of
it would use it. Each figure is one full pass over the documents, first call included.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.temporal.tagger import tag

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/tempeval3-train/train.jsonl"


def load(path: Path, limit: int) -> list[tuple[str, datetime]]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            doc = json.loads(line)
            docs.append((doc["text"], datetime.fromisoformat(doc["dct"])))
    return docs[:limit]


def run_ours(docs: list[tuple[str, datetime]]) -> tuple[float, int]:
    start = time.perf_counter()
    found = sum(len(tag(text, dct)) for text, dct in docs)
    return time.perf_counter() - start, found


def run_dateparser(docs: list[tuple[str, datetime]]) -> tuple[float, int]:
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = 0
    for text, dct in docs:
        hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})
        found += len(hits or [])
    return time.perf_counter() - start, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--docs", type=int, default=256)
    args = ap.parse_args()
    docs = load(args.jsonl, args.docs)
    import dateparser.search  # noqa: F401  (import cost outside both timings)

    chars = sum(len(text) for text, _ in docs)
    ours, n_ours = run_ours(docs)
    theirs, n_theirs = run_dateparser(docs)
    print(f"{len(docs)} documents, {chars:,} characters")
    for name, seconds, found in (
        ("core.temporal.tagger.tag", ours, f"{n_ours} timexes"),
        ("dateparser.search_dates", theirs, f"{n_theirs} dates"),
    ):
        print(f"{name:24} {len(docs) / seconds:9.1f} docs/s  ({seconds:.2f} s, {found})")
    print(f"ratio                    {theirs / ours:9.1f}x faster")


if __name__ == "__main__":
    main()
