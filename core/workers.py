"""Extraction in worker processes on this machine, and results handed to the writer in the
order of the tasks (``Window``), for ``core.ingest`` and ``core.cluster`` alike."""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

known_hashes: frozenset[str] = frozenset()  # a worker's: what the store held at the start


WORKER_NICENESS = 10  # reading articles yields the CPU to whoever is waiting on the user
# Extraction leaves no reference cycles behind (2,000 Reuters articles: none collected), but
# at Python's default of 700 the collector walks the young objects (the tables' cache
# entries) some 250 times for them: 5-10% of a worker's time. Less often, the same memory.
WORKER_GC_YOUNG = 20_000


def _init_worker(known: frozenset[str]) -> None:
    global known_hashes
    known_hashes = known
    logging.basicConfig(level=logging.WARNING)
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])
    _die_with_parent()
    with contextlib.suppress(AttributeError, OSError):
        os.nice(WORKER_NICENESS)  # the window (or the shell) stays responsive meanwhile


def _die_with_parent() -> None:
    """A worker ends when the process that started it ends, however that one ended (SIGKILL
    included), instead of working on for nobody. Linux only; elsewhere the pool's own pipe
    closing stops idle workers."""
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Window:
    """Results reach the writer in the order of the tasks, however the workers finish: which
    report of a happening is written first gives the event its title, so the store is the
    same whatever ran the extraction. Tasks are started at most ``size`` ahead of the next
    one to write, which bounds the results waiting their turn.

    >>> window = Window(2)
    >>> list(window.ordered(iter([(1, "b"), (0, "a"), (2, "c")])))
    ['a', 'b', 'c']
    >>> window.open(4), window.open(5)
    (True, False)
    """

    def __init__(self, size: int):
        self.size, self.next = size, 0

    def open(self, index: int) -> bool:
        return index < self.next + self.size

    def ordered(self, results: Iterable[tuple[int, Any]]) -> Iterator[Any]:
        waiting: dict[int, Any] = {}
        for index, result in results:
            waiting[index] = result
            while self.next in waiting:
                self.next += 1
                yield waiting.pop(self.next - 1)


def _pool(workers: int, known: frozenset[str]) -> ProcessPoolExecutor:
    # spawn, not fork: the caller may be a GUI with threads, which fork would copy half-alive.
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker, initargs=(known,),
    )  # fmt: skip


def run_pool(
    process: Callable[..., Any],
    crashed: Callable[[str, int, int, str], Any],
    tasks: list[tuple[Path, int, int]],
    workers: int,
    known: frozenset[str],
    cancelled: Callable[[], bool],
    may_start: Callable[[int], bool] = lambda index: True,
) -> Iterator[tuple[int, Any]]:
    """``(task index, result)`` as they complete, with a bounded number of ``(file, part,
    parts)`` in flight, the next task started only when ``may_start`` its index.

    A worker that dies (a crash in a parser, out of memory) fails the files it held, and a
    fresh pool carries on with the rest.
    """
    pool = _pool(workers, known)
    pending: dict[Future[Any], int] = {}
    queue = iter(enumerate(tasks))
    task = next(queue, None)
    try:
        while True:
            while not cancelled() and len(pending) < 2 * workers and task and may_start(task[0]):
                index, (path, part, parts) = task
                pending[pool.submit(process, path, None, part, parts)] = index
                task = next(queue, None)
            if not pending:
                return
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                index = pending.pop(future)
                try:
                    yield index, future.result()
                except BrokenProcessPool:
                    broken = True
                    path, part, parts = tasks[index]
                    yield index, crashed(str(path), part, parts, "the extraction process crashed")
            if broken:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers, known)
            if cancelled():
                for future in pending:
                    future.cancel()
                pending = {f: p for f, p in pending.items() if not f.cancelled()}
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
