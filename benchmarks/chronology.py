"""Chronology recall on our own development articles, scored as ``check_chronology`` scores.

    uv run python benchmarks/chronology.py [SET_DIR ...] [--lang en] [--misses] [--save OUT]

Each set is a folder with ``articles/`` and ``gold.json`` (the format of
``../shared/tools/check_chronology.py``); with no folder given, every set under
``benchmarks/chronologies/``. The articles there were written for this project in our own
words, with a chronology written by hand. For every set:

1. every article is ingested into a fresh database and its detected publication date compared
   with the gold one (day level) where the text prints it;
2. every article is redated to its gold publication date, so relative dates are judged apart
   from publication-date detection, and its events are matched with the gold: an event matches
   when its title + sentence hold every word of ``all`` and its start begins with the gold date;
3. a gold ``forbidden`` date that starts an event of its article counts as a trap.

Prints recall per language and per set, traps, printed publication dates found and event counts.
``--misses`` lists each missed gold event with the events the app made from that article's
sentence holding its words; ``--save`` writes every event (file, start, title, sentence) as JSON.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.export.records import stored_record
from core.ingest import ingest
from core.redate import redate_document
from core.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "benchmarks" / "chronologies"
SAVED = ("start", "precision", "title", "sentence")
IN_TEXT = re.compile(r"byline|date line|dateline|timestamp")  # the text prints its date


def text(event: dict) -> str:
    return f"{event.get('title', '')} {event.get('sentence', '')}".lower()


def matches(gold: dict, event: dict) -> bool:
    if not all(w.lower() in text(event) for w in gold["all"]):
        return False
    if gold.get("undated"):
        return bool(event.get("undated"))
    if event.get("undated") or not str(event.get("start") or "").startswith(gold["date"]):
        return False
    return gold.get("precision") in (None, event.get("precision"))


def run_set(folder: Path) -> tuple[list[dict], dict[str, list[dict]], dict[str, str]]:
    """The gold, every event by file name, and each file's detected publication date."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = collections.defaultdict(list)
    detected: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "chronology.db")
        try:
            ingest(store, sorted((folder / "articles").iterdir()), workers=1)
            ids = {}
            for d in store.documents():
                name = Path(d["path"]).name
                ids[name], detected[name] = d["id"], str(d["published"])
            for g in gold:
                if g["file"] in ids:
                    redate_document(store, ids[g["file"]], g["dct"][:10])
            for row in store.events(None, None, with_sources=True):
                record = stored_record(row)
                for source in record.get("sources") or []:
                    by_file[Path(source.get("path", "")).name].append(record)
        finally:
            store.close()
    return gold, by_file, detected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--lang", help="only articles in this language")
    ap.add_argument("--misses", action="store_true", help="list the gold events not found")
    ap.add_argument("--save", type=Path, help="write every event as JSON")
    args = ap.parse_args()
    folders = args.sets or sorted(p for p in SETS.iterdir() if (p / "gold.json").exists())
    found, total, traps = collections.Counter(), collections.Counter(), collections.Counter()
    dct_ok, dct_n, n_events = collections.Counter(), collections.Counter(), collections.Counter()
    per_set, saved = [], []
    for folder in folders:
        gold, by_file, detected = run_set(folder)
        set_found = set_total = set_traps = 0
        for g in gold:
            lang = g["lang"]
            if args.lang and lang != args.lang:
                continue
            events = by_file.get(g["file"], [])
            n_events[lang] += len(events)
            saved += [
                {"set": folder.name, "file": g["file"], **{k: e.get(k) for k in SAVED}}
                for e in events
            ]
            if IN_TEXT.search(g.get("dct_how", "")):
                dct_n[lang] += 1
                dct_ok[lang] += detected.get(g["file"], "")[:10] == g["dct"][:10]
            for ge in g["events"]:
                hit = any(matches(ge, e) for e in events)
                total[lang] += 1
                found[lang] += hit
                set_total += 1
                set_found += hit
                if not hit and args.misses:
                    words = [w.lower() for w in ge["all"]]
                    near = [e for e in events if all(w in text(e) for w in words)]
                    print(f"MISS {folder.name}/{g['file']} {ge['id']} {ge['date']} {ge['all']}")
                    for e in near:
                        print(f"    got {e.get('start')} | {e.get('title')}")
            for f in g.get("forbidden", []):
                bad = [e for e in events if str(e.get("start") or "").startswith(f["date"])]
                if bad:
                    traps[lang] += 1
                    set_traps += 1
                    if args.misses:
                        print(f"TRAP {folder.name}/{g['file']} {f['date']} ({f.get('why')}): "
                              f"{bad[0].get('title')}")  # fmt: skip
        per_set.append(f"{folder.name} {set_found}/{set_total} traps {set_traps}")
    langs = sorted(total)
    print("per language: " + ", ".join(
        f"{lang} {found[lang]}/{total[lang]} ({100 * found[lang] / total[lang]:.0f}%) "
        f"traps {traps[lang]}" for lang in langs))  # fmt: skip
    for name, group in (("English", ["en"]), ("foreign", [x for x in langs if x != "en"])):
        t = sum(total[x] for x in group)
        if t:
            f = sum(found[x] for x in group)
            printed = f"{sum(dct_ok[x] for x in group)}/{sum(dct_n[x] for x in group)}"
            made, trapped = sum(n_events[x] for x in group), sum(traps[x] for x in group)
            print(f"{name}: {f}/{t} ({100 * f / t:.1f}%), traps {trapped}, "
                  f"printed publication dates {printed}, {made} events")  # fmt: skip
    print("per set: " + "; ".join(per_set))
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
