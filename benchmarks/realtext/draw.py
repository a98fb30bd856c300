"""Draw real-text folders for hand chronologies from the corpora in ``../shared`` (not copied here).

    uv run python benchmarks/realtext/draw.py OUT [--seed 36]

Writes, under OUT (keep it outside the repository: research licences), six folders, each
with ``articles/*.txt`` and ``meta.json`` (file, lang, publication date, source id):

- ``en_test`` / ``en_dev``: TimeBank/AQUAINT news from ``tempeval3-train``, 900–9,000
  characters with three or more time expressions; the test folder from the second half of
  each subset's files (the half ``benchmarks/event_anchor.py --half first`` never tunes on),
  the development folder from the first half;
- ``rt_test`` / ``rt_dev``: Reuters 1987 articles (headline, blank line, body), 1,200–5,000
  characters with five or more date words;
- ``xx_test`` / ``xx_dev``: Spanish, French and German news from ``timex-dev`` (10/12 es,
  8/8 fr, 8/8 de), disjoint.

Annotators then write each folder's ``gold.json`` from reading only (``ANNOTATE.md``),
``validate.py`` checks it, ``benchmarks/chronology.py FOLDER`` scores the app on it and
``AUDIT.md`` says how drawn events are judged by hand. A test folder is read only by its
annotators and evaluators, never by whoever changes the code.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DATE_WORD = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec|19[0-9][0-9]|week|month|year|quarter)\b"
)
# (file name, language, publication date, text, source id)
Doc = tuple[str, str, str, str, str]


def write(out: Path, folder: str, docs: list[Doc]) -> None:
    articles = out / folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    meta = []
    for name, language, dct, text, source in docs:
        (articles / name).write_text(text.strip() + "\n", encoding="utf-8")
        meta.append({"file": name, "lang": language, "dct": dct, "source": source})
    (out / folder / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(folder, len(docs))


def halves() -> tuple[set[str], set[str]]:
    """TimeBank/AQUAINT document ids of each subset's first and second half (by file name)."""
    first: set[str] = set()
    second: set[str] = set()
    for subset in ("TimeBank", "AQUAINT"):
        paths = sorted((SHARED / "tempeval3-train" / subset).glob("*.tml"))
        cut = (len(paths) + 1) // 2
        first |= {p.stem for p in paths[:cut]}
        second |= {p.stem for p in paths[cut:]}
    return first, second


def english(out: Path, seed: int) -> None:
    first, second = halves()
    lines = (SHARED / "tempeval3-train" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines]
    ok = [d for d in docs if 900 <= len(d["text"]) <= 9000 and len(d["timexes"]) >= 3]
    rnd = random.Random(seed)
    test = [d for d in ok if d["doc_id"] in second]
    dev = [d for d in ok if d["doc_id"] in first]
    rnd.shuffle(test)
    rnd.shuffle(dev)

    def doc(d: dict) -> Doc:
        name = re.sub(r"\W", "_", d["doc_id"]) + ".txt"
        return (name, "en", d["dct"][:10], d["text"], d["doc_id"])

    write(out, "en_test", [doc(d) for d in test[:22]])
    write(out, "en_dev", [doc(d) for d in dev[:20]])


def reuters(out: Path, seed: int) -> None:
    found: list[Doc] = []
    for path in sorted((SHARED / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for m in re.finditer(r"<REUTERS[^>]*NEWID=\"(\d+)\">(.*?)</REUTERS>", raw, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", m.group(2), re.S)
            date = re.search(r"<DATE>\s*(\d+)-(\w+)-(\d{4})", m.group(2))
            if not (body and title and date):
                continue
            text = html.unescape(body.group(1)).replace("\x03", "")
            text = re.sub(r"\s*Reuter\s*$", "", text.strip())
            if not 1200 <= len(text) <= 5000 or len(DATE_WORD.findall(text)) < 5:
                continue
            month = MONTHS.index(date.group(2).upper()[:3]) + 1
            dct = f"{date.group(3)}-{month:02d}-{int(date.group(1)):02d}"
            headline = html.unescape(title.group(1)).strip()
            name = f"{path.stem}-{m.group(1)}.txt"
            found.append((name, "en", dct, headline + "\n\n" + text, f"{path.stem}:{m.group(1)}"))
    random.Random(seed * 10 + 1).shuffle(found)
    write(out, "rt_test", found[:20])
    write(out, "rt_dev", found[20:36])


def foreign(out: Path, seed: int) -> None:
    rnd = random.Random(seed * 10 + 2)
    test: list[Doc] = []
    dev: list[Doc] = []
    for language, n_test, n_dev, least in (("es", 10, 12, 3), ("fr", 8, 8, 2), ("de", 8, 8, 2)):
        lines = (SHARED / "timex-dev" / f"{language}_dev.jsonl").read_text(encoding="utf-8")
        docs = [json.loads(line) for line in lines.splitlines()]
        ok = [d for d in docs if 300 <= len(d["text"]) <= 9000 and len(d["timexes"]) >= least]
        rnd.shuffle(ok)

        def doc(d: dict, language: str = language) -> Doc:
            stem = re.sub(r"\W", "_", d["doc_id"]).removesuffix("_txt").removesuffix("_tml")
            return (f"{language}_{stem}.txt", language, d["dct"][:10], d["text"], d["doc_id"])

        test += [doc(d) for d in ok[:n_test]]
        dev += [doc(d) for d in ok[n_test : n_test + n_dev]]
    write(out, "xx_test", test)
    write(out, "xx_dev", dev)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=36)
    args = ap.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is absent: the corpora are not on this machine")
    english(args.out, args.seed)
    reuters(args.out, args.seed)
    foreign(args.out, args.seed)


if __name__ == "__main__":
    main()
