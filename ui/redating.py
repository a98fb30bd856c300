"""Setting an article's publication date by hand: its relative dates are resolved again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QListView, QMainWindow, QMenu

from core.redate import redate_document
from core.store import open_store
from ui.errors import report_error
from ui.models import DocumentListModel
from ui.state import WindowState
from ui.workers import TaskRunner


class Redating(QObject):
    """Set Publication Date… on the articles list, carried out off the GUI thread."""

    redated = Signal(int)  # a document whose publication date the user set

    def __init__(
        self, window: QMainWindow, tasks: TaskRunner, state: WindowState, documents: QListView
    ) -> None:
        super().__init__(window)
        self.window, self.tasks, self.state = window, tasks, state
        self.documents = documents
        documents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def menu(at: QPoint) -> None:
            index = documents.indexAt(at)
            if not index.isValid():
                return
            popup = QMenu(documents)
            popup.addAction("Set Publication Date…", lambda: self.ask_for_date(index))
            popup.popup(documents.viewport().mapToGlobal(at))

        documents.customContextMenuRequested.connect(menu)

    def redate_in_background(self, document_id: int, published: str) -> None:
        """Re-resolve a document against ``published`` off the GUI thread; then ``redated``."""
        db = self.state.db_path

        def work(_p, _c) -> int:
            store = open_store(db)
            try:
                return redate_document(store, document_id, published)
            finally:
                store.close()

        def done(count: int) -> None:
            self.window.statusBar().showMessage(
                f"Publication date set to {published}; {count} events resolved again", 10000
            )
            self.redated.emit(document_id)

        self.tasks.start(
            work, done, lambda message: report_error(self.window, "Cannot set the date", message)
        )

    def ask_for_document(self, document_id: int) -> None:
        """Show the article ``document_id`` in the articles list and ask for its date."""
        model = self.documents.model()
        row = model.row_of(document_id) if isinstance(model, DocumentListModel) else None
        if row is None:
            return
        index = model.index(row)
        if dock := self.documents.parentWidget():
            dock.show()
            dock.raise_()
        self.documents.setCurrentIndex(index)
        self.documents.scrollTo(index)
        self.ask_for_date(index)

    def ask_for_date(self, index: QModelIndex) -> None:
        model = index.model()
        document_id = model.data(index, DocumentListModel.ID_ROLE)
        current = model.data(index, DocumentListModel.PUBLISHED_ROLE)
        title = model.data(index, DocumentListModel.TITLE_ROLE)
        value, ok = QInputDialog.getText(
            self.window, "Publication date",
            f"When was “{title}” published? (YYYY-MM-DD, or YYYY-MM-DDTHH:MM)\n"
            "Its relative dates (“on Monday”, “last week”) are resolved again; events you "
            "edited stay as they are.",
            text=current,
        )  # fmt: skip
        if ok and value.strip() and value.strip() != current:
            self.redate_in_background(document_id, value.strip())
