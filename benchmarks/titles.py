"""A title-parse judge: sample events from Reuters files and flag titles a reader may not parse.

    uv run python benchmarks/titles.py ../shared/corpus/reuters21578/reut2-003.sgm [-n 60]
        [--seed 1] [--sentences] [--flagged]

Draws ``-n`` events (seeded) from the articles of the files given, prints each title (with
its sentence under ``--sentences``) and the mechanical checks it fails, then the share of
titles flagged. The checks are a floor, not the measure: a title can pass them all and still
not parse, so read the sample against its sentences.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import lang
from core.events.extract import extract_events
from core.reading.readers import read_documents

MAX_CHARS = 70
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def checks(title: str, language: str = "en") -> list[str]:
    """The mechanical checks ``title`` fails, by name."""
    c = lang.words(language, "clauses")
    words = _WORD.findall(title)
    lower = [w.lower() for w in words]
    failed = []
    dangling = c.DETERMINERS | c.PREPOSITIONS | c.COORDINATORS | c.TITLE_DANGLING
    if lower and lower[-1] in dangling and not title.endswith(('"', "”", ")")):
        failed.append("dangling-end")
    if not any(_finite(w, c) for w in lower):
        failed.append("no-finite-verb")
    if lower and lower[0] in c.PRONOUNS | {"there", "its", "their", "his", "her"}:
        failed.append("pronoun-start")
    if title.count('"') % 2 or title.count("“") != title.count("”"):
        failed.append("unbalanced-quote")
    if title.count("(") != title.count(")"):
        failed.append("unbalanced-paren")
    if len(title) > MAX_CHARS:
        failed.append("too-long")
    if title[:1].islower():
        failed.append("lower-start")
    return failed


def _finite(word: str, c) -> bool:
    if word in c.AUX:
        return True
    if "VERB" not in c.lemmas(word) or word.endswith(c.GERUND):
        return False
    verbs = c.lemmas(word)["VERB"]
    return c.is_past(word) or (word.endswith(c.THIRD_PERSON_ENDS) and word not in verbs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sentences", action="store_true", help="print each event's sentence")
    parser.add_argument("--flagged", action="store_true", help="print only flagged titles")
    args = parser.parse_args()
    events = []
    for path in args.files:
        for doc in read_documents(path):
            events.extend(extract_events(doc))
    sample = random.Random(args.seed).sample(events, min(args.n, len(events)))
    flagged: Counter[str] = Counter()
    count = 0
    for number, event in enumerate(sample, 1):
        failed = checks(event.title)
        flagged.update(failed)
        count += bool(failed)
        if args.flagged and not failed:
            continue
        mark = f"  [{', '.join(failed)}]" if failed else ""
        print(f"{number:3d}. {event.start:<12} {event.title}{mark}")
        if args.sentences:
            print(f"       | {' '.join(event.sentence.split())}")
    print(f"\n{len(events):,} events, {len(sample)} sampled, {count} flagged "
          f"({count / max(1, len(sample)):.0%})")  # fmt: skip
    for name, n in flagged.most_common():
        print(f"  {name}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
