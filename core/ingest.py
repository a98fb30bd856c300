"""Add files and folders to a store: extraction in worker processes, one writer, progress, cancel.

Each document is committed with all of its events in one transaction, so a crash or a cancel
leaves whole documents only, and running again adds just what is missing (content hashes).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from core import workers as processes
from core.events.extract import extract_events
from core.events.salience import with_salience
from core.model import Document, Event
from core.reading.language import is_read, unread_note
from core.reading.prose import not_an_article
from core.reading.readers import ReadError, is_supported, read_documents
from core.store import SameHappening, Store, StoreError
from core.store.writes import same_happening

log = logging.getLogger(__name__)

# Worker processes take a second or two to start: a batch smaller than this (in bytes) is
# done sooner in this process, unless the caller asks for workers.
IN_PROCESS_BYTES = 4 * 1024 * 1024
# Files holding many articles are shared out among the workers: each reads the file (cheap)
# and analyses every n-th article (the costly part). A share per so many bytes, however many
# workers there are: the tasks, and so the store, are the same in every way of running.
ARCHIVE_SUFFIXES = frozenset({".sgm", ".sgml"})
ARCHIVE_STEPS = 8  # shares of an archive at least: progress moves within it
ARCHIVE_SHARE_BYTES = 160 * 1024  # more for a larger one: about 150 Reuters articles a share
MAX_SHARES = 64
# Bounds on what one article may cost: a 500 MB log is not an article, and the analysis of
# a text grows with its length. Longer texts are refused with the reason; a document with
# more events than this keeps the first ones (a wall of dates is not a chronology).
MAX_TEXT_CHARS = 2_000_000
MAX_EVENTS_PER_DOCUMENT = 5_000
MAX_FOLDER_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # files finished
    total: int  # files in the batch
    events: int  # events stored so far
    errors: int
    current: str
    steps_done: int = 0  # finer than files: a many-article archive is several steps
    steps_total: int = 0


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    # Stored, but in a language Datelines does not read yet: (path, what was and was not read)
    unread: list[tuple[str, str]] = field(default_factory=list)
    # Found in a folder but not an article (a README, a word list, a table): (path, why)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    cancelled: bool = False
    engine: str = ""  # where extraction ran, when not here: a cluster, how files reached it

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.present)} already present, "
            f"{len(self.failed)} failed, {self.events} events"
        )
        if self.unread:
            text += f" ({len(self.unread)} in a language not read yet)"
        if self.skipped:
            text += f", {len(self.skipped)} skipped as not articles"
        return text + (" (cancelled)" if self.cancelled else "")


@dataclass
class FileResult:
    """What a worker made of one file: its new documents with events, and what went wrong."""

    path: str
    part: int = 0  # which share of a many-article file this is, of ``parts``
    parts: int = 1
    documents: list[tuple[Document, list[Event]]] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unread: list[tuple[str, str]] = field(default_factory=list)


def collect_files(
    paths: Iterable[str | os.PathLike[str]],
    skipped: list[tuple[str, str]] | None = None,
) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files named by ``paths``, folders walked recursively (hidden entries skipped).

    Returns ``(files, problems)``: a missing path, or folders nested deeper than
    ``MAX_FOLDER_DEPTH``, are problems; unsupported files found inside folders are skipped,
    while one named directly is read and fails with its reason. Text files in a folder that
    are not articles (``core.reading.prose``: a README, a word list, a table, a log) go to
    ``skipped`` with the reason (to ``problems`` when it is None); named directly, one is read.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    skipped = problems if skipped is None else skipped
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, problems):
                if reason := not_an_article(found):
                    skipped.append((str(found), reason))
                else:
                    files.append(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    return files, problems


def _walk(folder: Path, problems: list[tuple[str, str]]) -> Iterator[Path]:
    # followlinks=False: a symlink loop cannot send us round forever.
    top = len(folder.parts)
    for root, dirs, names in os.walk(folder, followlinks=False):
        if len(Path(root).parts) - top >= MAX_FOLDER_DEPTH and dirs:
            problems.append((root, f"folders nested deeper than {MAX_FOLDER_DEPTH} levels skipped"))
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and is_supported(Path(name)):
                yield Path(root) / name


def extract_file(
    path: Path, known: frozenset[str] = frozenset()
) -> list[tuple[Document, list[Event]]]:
    """Read one file and find the events of each article in it (none for an article in a
    language Datelines does not read: see ``unread_note``). Raises ReadError."""
    return [(d, events_of(d)) for d in read_documents(path) if d.content_hash not in known]


def events_of(document: Document) -> list[Event]:
    """The events of a document in a language Datelines reads, with that language's data;
    none for another: English rules on German text would give wrong events."""
    return extract_events(document) if is_read(document.language) else []


def process_file(
    path: Path, known: frozenset[str] | None = None, part: int = 0, parts: int = 1,
    shown_as: str | None = None,
) -> FileResult:  # fmt: skip
    """Read and extract one file (or every ``parts``-th article of it, from ``part``),
    catching everything: a bad file never stops the batch. ``shown_as``: the path the user
    gave, for a copy of the file shipped to a cluster's worker."""
    known = processes.known_hashes if known is None else known
    name = shown_as or str(path)
    result = FileResult(name, part, parts)
    try:
        documents = [replace(d, path=name) for d in read_documents(path, share=(part, parts))]
    except ReadError as exc:
        if part == 0:  # one report for the file, not one per share
            result.failed.append((name if shown_as else exc.path, exc.reason))
        return result
    except Exception as exc:  # a reader bug: report it against the file, go on
        log.exception("reading %s failed", path)
        if part == 0:
            result.failed.append((name, f"could not be read ({type(exc).__name__}: {exc})"))
        return result
    for document in documents:
        if document.content_hash in known:
            result.present.append(document.label)
            continue
        if len(document.text) > MAX_TEXT_CHARS:
            size = f"{len(document.text):,} characters; the limit is {MAX_TEXT_CHARS:,}"
            result.failed.append((document.label, f"too long to analyse ({size})"))
            continue
        if not is_read(document.language):
            result.unread.append((document.label, unread_note(document.language)))
        try:
            events = with_salience(document, events_of(document)[:MAX_EVENTS_PER_DOCUMENT])
            result.documents.append((document, events))
        except Exception as exc:  # an extractor bug must not stop the batch; keep the reason
            log.exception("extracting %s failed", document.label)
            result.failed.append((document.label, f"could not extract events ({exc})"))
    return result


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
    same: SameHappening | None = same_happening,
    cluster: str | None = None,
    bulk: bool = False,
) -> IngestReport:
    """Add every article under ``paths`` to ``store``.

    Extraction runs in ``workers`` processes (default: one per CPU for a batch of 4 MB or
    more, else this process), or on the Dask cluster at ``cluster`` (``local:N`` starts one:
    ``core.cluster``); this process is the only writer. Already stored content is
    recognised by hash and not extracted again. An event that another article already
    reported becomes another source of that event (``same=None`` keeps every event apart).
    Raises ``core.cluster.ClusterError`` when the cluster cannot be used. ``bulk`` writes
    as a bulk load (``Store.bulk``): faster, but what is added shows in search and in the
    overview's counts only at the end (for a headless ingest, not for a window showing it).
    """
    report = IngestReport()
    files, problems = collect_files(paths, report.skipped)
    report.failed.extend(problems)
    known = frozenset(store.source_counts())
    tasks = _tasks(files)  # an archive in shares: progress moves, workers share it out
    totals = (len(files), len(tasks))
    if cluster:
        from core import cluster as engines

        with engines.connect(cluster) as engine:
            seen = engines.visible(engine, files)
            report.engine = engine.describe(len(files) - len(seen), len(seen))
            window = processes.Window(4 * engines.in_flight(engine))
            ran = engines.run(engine, process_file, _crashed, tasks, known, cancelled, seen,
                              window.open)  # fmt: skip
            _write_all(store, window.ordered(ran), totals, report, progress, cancelled, same,
                       bulk)  # fmt: skip
        return report
    if workers is None:
        workers = 1 if _total_bytes(files) < IN_PROCESS_BYTES else os.cpu_count() or 1
    if workers == 1 or not files:
        results: Iterable[FileResult] = (
            process_file(f, known, part, parts) for f, part, parts in tasks
        )
        _write_all(store, results, totals, report, progress, cancelled, same, bulk)
        return report
    window = processes.Window(8 * workers)
    pooled = processes.run_pool(process_file, _crashed, tasks, workers, known, cancelled,
                               window.open)  # fmt: skip
    try:
        _write_all(store, window.ordered(pooled), totals, report, progress, cancelled, same,
                   bulk)  # fmt: skip
    finally:
        pooled.close()  # stops the workers even when the writer gave up early
    return report


