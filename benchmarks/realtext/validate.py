"""Check a hand chronology against its folder before it is used.

    uv run python benchmarks/realtext/validate.py FOLDER

Every article of ``meta.json`` has an entry with the same publication date, every date is a
TIMEX3-style value, and each event's words occur together in one sentence of its article (or,
where the crude sentence split cuts after "Inc." or "U.S.", within 400 characters: printed as
"window only" to be checked by eye). Prints the slips and ends with their count.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|W\d{2}|H[12]|SP|SU|FA|WI))?$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def check(folder: Path) -> int:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    meta = {m["file"]: m for m in json.loads((folder / "meta.json").read_text(encoding="utf-8"))}
    slips = events = 0
    seen = set()
    for entry in gold:
        name = entry["file"]
        seen.add(name)
        if name not in meta:
            print("not in meta.json:", name)
            slips += 1
            continue
        if entry["dct"] != meta[name]["dct"]:
            print("publication date differs:", name)
            slips += 1
        text = (folder / "articles" / name).read_text(encoding="utf-8")
        sentences = [" ".join(s.split()).lower() for s in SENTENCE_END.split(text)]
        flat = " ".join(text.split()).lower()
        for event in entry["events"]:
            events += 1
            if not event.get("undated") and not DATE.match(str(event.get("date"))):
                print("not a date:", name, event.get("id"), event.get("date"))
                slips += 1
            words = [w.lower() for w in event.get("all", [])]
            if not words:
                print("no words:", name, event.get("id"))
                slips += 1
            elif not any(all(w in s for w in words) for s in sentences):
                starts = range(0, len(flat), 50)
                near = any(all(w in flat[i : i + 400] for w in words) for i in starts)
                print("window only:" if near else "NOT TOGETHER:", name, event.get("id"), words)
                slips += not near
    print(
        f"{len(gold)} articles, {events} events, {slips} slips, "
        f"articles without entry: {len(set(meta) - seen)}"
    )
    return slips + len(set(meta) - seen)


if __name__ == "__main__":
    sys.exit(1 if check(Path(sys.argv[1])) else 0)
