"""Read the whole Reuters-21578 corpus with core.reading.readers and report count, time, failures.

    uv run python benchmarks/read_reuters.py [/work/shared/corpus/reuters21578]

Each of the 22 .sgm files goes through ``read_documents``, the entry point ingest uses.
Prints the number of articles (21,578 expected, every one dated by its <DATE>), the time
taken (one pass, imports excluded), articles per second, where the dates came from, and
every file that failed with its reason. Exits 1 when the count or a date source is wrong.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.reading.readers import ReadError, read_documents

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/reuters21578"
EXPECTED = 21_578


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    folder = parser.parse_args().folder
    files = sorted(folder.glob("*.sgm"))
    if not files:
        print(f"no .sgm files in {folder}", file=sys.stderr)
        return 1
    failures: list[tuple[str, str]] = []
    sources: Counter[str] = Counter()
    precisions: Counter[str] = Counter()
    count = 0
    start = time.perf_counter()
    for path in files:
        try:
            documents = read_documents(path)
        except ReadError as exc:
            failures.append((exc.path, exc.reason))
            continue
        count += len(documents)
        sources.update(doc.published_source for doc in documents)
        precisions.update("time" if "T" in doc.published else "day" for doc in documents)
    elapsed = time.perf_counter() - start
    print(f"files:      {len(files)}")
    print(f"articles:   {count} (expected {EXPECTED})")
    print(f"time:       {elapsed:.2f} s ({count / elapsed:,.0f} articles/s)")
    print(f"dated by:   {dict(sources)}")
    print(f"precision:  {dict(precisions)}")
    print(f"failures:   {len(failures)}")
    for path, reason in failures:
        print(f"  {path}: {reason}")
    ok = count == EXPECTED and set(sources) == {"sgml-date"} and not failures
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
