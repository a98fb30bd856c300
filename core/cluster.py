"""Reading and extraction on a Dask distributed cluster (``ingest --cluster``).

The cluster only runs the extraction, a pure function of a file's bytes (its name and time
included); the results stream back to the one writer of the local store, through the same
code as worker processes (``core.ingest``). Needs the ``cluster`` extra
(``uv run --extra cluster main.py ingest --cluster local:4 …``).

``local:N`` starts a cluster of N single-threaded worker processes on this machine, listening
on 127.0.0.1 only; any other address (``tcp://host:8786``) is a running scheduler. Workers
see a file where they are given one: a local cluster reads the user's files where they are;
the workers of a running cluster read a file by its path when every one of them sees it there
with the same size and time (a shared path), and are sent its bytes otherwise.

What a killed worker held is run again elsewhere by the scheduler
(``distributed.scheduler.allowed-failures`` times, then the file is listed as failed).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOCAL = "local:"
CONNECT_SECONDS = 30.0

# process(path, known, part, parts, shown_as) -> result; crashed(path, part, parts, reason)
Process = Callable[..., Any]
Crashed = Callable[[str, int, int, str], Any]


class ClusterError(Exception):
    """The cluster cannot be used: the extra is not installed, or the address answers not."""


@dataclass
class Engine:
    """A client of a running (or started) cluster, and how files reach its workers."""

    client: Any  # distributed.Client
    address: str
    local: bool
    threads: int

    def describe(self, shipped: int, shared: int) -> str:
        """One line for the user: where the work runs and how the files reach it."""
        where = (
            f"a local cluster of {self.threads} workers" if self.local
            else f"the cluster at {self.address} ({self.threads} threads)"
        )  # fmt: skip
        how = []
        if shared:
            how.append(f"{shared} files read where they are (the workers see the same paths)")
        if shipped:
            how.append(f"{shipped} files shipped with the tasks (the workers cannot see them)")
        return f"extraction on {where}: " + ("; ".join(how) or "no files")


def parse_local(address: str) -> int | None:
    """The worker count of a ``local:N`` address; None for the address of a running cluster.

    >>> parse_local("local:2"), parse_local("tcp://10.0.0.5:8786")
    (2, None)
    """
    if not address.startswith(LOCAL):
        return None
    count = address[len(LOCAL) :]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"{address}: say how many workers, e.g. local:4")
    return int(count)


@contextlib.contextmanager
def connect(address: str) -> Iterator[Engine]:
    """A client of the cluster at ``address`` (``local:N`` starts one), closed on leaving."""
    workers = parse_local(address)
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError(
            "--cluster needs the cluster extra: uv run --extra cluster main.py ingest …"
        ) from exc
    cluster = None
    try:
        if workers is not None:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=logging.ERROR,
            )  # fmt: skip
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_SECONDS)
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
            _send_code(client)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"{address}: cannot reach the cluster ({exc})") from exc
    try:
        threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        yield Engine(client, address, workers is not None, max(threads, 1))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _send_code(client: Any) -> None:
    """Workers of a running cluster may not have this checkout: they get ``core`` as a zip
    (Dask puts it first on their path, and gives it to workers that join later)."""
    root = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "datelines_core.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for file in sorted(root.rglob("*")):  # code and language data
                if file.is_file() and "__pycache__" not in file.parts:
                    zipped.write(file, Path("core") / file.relative_to(root))
        client.upload_file(str(archive))


def visible(engine: Engine, files: list[Path]) -> set[Path]:
    """The files every worker sees at the same path with the same size and time; the
    others must be shipped. A local cluster sees all of this machine's files."""
    if engine.local:
        return set(files)
    wanted = {f: (str(f.absolute()), _signature(f)) for f in files}  # workers have other cwds
    answers = engine.client.run(_signatures, [where for where, _ in wanted.values()])
    return {
        f for f, (where, mine) in wanted.items()
        if mine is not None and all(seen.get(where) == mine for seen in answers.values())
    }  # fmt: skip


