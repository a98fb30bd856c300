"""Ingest speed per article: an English-only archive against a mixed-language one, side by side.

    uv run python benchmarks/languages.py [--articles 300] [--workers N]

Issue #16 asks that an archive in several languages ingests no slower per article than one
in English alone (± 20%). The folders are built from the repository's own test articles (our
own sentences), two ways:

- same story: ``tests/fixtures/multilingual`` holds one story told in English, German,
  French, Russian and Ukrainian, of about the same length: the English report alone against
  all five, so that articles/s compares like with like;
- all fixtures: every English article under ``tests/fixtures`` against every article of
  ``tests/fixtures/languages`` and ``multilingual`` in a language read; the English ones are
  shorter, so compare kB/s there.
Each folder holds ``--articles`` files, the articles repeated with a numbered line so that
every file is new to the store (ingest skips an article it already holds). Each folder is
ingested into a fresh database by ``core.ingest.ingest`` as the app does, but without merging
events across articles (the repeats would all merge); a warm-up of a few
articles of each language first loads each language's tables, paid once per process and
printed apart. Articles/s and kB/s are printed for both, and the ratio mixed / English.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.ingest import ingest  # noqa: E402
from core.reading.language import detect_language  # noqa: E402
from core.store import open_store  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
READ = ("en", "de", "fr", "es", "ru", "uk")


def _texts(paths: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in paths]


def english_articles() -> list[str]:
    paths = sorted(FIXTURES.glob("**/*.txt"))
    return [t for t in _texts(paths) if detect_language(t).code == "en"]


def mixed_articles() -> list[str]:
    paths = sorted((FIXTURES / "languages").glob("*.txt"))
    paths += sorted((FIXTURES / "multilingual").glob("*.txt"))
    by_language: dict[str, list[str]] = {}
    for text in _texts(paths):
        code = detect_language(text).code
        if code in READ:
            by_language.setdefault(code, []).append(text)
    # one language after another, in turn, so every share of the archive is mixed
    mixed: list[str] = []
    while any(by_language.values()):
        for texts in by_language.values():
            if texts:
                mixed.append(texts.pop())
    return mixed


def write_folder(folder: Path, texts: list[str], count: int) -> int:
    """``count`` files, the texts repeated in turn, each made new by a numbered last line."""
    folder.mkdir(parents=True)
    size = 0
    for i in range(count):
        text = f"{texts[i % len(texts)]}\n\n({i})\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def timed_ingest(folder: Path, db: Path, workers: int | None) -> tuple[float, int]:
    store = open_store(db)
    began = time.perf_counter()
    # same=None: no merging, which a folder of one article repeated would turn into one
    # event with hundreds of sources (a cost of the repetition, not of any language)
    ingest(store, [folder], workers=workers, same=None)
    elapsed = time.perf_counter() - began
    events = store.count_events()
    store.close()
    return elapsed, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--runs", type=int, default=3, help="runs of each folder, in turn")
    args = parser.parse_args()
    same_story = sorted((FIXTURES / "multilingual").glob("*.txt"))
    story_en = [t for t in _texts(same_story) if detect_language(t).code == "en"]
    sets = {
        "same story": (story_en, _texts(same_story)),
        "all fixtures": (english_articles(), mixed_articles()),
    }
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        english, mixed = sets["all fixtures"]
        write_folder(base / "warm", english[:3] + mixed[:12], 15)
        warm, _ = timed_ingest(base / "warm", base / "warm.db", args.workers)
        print(f"warm-up (tables of every language, once per process): {warm:.1f} s")
        for label, (english, mixed) in sets.items():
            print(f"{label}: {len(english)} English and {len(mixed)} mixed articles repeated")
            rates = {}
            folders: dict[str, Path] = {}
            sizes: dict[str, int] = {}
            for name, texts in (("English", english), ("mixed", mixed)):
                folders[name] = base / f"{label}-{name}".replace(" ", "-")
                sizes[name] = write_folder(folders[name], texts, args.articles)
            best: dict[str, tuple[float, int]] = {}
            for run in range(args.runs):  # in turn, each the best of its runs: the machine
                for name in ("English", "mixed"):  # is shared, its load comes and goes
                    db = base / f"{label}-{name}-{run}.db".replace(" ", "-")
                    seconds, events = timed_ingest(folders[name], db, args.workers)
                    if name not in best or seconds < best[name][0]:
                        best[name] = (seconds, events)
            for name in ("English", "mixed"):
                seconds, events = best[name]
                size = sizes[name]
                rates[name] = (args.articles / seconds, size / 1024 / seconds)
                print(f"  {name:8} {args.articles} articles, {size / 1024:,.0f} kB, "
                      f"{events:,} events: {seconds:.1f} s, {rates[name][0]:,.1f} articles/s, "
                      f"{rates[name][1]:,.1f} kB/s")  # fmt: skip
            per_article = rates["mixed"][0] / rates["English"][0]
            per_kb = rates["mixed"][1] / rates["English"][1]
            print(f"  mixed / English: {per_article:.2f} per article, {per_kb:.2f} per kB")


if __name__ == "__main__":
    main()
