"""The one way user-facing problems are reported: logged, then shown, never swallowed."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def report_error(parent: QWidget | None, title: str, message: str, *, modal: bool = True) -> None:
    """Log ``message`` and show it: a dialog when ``modal``, else on the status bar."""
    log.error("%s: %s", title, message)
    if modal:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return
    bar = getattr(parent, "statusBar", None)
    if bar is not None:
        bar().showMessage(f"{title}: {message}", 15000)
