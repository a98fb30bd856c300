"""Start the Qt application and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)


def run_app(paths: Sequence[str], db: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from core.store import default_db_path
    from ui.session import last_database
    from ui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Datelines")
    app.setOrganizationName("Datelines")
    window = MainWindow(str(db or last_database() or default_db_path()))
    window.show()
    if paths:
        window.add_paths(list(paths))
    _close_on_terminate(window)
    log.info("Datelines started with database %s", window.db_path)
    return app.exec()


def _close_on_terminate(window) -> None:
    """SIGTERM (a logout, `kill`) closes the window as the user would: work stops, nothing is
    left half-written. Python runs the handler only between bytecodes, so a timer wakes it."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
