"""Add files and folders to a store: read, extract, write, with progress and cancel."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.events import extract_events
from core.model import Document, Event
from core.readers import ReadError, is_supported, read_documents
from core.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    events: int
    errors: int
    current: str


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    events: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.present)} already present, "
            f"{len(self.failed)} failed, {self.events} events"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def collect_files(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files named by ``paths``, folders walked recursively (hidden entries skipped).

    Returns ``(files, problems)``: a missing path or an unsupported file named directly is a
    problem; unsupported files found inside folders are skipped silently.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path))
        elif path.is_file():
            files.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    return files, problems


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    # followlinks=False: a symlink loop cannot send us round forever.
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root) / n for n in sorted(names) if not n.startswith(".") and is_supported(Path(n))
        )
    return found


def extract_file(path: Path) -> list[tuple[Document, list[Event]]]:
    """Read one file and find the events of each article in it. Raises ReadError."""
    return [(document, extract_events(document)) for document in read_documents(path)]


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> IngestReport:
    """Add every article under ``paths`` to ``store``; a bad file never stops the batch."""
    files, problems = collect_files(paths)
    report = IngestReport(failed=list(problems))
    for done, path in enumerate(files):
        if cancelled():
            report.cancelled = True
            break
        _ingest_one(store, path, report)
        if progress:
            progress(Progress(done + 1, len(files), report.events, len(report.failed), str(path)))
    return report


def _ingest_one(store: Store, path: Path, report: IngestReport) -> None:
    try:
        documents = read_documents(path)
    except ReadError as exc:
        report.failed.append((exc.path, exc.reason))
        return
    for document in documents:
        try:
            events = extract_events(document)
        except Exception as exc:  # an extractor bug must not stop the batch; keep the reason
            log.exception("extracting %s failed", document.label)
            report.failed.append((document.label, f"could not extract events ({exc})"))
            continue
        _, added = store.add_document(document, events)
        if added:
            report.added.append(document.label)
            report.events += len(events)
        else:
            report.present.append(document.label)
