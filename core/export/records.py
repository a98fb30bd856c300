"""Write events out: the JSON shape of DESIGN.md's `extract --json`, and CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from core.model import Document, Event

CSV_FIELDS = (
    "id", "title", "start", "end", "precision", "undated", "kind", "sentence", "char_start",
    "char_end", "document_path", "document_title", "document_published",
    "document_published_source", "entities", "sources", "salience", "disputed", "candidate_dates",
)  # fmt: skip


def event_record(event: Event, document: Document) -> dict[str, Any]:
    """An extracted (not yet stored) event in the command-line JSON shape."""
    return {
        "title": event.title,
        "start": event.start,
        "end": event.end,
        "precision": event.precision,
        "undated": event.undated,
        "kind": event.kind,
        "sentence": event.sentence,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "entities": [{"text": e.text, "kind": e.kind} for e in event.entities],
        "document": {
            "path": document.path,
            "title": document.title,
            "published": document.published,
            "published_source": document.published_source,
        },
    }


def stored_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row (``Store.events()``) in the same JSON shape, plus its id and, when
    the row has them, every source of a merged event."""
    record = {
        "id": row["id"],
        "title": row["title"],
        "start": row["start"],
        "end": row["end"],
        "precision": row["precision"],
        "undated": bool(row["undated"]),
        "kind": row["kind"],
        "sentence": row["sentence"],
        "char_start": row["char_start"],
        "char_end": row["char_end"],
        "entities": row.get("entities", []),
        "salience": row.get("salience", 0.0),
        # Sources that disagree on the date (core.events.disputes): each source's own below.
        "disputed": bool(row.get("disputed", 0)),
        "document": {
            "path": row["document_path"],
            "title": row["document_title"],
            "published": row["document_published"],
            "published_source": row["document_published_source"],
        },
    }
    if "sources" in row:
        record["sources"] = [
            {
                "path": s["path"],
                "title": s["document_title"],
                "published": s["published"],
                "published_source": s["published_source"],
                "sentence": s["sentence"],
                "char_start": s["char_start"],
                "char_end": s["char_end"],
                "start": s.get("start") or row["start"],  # the date this source gives
                "end": s.get("end") if s.get("start") else row["end"],
                "precision": s.get("precision") or row["precision"],
            }
            for s in row["sources"]
        ]
    return record


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    json.dump(list(records), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        flat = {k: v for k, v in record.items() if k in CSV_FIELDS}
        flat.update({f"document_{k}": v for k, v in record["document"].items()})
        flat["entities"] = "; ".join(e["text"] for e in record["entities"])
        flat["sources"] = len(record.get("sources", [])) or 1
        flat["candidate_dates"] = "; ".join(candidate_dates(record)) if record["disputed"] else ""
        writer.writerow(flat)


def candidate_dates(record: dict[str, Any]) -> list[str]:
    """The dates a disputed event's sources give, each once, in order.

    >>> candidate_dates({"start": "2027-03-08", "sources": [{"start": "2027-03-09"},
    ...                  {"start": "2027-03-08"}, {"start": "2027-03-09"}]})
    ['2027-03-08', '2027-03-09']
    """
    return sorted({s["start"] for s in record.get("sources", [])} or {record["start"]})