def _signature(path: Path | str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _signatures(paths: list[str]) -> dict[str, tuple[int, int] | None]:
    return {p: _signature(p) for p in paths}


def in_flight(engine: Engine) -> int:
    """Tasks on the cluster at once: every thread busy, and the next one ready."""
    return 2 * engine.threads + 2


def run(
    engine: Engine,
    process: Process,
    crashed: Crashed,
    tasks: list[tuple[Path, int, int]],
    known: frozenset[str],
    cancelled: Callable[[], bool],
    seen: set[Path],
    may_start: Callable[[int], bool] = lambda index: True,
) -> Iterator[tuple[int, Any]]:
    """``process`` for each ``(file, part, parts)`` on the cluster, ``(task index, result)``
    as they complete, a bounded number in flight (the writer sets the pace, not the workers'
    memory), the next task started only when ``may_start`` its index.

    A task whose workers kept dying gives ``crashed(...)``: its file is listed as failed.
    Files in ``seen`` (``visible``) are read where they are, the others shipped.
    """
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    client = engine.client
    # a list of one: scatter would send a set or a tuple element by element
    [known_future] = client.scatter([known], broadcast=True)
    shipped: dict[Path, list[Any]] = {}  # file → [its bytes on the cluster, shares left]
    queue = iter(enumerate(tasks))
    task = next(queue, None)
    pending: dict[Any, int] = {}
    unreadable: list[tuple[int, Any]] = []  # results for files this process could not ship
    flowing = as_completed()
    limit = in_flight(engine)

    def fill() -> None:
        nonlocal task
        while task and len(pending) < limit and may_start(task[0]) and not cancelled():
            index, (path, part, parts) = task
            task = next(queue, None)
            if path in seen:  # by its absolute path, stored as the user gave it
                given = None if path.is_absolute() else str(path)
                future = client.submit(
                    process, path.absolute(), known_future, part, parts, given, pure=False
                )
            else:
                if path not in shipped:
                    try:
                        data = path.read_bytes(), path.stat().st_mtime
                    except OSError as exc:
                        reason = (exc.strerror or str(exc)) if part == 0 else ""
                        unreadable.append((index, crashed(str(path), part, parts, reason)))
                        continue
                    shipped[path] = [client.scatter([data])[0], parts]
                future = client.submit(
                    _process_shipped, process, path.name, str(path), shipped[path][0],
                    known_future, part, parts, pure=False,
                )  # fmt: skip
            pending[future] = index
            flowing.add(future)

    try:
        while True:
            fill()
            if unreadable:  # their turn may open the window: fill again after
                yield unreadable.pop(0)
                continue
            if not pending:
                return
            future = next(flowing)
            index = pending.pop(future)
            path, part, parts = tasks[index]
            try:
                result = future.result()
            except KilledWorker:
                result = crashed(str(path), part, parts, "the extraction process crashed")
            except Exception as exc:  # a worker that cannot run the task: say why, go on
                log.warning("cluster task for %s failed: %s", path, exc)
                reason = f"the cluster could not extract it ({exc})"
                result = crashed(str(path), part, parts, reason)
            if path in shipped:
                shipped[path][1] -= 1
                if shipped[path][1] == 0:
                    shipped.pop(path)  # its bytes may leave the cluster
            yield index, result
    finally:
        client.cancel(list(pending))


def _process_shipped(
    process: Process, name: str, shown_as: str, data: tuple[bytes, float],
    known: frozenset[str], part: int, parts: int,
) -> Any:  # fmt: skip
    """On a worker: the shipped file under its own name and time (a reader may date an
    article by them), read and extracted as if it were at ``shown_as``."""
    with tempfile.TemporaryDirectory(prefix="datelines-") as tmp:
        local = Path(tmp) / name
        content, mtime = data
        local.write_bytes(content)
        os.utime(local, (mtime, mtime))
        return process(local, known, part, parts, shown_as)
