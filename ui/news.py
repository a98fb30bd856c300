"""What is new since the user last opened this timeline: the events that articles added
since then added or changed (``core.store.news``), highlighted on the timeline, counted in
the status bar, and a "New since <date>" filter.

The window remembers, per timeline, the newest article it had when it was last opened (and
when): opening it compares with that, then remembers the newest article for next time.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from core.store import open_store
from core.timelabel import date_label
from ui.filters import filter_toggle
from ui.state import NewsFilter

log = logging.getLogger(__name__)


def _key(db_path: str) -> str:
    return "seen/" + str(Path(db_path).resolve()).replace("/", "|")


def last_document_id(db_path: str) -> int:
    store = open_store(db_path)
    try:
        return store.last_document_id()
    finally:
        store.close()


def new_since(db_path: str, document_id: int) -> frozenset[int]:
    store = open_store(db_path)
    try:
        return frozenset(store.new_since(document_id))
    finally:
        store.close()


class NewsPart(QObject):
    """The "New since" button, the status bar's count and the timeline's highlight."""

    def __init__(self, window: Any) -> None:  # ui.window.MainWindow (it imports this)
        super().__init__(window)
        self.window = window
        self.seen: tuple[int, str] | None = None  # (newest article then, when) or None
        self.new: frozenset[int] = frozenset()
        self.button = filter_toggle(
            window.filters,
            "New since",
            "Show only the events added or changed since you last opened",
        )
        self.action = window.filters.insertWidget(window.filters.entity_action, self.button)
        self.action.setVisible(False)
        self.count = QLabel(window)
        window.statusBar().addPermanentWidget(self.count)
        self.button.toggled.connect(lambda _d: self._show())
        window.state.database_changed.connect(self._opened)
        window.state.snapshot_changed.connect(lambda _s: self._again())
        window.state.news_changed.connect(lambda _f: window.apply_filters())

    def _opened(self, db_path: str) -> None:
        """Another timeline: compare with what it held when last opened, and remember what
        it holds now for next time."""
        value = self.window.settings.value(_key(db_path))
        self.seen = None
        if isinstance(value, list) and len(value) == 2 and str(value[0]).isdigit():
            self.seen = (int(value[0]), str(value[1]))
        self.new = frozenset()
        self.button.setChecked(False)
        self.window.tasks.start(
            lambda _p, _c: last_document_id(db_path),
            lambda newest: self._remember(db_path, newest),
            lambda msg: log.warning("cannot remember what this timeline holds: %s", msg),
        )

    def _remember(self, db_path: str, newest: int) -> None:
        settings = self.window.settings
        settings.setValue(
            _key(db_path), [str(newest), datetime.now().isoformat(timespec="minutes")]
        )
        settings.sync()  # now: a session that ends abruptly has still seen it

    def _again(self) -> None:
        """The events were read (opened, articles added, edits): which are new."""
        if self.seen is None:
            self._found(frozenset())
            return
        db, seen = self.window.state.db_path, self.seen[0]
        self.window.tasks.start(
            lambda _p, _c: new_since(db, seen),
            self._found,
            lambda msg: log.warning("cannot tell what is new: %s", msg),
        )

    def _found(self, new: frozenset[int]) -> None:
        self.new = new
        self.window.timeline.set_news(new)
        since = date_label(self.seen[1][:10]) if self.seen else ""
        self.button.setText(f"New since {since}")
        self.action.setVisible(self.seen is not None)
        self.count.setText(f"{len(new)} new since {since}" if self.seen else "")
        self._show()

    def _show(self) -> None:
        news = NewsFilter(self.new) if self.button.isChecked() else None
        if news != self.window.state.news:  # else the views would be filtered again for
            self.window.state.set_news(news)  # nothing, maybe before they have the snapshot
