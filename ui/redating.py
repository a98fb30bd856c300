"""Setting an article's publication date by hand: its relative dates are resolved again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from core.redate import redate_document
from core.store import open_store
from ui.errors import report_error
from ui.models import DocumentListModel


def redate_in_background(window: Any, document_id: int, published: str) -> None:
    """Re-resolve a document against ``published`` off the GUI thread, then reload."""
    db = window.db_path

    def work(_p, _c) -> int:
        store = open_store(db)
        try:
            return redate_document(store, document_id, published)
        finally:
            store.close()

    def done(count: int) -> None:
        window.statusBar().showMessage(
            f"Publication date set to {published}; {count} events resolved again", 10000
        )
        window.reload()
        window.redated.emit(document_id)

    window.tasks.start(
        work, done, lambda message: report_error(window, "Cannot set the date", message)
    )


def ask_for_date(window: Any, index: QModelIndex) -> None:
    model = index.model()
    document_id = model.data(index, DocumentListModel.ID_ROLE)
    current = model.data(index, DocumentListModel.PUBLISHED_ROLE)
    value, ok = QInputDialog.getText(
        window, "Publication date",
        "When was this article published? (YYYY-MM-DD, or YYYY-MM-DDTHH:MM)\n"
        "Its relative dates (“on Monday”, “last week”) are resolved again; events you edited "
        "stay as they are.",
        text=current,
    )  # fmt: skip
    if ok and value.strip() and value.strip() != current:
        redate_in_background(window, document_id, value.strip())


def install(window: Any) -> None:
    """A context menu on the articles list: Set Publication Date…"""
    view = window.documents
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(at: QPoint) -> None:
        index = view.indexAt(at)
        if not index.isValid():
            return
        popup = QMenu(view)
        popup.addAction("Set Publication Date…", lambda: ask_for_date(window, index))
        popup.popup(view.viewport().mapToGlobal(at))

    view.customContextMenuRequested.connect(menu)
