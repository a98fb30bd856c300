"""Tag a JSONL corpus with core.temporal.tagger.tag, for scoring with timex_score.py.

Reads {"doc_id", "dct", "text"} per line and writes {"doc_id", "timexes": [...]}, the format
of `main.py timex --jsonl`:

    uv run python benchmarks/timex_eval.py GOLD.jsonl -o /tmp/pred.jsonl
    python ../shared/tools/timex_score.py GOLD.jsonl /tmp/pred.jsonl --errors 30
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.temporal.tagger import tag


def parse_dct(text: str) -> date | datetime:
    moment = datetime.fromisoformat(text)
    return moment.date() if len(text) <= 10 else moment


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args()
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    with args.jsonl.open(encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            doc = json.loads(line)
            timexes = [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                for t in tag(doc["text"], parse_dct(doc["dct"]))
            ]
            out.write(json.dumps({"doc_id": doc["doc_id"], "timexes": timexes}) + "\n")
    if args.output:
        out.close()


if __name__ == "__main__":
    main()
