"""What the window remembers between runs (QSettings).

Remembered: window geometry and dock layout, the recent timelines (database files), the
last one opened, and the visible time range of each.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from ui.timeline import TimelineView

log = logging.getLogger(__name__)

RECENT_LIMIT = 8


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Datelines", "Datelines"
    )


def last_database(settings: QSettings | None = None) -> str | None:
    """The timeline open when the app last closed, if its file still exists."""
    path = (settings or app_settings()).value("last_database", None)
    return str(path) if path and Path(str(path)).exists() else None


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value("recent_databases", [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    return [str(v) for v in value or []]


def remember_database(settings: QSettings, db_path: str) -> None:
    recent = [db_path] + [p for p in recent_databases(settings) if p != db_path]
    settings.setValue("recent_databases", recent[:RECENT_LIMIT])
    settings.setValue("last_database", db_path)


def save_view(settings: QSettings, db_path: str, timeline: TimelineView) -> None:
    if timeline.event_count():
        t0, t1 = timeline.visible_range()
        settings.setValue(_view_key(db_path), [t0, t1])
    save_lanes(settings, db_path, timeline)


def save_lanes(settings: QSettings, db_path: str, timeline: TimelineView) -> None:
    """The lanes' order and folding, kept as soon as the user changes them."""
    state = json.dumps(timeline.lane_state())
    settings.setValue(_view_key(db_path).replace("view/", "lanes/", 1), state)


def restore_lanes(settings: QSettings, db_path: str, timeline: TimelineView) -> None:
    """The lanes' order and folding as the user left them in this timeline."""
    value = settings.value(_view_key(db_path).replace("view/", "lanes/", 1), "")
    try:
        state = json.loads(str(value)) if value else {}
    except ValueError:
        state = {}
    timeline.set_lane_state(state if isinstance(state, dict) else {})


def restore_view(settings: QSettings, db_path: str, timeline: TimelineView) -> None:
    value = settings.value(_view_key(db_path), None)
    try:
        t0, t1 = (float(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return
    if t1 > t0:
        timeline.set_visible_range(t0, t1)


def _view_key(db_path: str) -> str:
    return "view/" + str(Path(db_path).resolve()).replace("/", "|")


def save_layout(
    settings: QSettings, window: QMainWindow, db_path: str, timeline: TimelineView
) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    save_view(settings, db_path, timeline)
    settings.sync()


def restore_layout(settings: QSettings, window: QMainWindow) -> None:
    geometry = settings.value("window/geometry", None)
    state = settings.value("window/state", None)
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
