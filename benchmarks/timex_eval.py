"""Time-expression accuracy on every TIMEX3 set under ../shared/corpus, news and narrative.

    uv run python benchmarks/timex_eval.py                 # every set, one line each
    uv run python benchmarks/timex_eval.py GOLD.jsonl --errors 30
    uv run python benchmarks/timex_eval.py GOLD.jsonl -o /tmp/pred.jsonl

Each document is tagged with ``core.temporal.tagger.tag`` in the language the app detects for
it (``core.reading.language``; nothing when Datelines does not read that language), and each
set is scored by the shared TempEval-3 scorer (``../shared/tools/timex_score.py``, imported,
so the figures are its own): value F1, relaxed and strict span F1. ``-o`` writes one set's
predictions, the format of ``main.py timex --jsonl``, for ``timex_score.py GOLD PRED --errors N``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.reading.language import detect_language, is_read  # noqa: E402
from core.temporal.tagger import tag  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "timex_score.py"


def parse_dct(text: str) -> date | datetime:
    moment = datetime.fromisoformat(text)
    return moment.date() if len(text) <= 10 else moment


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets() -> list[Path]:
    """train.jsonl and every development set, news first."""
    return [CORPUS / "tempeval3-train" / "train.jsonl", *sorted(CORPUS.glob("timex-dev/*.jsonl"))]


def predict(docs: dict[str, dict]) -> dict[str, dict]:
    """Each document tagged as the app tags it: in the language detected from its text, and
    not at all in a language Datelines does not read (the app stores such an article with a
    line in Problems and no events)."""
    out = {}
    for doc_id, doc in docs.items():
        code = detect_language(doc["text"]).code
        found = tag(doc["text"], parse_dct(doc["dct"]), code) if is_read(code) else []
        timexes = [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in found
        ]
        out[doc_id] = {"doc_id": doc_id, "timexes": timexes}
    return out


def score(gold: dict[str, dict], pred: dict[str, dict], score_module: ModuleType) -> dict:
    """The scorer's counts and F1s, as ``timex_score.py`` computes them."""
    counts = dict(gold=0, pred=0, strict=0, relaxed=0, value=0)
    errors: list[str] = []
    for doc_id, doc in gold.items():
        g, p = doc["timexes"], pred.get(doc_id, {}).get("timexes", [])
        strict, relaxed = score_module.match(g, p)
        counts["gold"] += len(g)
        counts["pred"] += len(p)
        counts["strict"] += len(strict)
        counts["relaxed"] += len(relaxed)
        for i, j in relaxed:
            same = g[i].get("value") == p[j].get("value")
            counts["value"] += same
            if not same:
                quote = json.dumps(doc["text"][g[i]["start"] : g[i]["end"]])
                errors.append(f"{doc_id} {quote} {g[i]['value']} <-pred {p[j]['value']}")
    strict_f1 = score_module.prf(counts["strict"], counts["pred"], counts["gold"])[2]
    relaxed_f1 = score_module.prf(counts["relaxed"], counts["pred"], counts["gold"])[2]
    accuracy = counts["value"] / counts["relaxed"] if counts["relaxed"] else 0.0
    return {
        "value_f1": accuracy * relaxed_f1,
        "relaxed_f1": relaxed_f1,
        "strict_f1": strict_f1,
        "gold": counts["gold"],
        "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path, nargs="*", help="gold sets (default: all)")
    ap.add_argument("-o", "--output", type=Path, help="write one set's predictions here")
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong values a set")
    args = ap.parse_args()
    sets = args.jsonl or gold_sets()
    if args.output and len(sets) != 1:
        ap.error("-o writes the predictions of one set: name it")
    score_module = scorer()
    print(f"{'set':24}{'value F1':>10}{'relaxed':>10}{'strict':>10}{'timexes':>9}")
    for path in sets:
        gold = score_module.load(path)
        pred = predict(gold)
        if args.output:
            with args.output.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(record) + "\n" for record in pred.values())
        m = score(gold, pred, score_module)
        print(
            f"{path.stem:24}{100 * m['value_f1']:10.2f}{100 * m['relaxed_f1']:10.2f}"
            f"{100 * m['strict_f1']:10.2f}{m['gold']:9d}"
        )
        for line in m["errors"][: args.errors]:
            print("    " + line)


if __name__ == "__main__":
    main()
