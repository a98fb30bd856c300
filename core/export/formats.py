"""Exports people load elsewhere: TimelineJS3 JSON, iCalendar, a Markdown chronology.

Each writer takes records in the shape of ``core.export.records.stored_record`` (sources included).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from html import escape
from itertools import groupby
from pathlib import Path
from typing import Any, TextIO

from core.timelabel import date_label
from core.timeval import parse_value

_DATE_FIELDS = {  # which TimelineJS date fields a precision knows
    "century": ("year",), "decade": ("year",), "year": ("year",), "quarter": ("year", "month"),
    "month": ("year", "month"), "week": ("year", "month", "day"), "day": ("year", "month", "day"),
    "time": ("year", "month", "day", "hour", "minute"),
}  # fmt: skip


def timelinejs(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A TimelineJS3 document: each event's dates carry only the precision it is known to."""
    events = []
    for r in records:
        value = parse_value(r["start"])
        if value is None:
            continue
        event = {
            "start_date": _tl_date(value.start, value.precision),
            "text": {"headline": r["title"], "text": _tl_text(r)},
            "group": r["kind"],
            "unique_id": f"event-{r['id']}",
        }
        end = parse_value(r["end"]) if r["end"] else None
        if end is not None:
            event["end_date"] = _tl_date(end.start, end.precision)
        elif value.precision in ("century", "decade", "quarter", "week"):
            last = value.end - timedelta(seconds=1)  # these periods have no field of their own
            event["end_date"] = _tl_date(last, value.precision)
        events.append(event)
    return {"events": events}


def _tl_date(moment: datetime, precision: str) -> dict[str, Any]:
    return {field: getattr(moment, field) for field in _DATE_FIELDS[precision]}


def _tl_text(record: dict[str, Any]) -> str:
    sources = record.get("sources") or [{**record["document"], "sentence": record["sentence"]}]
    quotes = "".join(
        f"<blockquote>{escape(s['sentence'])}</blockquote><p>— {escape(s['title'] or s['path'])}"
        f" ({escape(s['published'])})</p>"
        for s in sources
    )
    return ("<p><em>Undated; reported on this day.</em></p>" if record["undated"] else "") + quotes


def write_timelinejs(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    json.dump(timelinejs(records), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_ics(records: Iterable[dict[str, Any]], out: TextIO, now: datetime | None = None) -> None:
    """An iCalendar file: one VEVENT per dated event, all-day unless it has a time."""
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Datelines//Datelines//EN",
             "CALSCALE:GREGORIAN"]  # fmt: skip
    for r in records:
        value = parse_value(r["start"])
        if value is None or r["undated"]:
            continue
        end = parse_value(r["end"]) if r["end"] else value
        lines += ["BEGIN:VEVENT", f"UID:datelines-event-{r['id']}", f"DTSTAMP:{stamp}"]
        if value.precision == "time":
            lines.append(f"DTSTART:{value.start:%Y%m%dT%H%M%S}")
            lines.append(f"DTEND:{end.end:%Y%m%dT%H%M%S}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{value.start:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{end.end:%Y%m%d}")
        lines.append(f"SUMMARY:{_ics_text(r['title'])}")
        lines.append(f"DESCRIPTION:{_ics_text(_ics_description(r))}")
        lines.append(f"CATEGORIES:{_ics_text(r['kind'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    out.write("".join(_fold(line) + "\r\n" for line in lines))


def _ics_description(record: dict[str, Any]) -> str:
    sources = record.get("sources") or [{**record["document"], "sentence": record["sentence"]}]
    parts = [f"Date as given: {record['start']} ({record['precision']} precision)"]
    parts += [f"“{s['sentence']}” — {s['title'] or s['path']}, {s['published']}" for s in sources]
    return "\n\n".join(parts)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545: lines of at most 75 octets, continued with a leading space."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def write_markdown(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """A chronology: a heading per date, each event with its quoted source sentences."""
    out.write("# Chronology\n")
    for when, group in groupby(records, key=lambda r: (r["undated"], r["start"], r.get("end"))):
        undated, start, end = when
        heading = date_label(start, end, undated=undated, long=True)
        heading = heading[:1].upper() + heading[1:]  # "Week 10 of 1998 (2–8 March)"
        out.write(f"\n## {heading}\n")
        for r in group:
            out.write(f"\n### {_md_escape(r['title'])}\n\n")
            for s in r.get("sources") or [{**r["document"], "sentence": r["sentence"]}]:
                out.write(f"> {_md_escape(s['sentence'])}\n>\n")
                published = date_label(s["published"])
                out.write(f"> — *{_md_escape(s['title'] or s['path'])}*, {published}\n\n")


def _md_escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in " ".join(text.split()))


DATA_FORMATS = ("json", "csv", "timelinejs", "ics", "md")


def write_records(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """``Store.events(with_sources=True)`` rows written in one of ``DATA_FORMATS``."""
    from core.export.records import stored_record, write_csv, write_json

    writers = {"json": write_json, "csv": write_csv, "timelinejs": write_timelinejs,
               "ics": write_ics, "md": write_markdown}  # fmt: skip
    writers[fmt]([stored_record(row) for row in rows], out)


@contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file beside ``path``, renamed over it only when writing succeeded: an
    interrupted export leaves no half-written file under the target name.

    Raises OSError (with the reason) when the folder cannot take the file.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    mask = os.umask(0)
    os.umask(mask)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~mask)  # as any file the user saves, not mkstemp's 0600
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
