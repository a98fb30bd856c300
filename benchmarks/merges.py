"""Merged events of a store, as pairs to judge by hand: is each the same happening?

    uv run python benchmarks/merges.py DB [-n 40] [--seed 1]

Prints how many merges the store holds (sources beyond the first of each event), then ``-n``
merged events drawn at random, each as a pair: the event's first source and one other, with
the publication date, the date the source's own sentence gave (re-extracted from the stored
text), the title and the sentence. The text printed comes from the store; nothing is written.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events.extract import extract_events
from core.model import Document, Event


def counts(db: sqlite3.Connection) -> tuple[int, int, int]:
    """Events, events with more than one source, merges (sources beyond the first)."""
    events, merged, sources = db.execute(
        "SELECT count(*), sum(sources > 1), sum(sources) FROM events"
    ).fetchone()
    return events, merged or 0, (sources or 0) - events


def own_event(db: sqlite3.Connection, doc_id: int, span: tuple[int, int], title: str) -> Event:
    """The event as its own article gave it, before merging (its date, precision, names)."""
    row = db.execute(
        "SELECT path, title, text, published, published_source, content_hash, body_start, "
        "locator FROM documents WHERE id = ?",
        [doc_id],
    ).fetchone()
    events = extract_events(Document(*row))
    exact = [e for e in events if (e.char_start, e.char_end) == span and e.title == title]
    near = [e for e in events if (e.char_start, e.char_end) == span]
    return (exact or near or [None])[0]


def show_source(db: sqlite3.Connection, label: str, source: tuple) -> None:
    doc_id, title, sentence, start, end = source
    published, locator = db.execute(
        "SELECT published, locator FROM documents WHERE id = ?", [doc_id]
    ).fetchone()
    own = own_event(db, doc_id, (start, end), title)
    date = f"{own.start} ({own.precision}{', undated' if own.undated else ''})" if own else "?"
    names = ", ".join(e.text for e in own.entities) if own else ""
    print(f"  {label} doc {doc_id} {locator} published {published}; own date {date}")
    print(f"     title: {title}")
    print(f"     names: {names}")
    print(f"     sentence: {' '.join(sentence.split())[:400]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    db = sqlite3.connect(args.db)
    events, merged, merges = counts(db)
    print(f"{events:,} events, {merged:,} with several sources, {merges:,} merges")
    ids = [r[0] for r in db.execute("SELECT id FROM events WHERE sources > 1 ORDER BY id")]
    random.Random(args.seed).shuffle(ids)
    for n, event_id in enumerate(ids[: args.n], 1):
        start, precision = db.execute(
            "SELECT start, precision FROM events WHERE id = ?", [event_id]
        ).fetchone()
        sources = db.execute(
            "SELECT document_id, title, sentence, char_start, char_end FROM event_sources "
            "WHERE event_id = ? ORDER BY id",
            [event_id],
        ).fetchall()
        other = random.Random(args.seed * 1000 + event_id).choice(sources[1:])
        print(f"\n#{n} event {event_id}: {start} ({precision}), {len(sources)} sources")
        show_source(db, "A", sources[0])
        show_source(db, "B", other)


if __name__ == "__main__":
    main()
