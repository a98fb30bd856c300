"""Datelines: turn news articles into a chronology you can explore.

Run with no command to open the app; see `main.py COMMAND --help` for the others.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.store import Store

log = logging.getLogger("datelines")

COMMANDS = ("ingest", "extract", "timex", "export", "documents", "redate", "reextract")
EXPORT_FORMATS = ("json", "csv", "timelinejs", "ics", "md", "png", "svg", "pdf")


class CommandError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Datelines: drop news articles, get a timeline of their dated events.",
        epilog=(
            "commands (each has --help):\n"
            "  ingest PATH ... [--db DB] [--cluster ADDRESS|local:N]\n"
            "                                 add files/folders headless, progress on stderr\n"
            "  extract PATH ... [--json]      print the events of files, no database\n"
            "  timex --jsonl IN [-o OUT] [--lang CODE]   time expressions, for evaluation\n"
            "  export --format F [--db DB] [-o OUT]   json csv timelinejs ics md png svg pdf\n"
            "  documents [--db DB]            list stored articles, their dates and where from\n"
            "  redate ID DATE [--db DB]       override an article's publication date\n"
            "  reextract [--db DB]            find every article's events again, edits kept"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", help="article files or folders to add on start")
    parser.add_argument("--db", help="database file (default: in your user data directory)")
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"main.py {command}")
    if command == "ingest":
        parser.description = "Add article files and folders to the database, without the window."
        parser.add_argument("paths", nargs="+", help="article files or folders")
        parser.add_argument("--db", help="database file (default: in your user data directory)")
        parser.add_argument(
            "--cluster", metavar="ADDRESS",
            help="read and extract on a Dask cluster: a running scheduler's address "
            "(tcp://host:8786) or local:N for N workers on this machine; the database is "
            "still written here (needs: uv run --extra cluster main.py ingest …)",
        )  # fmt: skip
    elif command == "extract":
        parser.description = "Print the events found in article files; nothing is stored."
        parser.add_argument("paths", nargs="+", help="article files or folders")
        parser.add_argument("--json", action="store_true", help="print a JSON array of events")
    elif command == "timex":
        parser.description = (
            "Tag time expressions. Reads JSON lines {doc_id, dct, text}; writes JSON lines "
            "{doc_id, timexes: [{start, end, text, type, value}]}."
        )
        parser.add_argument("--jsonl", required=True, help="input file of JSON lines ('-': stdin)")
        parser.add_argument("-o", "--output", help="output file (default: stdout)")
        parser.add_argument(
            "--lang",
            help="the texts' language (ISO 639-1); default: a line's 'lang', else detected "
            "from its text as the app does (nothing is tagged in a language not read)",
        )
    elif command == "documents":
        parser.description = (
            "List stored articles: id, publication date, where it came from, NO-DATE when "
            "no date was found in the article and its date is only the file's time, "
            "language (ISO 639-1), path."
        )
        parser.add_argument("--db", help="database file (default: in your user data directory)")
    elif command == "redate":
        parser.description = (
            "Override an article's publication date (see `documents` for ids); its relative "
            "dates ('on Monday', 'last week') are resolved again against the new date."
        )
        parser.add_argument("id", type=int, help="document id")
        parser.add_argument("date", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        parser.add_argument("--db", help="database file (default: in your user data directory)")
    elif command == "reextract":
        parser.description = (
            "Find every stored article's events again (after an upgrade), keeping what you "
            "edited or deleted."
        )
        parser.add_argument("--db", help="database file (default: in your user data directory)")
    else:
        parser.description = (
            "Write the stored events (all, or those the filters keep) to a file or stdout."
        )
        parser.add_argument("--format", required=True, choices=EXPORT_FORMATS)
        parser.add_argument("--db", help="database file (default: in your user data directory)")
        parser.add_argument("-o", "--output", help="output file (default: stdout)")
        parser.add_argument("--from", dest="start", help="only events overlapping from this date")
        parser.add_argument("--to", dest="end", help="…up to this date (YYYY, YYYY-MM, YYYY-MM-DD)")
        parser.add_argument("--kind", help="only events of this kind (meeting, statement, …)")
        parser.add_argument(
            "--since", metavar="DATE",
            help="only events that articles added from this date on added or changed "
            "(YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        )  # fmt: skip
        parser.add_argument(
            "--disputed", action="store_true",
            help="only events whose sources disagree on the date (each source's date is kept)",
        )  # fmt: skip
        parser.add_argument("--search", help="only events whose title or sentence has these words")
        parser.add_argument("--entity", help="only events naming this person, group or place")
        parser.add_argument(
            "--lang", metavar="CODE",
            help="only events reported by an article in this language (ISO 639-1: en, de, …)",
        )  # fmt: skip
        parser.add_argument(
            "--size", default="1600x900", help="image size for png/svg/pdf (default 1600x900)"
        )
        parser.add_argument(
            "--document", type=int, action="append", default=[],
            help="only events from this document id (see `documents`); repeatable",
        )  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _configure_logging(to_stderr=bool(argv) and argv[0] in COMMANDS)
    if argv and argv[0] in COMMANDS:
        args = _command_parser(argv[0]).parse_args(argv[1:])
        try:
            return globals()[f"cmd_{argv[0]}"](args)
        except CommandError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    args = _app_parser().parse_args(argv)
    from ui.app import run_app  # Qt only when the window is wanted

    return run_app(args.paths, args.db)


def cmd_ingest(args: argparse.Namespace) -> int:
    from core.cluster import ClusterError
    from core.ingest import ingest

    store = _open(args.db)
    try:
        # headless: a bulk load (search and the overview's counts catch up at its end)
        report = ingest(store, args.paths, progress=_progress_bar, cluster=args.cluster,
                        bulk=True)  # fmt: skip
        _keep_columns(store)
    except ClusterError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(file=sys.stderr)
    if report.engine:
        print(report.engine, file=sys.stderr)
    for path, reason in report.failed:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    for path, note in report.unread:
        print(f"not read: {path}: {note}", file=sys.stderr)
    for path, reason in report.skipped:
        print(f"skipped: {path}: {reason}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if report.failed else 0


def _keep_columns(store) -> None:
    """After a headless load of a big archive, what the window reads on opening is read now
    and kept in the user's cache (``core.store.columns``: a few seconds for a million
    events), so the window's first opening reads that file instead of every row. A failure
    here loses nothing: the window reads the tables as before."""
    from core.store import columns

    try:
        if store.count_events() >= columns.CACHE_MIN_EVENTS:
            print("\npreparing the timeline for the window…", end="", file=sys.stderr)
            store.event_columns()
    except Exception:  # the load itself is stored and done
        logging.getLogger(__name__).warning("cannot prepare the timeline", exc_info=True)


def _progress_bar(p) -> None:
    _print_bar(p.steps_done or p.done, p.steps_total or p.total,
               f"{p.done}/{p.total} files, {p.events} events, {p.errors} errors")  # fmt: skip


def _print_bar(done: int, total: int, text: str, width: int = 30) -> None:
    """``[#####.....] text`` on stderr, over the previous one."""
    filled = width * done // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}", end="", file=sys.stderr,
          flush=True)  # fmt: skip