def _tasks(files: list[Path]) -> list[tuple[Path, int, int]]:
    """``(file, part, parts)``: a many-article archive in parts (``ARCHIVE_STEPS`` at least,
    one per ``ARCHIVE_SHARE_BYTES``), another file whole."""
    tasks = []
    for f in files:
        parts = 1
        if f.suffix.lower() in ARCHIVE_SUFFIXES:
            with contextlib.suppress(OSError):  # reading it will say what is wrong
                shares = -(-f.stat().st_size // ARCHIVE_SHARE_BYTES)
                parts = min(max(ARCHIVE_STEPS, shares), MAX_SHARES)
        tasks += [(f, part, parts) for part in range(parts)]
    return tasks


def _crashed(path: str, part: int, parts: int, reason: str) -> FileResult:
    """A share whose extraction never came back; the file fails with ``reason`` (if any)."""
    return FileResult(path, part, parts, failed=[(path, reason)] if reason else [])


def _total_bytes(files: list[Path]) -> int:
    total = 0
    for f in files:
        with contextlib.suppress(OSError):  # reading it will say what is wrong
            total += f.stat().st_size
    return total


def _write_all(
    store: Store,
    results: Iterable[FileResult],
    totals: tuple[int, int],  # files, steps
    report: IngestReport,
    progress: Callable[[Progress], None] | None,
    cancelled: Callable[[], bool],
    same: SameHappening | None,
    bulk: bool = False,
) -> None:
    loading = store.bulk(keep_indexes=same is not None) if bulk else contextlib.nullcontext(False)
    with loading as large:
        _write_results(_BatchWriter(store, report, same, large), results, totals, report,
                       progress, cancelled)  # fmt: skip


def _write_results(
    writer: _BatchWriter,
    results: Iterable[FileResult],
    totals: tuple[int, int],  # files, steps
    report: IngestReport,
    progress: Callable[[Progress], None] | None,
    cancelled: Callable[[], bool],
) -> None:
    total, steps_total = totals
    done = 0
    shares: dict[str, int] = {}
    for steps, result in enumerate(results, 1):
        if cancelled():
            break
        report.present.extend(result.present)
        report.failed.extend(result.failed)
        report.unread.extend(result.unread)
        writer.add(result.documents)
        shares[result.path] = shares.get(result.path, 0) + 1
        if shares[result.path] == result.parts:  # a file is done when all its shares are
            done += 1
        if progress:
            progress(Progress(done, total, report.events, len(report.failed), result.path,
                              steps, steps_total))  # fmt: skip
    writer.flush()
    report.cancelled = done < total and cancelled()


class _BatchWriter:
    """Commits documents a batch at a time: every document whole, one commit per batch.

    A commit costs about as much as writing a few Reuters articles (the full-text indexes are
    flushed then): 64 documents a batch wrote 35% faster than 16 (256 no faster than 64); a
    batch still goes in within a quarter of a second, for a window showing what is added."""

    MAX_DOCUMENTS = 64
    MAX_SECONDS = 0.25
    # In a bulk load a commit flushes no index: when results come faster than it writes them
    # (extraction on many machines), 512 a batch wrote 20% faster than 64. Still a quarter of
    # a second at most, so that a killed run loses little.
    BULK_DOCUMENTS = 512

    def __init__(
        self, store: Store, report: IngestReport, same: SameHappening | None, bulk: bool = False
    ):
        self.store, self.report, self.same = store, report, same
        self.max_documents = self.BULK_DOCUMENTS if bulk else self.MAX_DOCUMENTS
        self.pending: list[tuple[Document, list[Event]]] = []
        self.since = time.monotonic()

    def add(self, documents: list[tuple[Document, list[Event]]]) -> None:
        for item in documents:
            self.pending.append(item)
            if len(self.pending) >= self.max_documents:
                self.flush()
        if time.monotonic() - self.since > self.MAX_SECONDS:
            self.flush()

    def flush(self) -> None:
        batch, self.pending, self.since = self.pending, [], time.monotonic()
        try:
            outcomes = self.store.add_documents(batch, self.same)
        except StoreError as exc:
            if len(batch) > 1:  # find which document cannot be written; keep the others
                for item in batch:
                    self.pending = [item]
                    self.flush()
                return
            self.report.failed.append((batch[0][0].label, f"not stored: {exc}"))
            return
        for (document, events), (_, added) in zip(batch, outcomes, strict=True):
            if added:
                self.report.added.append(document.label)
                self.report.events += len(events)
            else:
                self.report.present.append(document.label)
