"""Run core work off the GUI thread and report back through signals."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Calls ``fn(report_progress, is_cancelled)`` in the thread pool.

    The function never touches widgets; its result, progress and any exception come back
    as signals, delivered on the GUI thread.
    """

    def __init__(self, fn: Callable[[Callable[[Any], None], Callable[[], bool]], Any]):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until `finished`/`failed`
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        _lower_priority()
        try:
            result = self.fn(self._progress, self._cancel.is_set)
        except Exception as exc:
            log.error("background task failed:\n%s", traceback.format_exc())
            self._report(self.signals.failed, str(exc) or type(exc).__name__)
        else:
            self._report(self.signals.finished, result)

    def _progress(self, value: Any) -> None:
        self._report(self.signals.progress, value)

    def _report(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window went away while this ran: nobody left to tell
            log.debug("result of a background task dropped: its receiver is gone")


BACKGROUND_NICENESS = 10
_lowered = threading.local()


def _lower_priority() -> None:
    """Make this pool thread yield to the GUI thread. Python threads share one lock (the
    GIL): when it is released, whichever waiting thread the OS wakes first takes it, and
    adding the Reuters corpus stalled the window 80–140 ms a dozen times. A lower OS
    priority for background threads (Linux schedules threads one by one) let the GUI
    thread win: one stall over 80 ms instead of twelve."""
    if getattr(_lowered, "done", False) or not sys.platform.startswith("linux"):
        return  # elsewhere a thread id is no process id: only responsiveness suffers
    _lowered.done = True
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)


class TaskRunner(QObject):
    """Starts tasks in a pool, keeps them alive while they run, and waits for them on quit."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.running: set[Task] = set()
        self.closed = False  # after stop_all: the window is going, start nothing new

    def start(
        self,
        fn: Callable[[Callable[[Any], None], Callable[[], bool]], Any],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str], None],
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        task = Task(fn)
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda _=None, t=task: self.running.discard(t))
        task.signals.failed.connect(lambda _=None, t=task: self.running.discard(t))
        if self.closed:
            return task  # never run: the window is closing
        self.running.add(task)
        self.pool.start(task)
        return task

    def stop_all(self, timeout_ms: int = 30000) -> bool:
        """Ask every task to stop and wait for them; True when all ended in time."""
        self.closed = True
        for task in list(self.running):
            task.cancel()
        return self.pool.waitForDone(timeout_ms)