def cmd_extract(args: argparse.Namespace) -> int:
    from core.export.records import event_record, write_json
    from core.ingest import collect_files, extract_file
    from core.reading.language import is_read, unread_note
    from core.reading.readers import ReadError
    from core.timelabel import precision_label

    files, problems = collect_files(args.paths)
    records = []
    for path in files:
        try:
            extracted = extract_file(path)
        except ReadError as exc:
            problems.append((exc.path, exc.reason))
            continue
        for document, events in extracted:
            records.extend(event_record(e, document) for e in events)
            if not is_read(document.language):
                note = unread_note(document.language, stored=False)
                print(f"not read: {document.label}: {note}", file=sys.stderr)
    if args.json:
        write_json(records, sys.stdout)
    else:
        for r in records:
            when = r["start"] + (f"–{r['end']}" if r["end"] else "")
            flag = (
                "undated, reported" if r["undated"] else precision_label(r["start"], r["precision"])
            )
            print(f"{when:<22} {flag:<17} {r['title']}")
    for path, reason in problems:
        print(f"error: {path}: {reason}", file=sys.stderr)
    return 1 if problems else 0


def cmd_timex(args: argparse.Namespace) -> int:
    from core.lang import languages
    from core.reading.language import detect_language, is_read, language_name
    from core.temporal.tagger import tag
    from core.timeval import parse_value

    if args.lang and not is_read(args.lang):
        read = ", ".join(language_name(code) for code in languages())
        raise CommandError(
            f"--lang {args.lang}: Datelines does not read {language_name(args.lang)} yet "
            f"(it reads {read})"
        )
    source = sys.stdin if args.jsonl == "-" else _open_text(args.jsonl, "r")
    out = sys.stdout if not args.output else _open_text(args.output, "w")
    with source, out:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                dct = parse_value(str(doc["dct"])[:16])
                text = doc["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise CommandError(
                    f"{args.jsonl}, line {number}: not a {{doc_id, dct, text}} object ({exc})"
                ) from exc
            if dct is None:
                raise CommandError(f"{args.jsonl}, line {number}: dct {doc['dct']!r} is not a date")
            code = args.lang or doc.get("lang") or detect_language(text).code
            found = tag(text, dct.start, code) if is_read(code) else []
            timexes = [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                for t in found
            ]
            out.write(json.dumps({"doc_id": doc.get("doc_id"), "timexes": timexes}) + "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.export.formats import write_records

    t0, t1 = _bound(args.start, "start"), _bound(args.end, "end")
    store = _open(args.db, must_exist=True)
    try:
        entity_id = None
        if args.entity:
            entity_id = store.entity_id(args.entity)
            if entity_id is None:
                raise CommandError(f"no event names {args.entity!r}")
        rows = store.events(
            t0, t1, document_ids=args.document, kind=args.kind, search=args.search,
            entity_id=entity_id, with_sources=True, language=args.lang,
            event_ids=_chosen_ids(store, args),
        )  # fmt: skip
    finally:
        store.close()
    if args.format in ("png", "svg", "pdf"):
        return _export_image(args, rows, t0, t1)
    if args.output:
        with _atomic_target(args.output) as tmp, tmp.open("w", encoding="utf-8", newline="") as out:
            write_records(rows, args.format, out)
    else:
        write_records(rows, args.format, sys.stdout)
    return 0


def _chosen_ids(store: Store, args: argparse.Namespace) -> set[int] | None:
    """The events ``--disputed`` and ``--since`` keep (None: both off)."""
    from core.timeval import parse_value

    chosen = None
    if args.disputed:
        chosen = set(store.disputed_ids())
    if args.since:
        if parse_value(args.since) is None:
            raise CommandError(f"--since {args.since!r} is not a date (YYYY-MM-DD)")
        new = set(store.new_since_date(args.since))
        chosen = new if chosen is None else chosen & new
    return chosen


def _export_image(args: argparse.Namespace, rows: list, t0: float | None, t1: float | None) -> int:
    from ui.render import render_timeline  # Qt only for the formats that draw

    if not args.output:
        raise CommandError(f"--format {args.format} needs -o FILE")
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError as exc:
        raise CommandError(f"--size {args.size!r} is not WIDTHxHEIGHT") from exc
    visible = (t0, t1) if t0 is not None and t1 is not None else None
    with _atomic_target(args.output) as tmp:
        render_timeline(rows, tmp, args.format, (width, height), visible)
    return 0


def _bound(value: str | None, side: str) -> float | None:
    from core.model import to_seconds
    from core.timeval import parse_value

    if value is None:
        return None
    parsed = parse_value(value)
    if parsed is None:
        raise CommandError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return to_seconds(parsed.start if side == "start" else parsed.end)


@contextmanager
def _atomic_target(path: str) -> Iterator[Path]:
    from core.export.formats import atomic_target

    try:
        with atomic_target(path) as tmp:
            yield tmp
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from exc


def cmd_reextract(args: argparse.Namespace) -> int:
    from core.redate import reextract_document

    store = _open(args.db, must_exist=True)
    events, shown = 0, 0.0
    try:
        documents = store.documents()
        for i, document in enumerate(documents, start=1):
            events += reextract_document(store, document["id"])
            if time.monotonic() - shown > 0.5 or i == len(documents):  # a big store takes minutes
                shown = time.monotonic()
                _print_bar(i, len(documents), f"{i}/{len(documents)} articles, {events} events")
    finally:
        store.close()
    print(f"\n{len(documents)} articles, {events} events found again", file=sys.stderr)
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from core.reading.published import has_own_date

    store = _open(args.db, must_exist=True)
    try:
        undated = 0
        for d in store.documents():
            where = d["path"] + (f"#{d['locator']}" if d["locator"] else "")
            own = has_own_date(d["published_source"])
            undated += not own
            flag = "-" if own else "NO-DATE"  # dated only by the file's (or drop's) time
            print(
                f"{d['id']:>6}  {d['published']:<16}  {d['published_source']:<10}  "
                f"{flag:<7}  {d['language']:<3}  {where}"
            )
    finally:
        store.close()
    if undated:
        print(
            f"{undated} article{'s' if undated > 1 else ''} marked NO-DATE: no full date in the "
            "text (dated by the file's time, or its year guessed); set one with `redate ID DATE`",
            file=sys.stderr,
        )
    return 0


def cmd_redate(args: argparse.Namespace) -> int:
    from core.redate import RedateError, redate_document

    store = _open(args.db, must_exist=True)
    try:
        count = redate_document(store, args.id, args.date)
    except RedateError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(
        f"document {args.id} now published {args.date} (set by you); {count} events",
        file=sys.stderr,
    )
    return 0


def _open(db: str | None, must_exist: bool = False):
    from core.store import StoreError, default_db_path, open_store

    path = Path(db) if db else default_db_path()
    if must_exist and not path.exists():
        raise CommandError(f"{path}: no such database")
    try:
        return open_store(path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc


def _open_text(path: str, mode: str, newline: str | None = None):
    try:
        return open(path, mode, encoding="utf-8", newline=newline)
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from exc


def _configure_logging(to_stderr: bool) -> None:
    from platformdirs import user_log_dir

    handlers: list[logging.Handler] = []
    try:
        log_dir = Path(user_log_dir("Datelines", appauthor=False))
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_dir / "datelines.log", encoding="utf-8"))
    except OSError:
        pass  # a read-only home must not stop the app; stderr still gets warnings
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING if to_stderr else logging.INFO)
    handlers.append(stderr)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )


def _quiet_on_closed_pipe() -> int:
    """``main()``, but a reader that stops early (``export --format md | head -1``) is no
    error: what it did not read is dropped, without a traceback."""
    try:
        code = main()
        if not sys.stdout.closed:  # a command may have written to it and closed it
            sys.stdout.flush()
    except BrokenPipeError:
        if not sys.stdout.closed:  # Python flushes it again at exit: point it nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(_quiet_on_closed_pipe())
