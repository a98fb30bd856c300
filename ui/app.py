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
    log.info("Datelines started with database %s", window.db_path)
    return app.exec()
