"""What a timeline shows while it opens: never the empty state of a new one.

Reading every event of a big archive takes seconds. Meanwhile the centre says what is being
opened and how much it holds ("Opening reuters.db — 21,578 articles, 27,742 events…"), from
two counts the database answers at once, and a big one draws its events counted by period
from the summary table; zoomed in, the events of the stretch in view are read by time from
the store (milliseconds) and drawn one by one, so that any event can be opened at once. The
empty state is for a timeline that has no articles.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QLabel

from ui.event_list import heading_for, period_label
from ui.loading import Snapshot, count_stored, load_most_salient, load_preview, load_window
from ui.state import WindowState
from ui.timeline_data import TimelineData
from ui.window_parts import Centre
from ui.wording import count
from ui.workers import TaskRunner

log = logging.getLogger(__name__)

Preview = tuple[str, tuple[int, int], TimelineData | None]  # db, (articles, events), counts
DETAIL_LIMIT = 3000  # read the stretch in view apart when at most this many events start in it
DETAIL_DELAY_MS = 30  # after the view last changed (a wheel turn is many changes)
LIST_LIMIT = 1000  # a bar clicked meanwhile lists at most this many, the most salient


def opening_message(db_path: str, articles: int | None = None, events: int = 0) -> str:
    """ "Opening reuters.db…", then "Opening reuters.db — 21,578 articles, 27,742 events…"."""
    name = Path(db_path).name
    if articles is None:
        return f"Opening {name}…"
    return f"Opening {name} — {count(articles, 'article')}, {count(events, 'event')}…"


class Opening:
    """From a database opened (``state.database_changed``) until its first snapshot is
    shown, says that it is opening and how much it holds."""

    def __init__(
        self, tasks: TaskRunner, state: WindowState, centre: Centre, status_label: QLabel
    ) -> None:
        self.tasks, self.centre, self.status_label = tasks, centre, status_label
        self.opening: str | None = None  # the database opening, until its events are shown
        self._previewed = False  # its counts are drawn: zoomed in, read the events apart
        self._asked: tuple[float, float] | None = None  # the stretch being read
        self._too_many: tuple[float, float] | None = None  # the last that held too many
        self._later = QTimer(singleShot=True, interval=DETAIL_DELAY_MS, timeout=self._read_view)
        state.database_changed.connect(self.start)
        state.snapshot_changed.connect(self._loaded)
        centre.timeline.rangeChanged.connect(lambda _t0, _t1: self._view_moved())
        centre.timeline.list_from_store = self._list_bar

    def _loaded(self, _snapshot: Snapshot) -> None:
        self.opening = None
        self._previewed = False
        self._later.stop()
        self.centre.overview.show()

    def _view_moved(self) -> None:
        if self._previewed and self.opening is not None:
            self._later.start()

    def _read_view(self) -> None:
        """Read the events of the stretch in view (and as much again around it, for panning)
        from the store, unless already drawn or being read."""
        timeline, db = self.centre.timeline, self.opening
        if not self._previewed or db is None:
            return
        t0, t1 = timeline.visible_range()
        for a, b in filter(None, (timeline.detail_range(), self._asked)):
            if a <= t0 and t1 <= b:
                return
        a, b = t0 - (t1 - t0) / 2, t1 + (t1 - t0) / 2
        if self._too_many is not None and a <= self._too_many[0] and self._too_many[1] <= b:
            return  # wider than a stretch that held too many: as many or more
        counted = timeline.data().points.count_before(np.array([a, b]))
        if counted[1] - counted[0] > 2 * DETAIL_LIMIT:  # the counts say so: not worth asking
            return
        self._asked = (a, b)
        self.tasks.start(
            lambda _p, _c: load_window(db, a, b, DETAIL_LIMIT),
            lambda detail: self._read(db, a, b, detail),
            lambda msg: log.warning("cannot read the events in view: %s", msg),
        )

    def _list_bar(self, t0: float, t1: float, at: QPoint, zoom_x: float | None) -> None:
        """A bar of the counts clicked (or Enter pressed: the view) while the events are
        read: its most salient events, read from the store, listed as once all are read."""
        db = self.opening
        if db is None:
            return
        self.tasks.start(
            lambda _p, _c: load_most_salient(db, t0, t1, LIST_LIMIT),
            lambda result: self._listed(db, t0, t1, at, zoom_x, *result),
            lambda msg: log.warning("cannot list the events of a bar: %s", msg),
        )

    def _listed(self, db: str, t0: float, t1: float, at: QPoint, zoom_x: float | None,
                total: int, data: TimelineData) -> None:  # fmt: skip
        if db != self.opening:
            return  # another timeline, or every event shown by now: a click lists them
        period = period_label(t0, t1)  # a bar's; the view's when there is no bar
        heading = heading_for(total, period if zoom_x is not None else f"in view ({period})")
        if total > len(data):
            heading = heading.replace("most salient first", f"the {len(data):,} most salient")
        self.centre.timeline.show_list(data, heading, at, zoom_x)

    def _read(self, db: str, a: float, b: float, detail: TimelineData | None) -> None:
        if self._asked == (a, b):
            self._asked = None
        if db != self.opening or not self._previewed:
            return  # every event is shown by now, or another timeline opened
        if detail is not None:
            self.centre.timeline.set_detail(detail, a, b)
        else:  # too many there: the view may have narrowed meanwhile
            self._too_many = (a, b)
            self._view_moved()

    def start(self, db_path: str) -> None:
        """Say what is opening now, and ask the database how much it holds."""
        self.opening = db_path
        self._previewed, self._asked, self._too_many = False, None, None
        self.centre.timeline.set_data(TimelineData(()))
        self.centre.overview.hide()  # a handle over nothing, at 1970, would only puzzle
        self.centre.show_timeline()
        self._say(opening_message(db_path))
        self.tasks.start(
            lambda _p, _c: (db_path, count_stored(db_path), load_preview(db_path)),
            self._counted,
            lambda msg: log.warning("no preview of %s: %s", db_path, msg),
        )

    def _counted(self, result: Preview) -> None:
        db, (articles, events), preview = result
        if db != self.opening:
            return  # another timeline was opened, or the events are already shown
        self._say(opening_message(db, articles, events))
        if preview is not None:  # a big one: its events counted by period meanwhile
            self.centre.timeline.set_data(preview)
            self.centre.overview.set_data(preview)
            self.centre.overview.show()
            self._previewed = True
            self._read_view()

    def _say(self, message: str) -> None:
        self.centre.timeline.empty_message = message
        self.centre.timeline.update()
        self.status_label.setText(message)
