"""Ingest speed per article: an English-only archive against a mixed-language one, side by side.

    uv run python benchmarks/languages.py [--articles 300] [--workers N]

Issue #16 asks that an archive in several languages ingests no slower per article than one
in English alone (± 20%). Both folders are built from the repository's own test articles
(our own sentences): the English one from every English article under ``tests/fixtures``
(they are shorter: compare kB/s too), the mixed one from ``tests/fixtures/languages`` and
``tests/fixtures/multilingual`` (German, French, Spanish, Russian, Ukrainian and English).
Each folder holds ``--articles`` files, the articles repeated with a numbered line so that
every file is new to the store (ingest skips an article it already holds). Each folder is
ingested into a fresh database by ``core.ingest.ingest`` as the app does; a warm-up of a few
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
    ingest(store, [folder], workers=workers)
    elapsed = time.perf_counter() - began
    events = store.count_events()
    store.close()
    return elapsed, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    english, mixed = english_articles(), mixed_articles()
    print(f"articles to repeat: {len(english)} English, {len(mixed)} mixed")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write_folder(base / "warm", english[:3] + mixed[:12], 15)
        warm, _ = timed_ingest(base / "warm", base / "warm.db", args.workers)
        print(f"warm-up (tables of every language, once per process): {warm:.1f} s")
        sizes = {
            "English": write_folder(base / "en", english, args.articles),
            "mixed": write_folder(base / "mixed", mixed, args.articles),
        }
        rates = {}
        for name, folder in (("English", "en"), ("mixed", "mixed")):
            seconds, events = timed_ingest(base / folder, base / f"{folder}.db", args.workers)
            rates[name] = args.articles / seconds
            print(f"{name:8} {args.articles} articles, {sizes[name] / 1024:,.0f} kB, "
                  f"{events:,} events: {seconds:.1f} s, {rates[name]:,.1f} articles/s, "
                  f"{sizes[name] / 1024 / seconds:,.1f} kB/s")  # fmt: skip
    print(f"mixed / English, articles per second: {rates['mixed'] / rates['English']:.2f}")


if __name__ == "__main__":
    main()
