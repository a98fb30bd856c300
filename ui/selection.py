"""Where the selected event came from: its details and its article's text, read in a worker
whenever the state's selection changes; another source of a merged event on request."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.article import ArticleView
from ui.detail import DetailPanel
from ui.errors import report_error
from ui.loading import load_document_text, load_event
from ui.state import WindowState
from ui.workers import TaskRunner

log = logging.getLogger(__name__)


class SelectionDetails(QObject):
    eventShown = Signal(int)  # the detail panel and article show this event

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        state: WindowState,
        detail: DetailPanel,
        article: ArticleView,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.tasks, self.state = parent, tasks, state
        self.detail, self.article = detail, article
        self._generation = 0
        state.selection_changed.connect(self._selected)

    def _selected(self, event_id: int | None) -> None:
        self._generation += 1
        if event_id is None:
            self._show_nothing()
            return
        generation, db = self._generation, self.state.db_path
        self.tasks.start(
            lambda _p, _c: load_event(db, event_id),
            lambda result: self._loaded(generation, event_id, result),
            lambda msg: self._failed("Cannot show the event", msg),
        )

    def _loaded(self, generation: int, event_id: int, result: Any) -> None:
        if generation != self._generation:
            return  # another event was chosen meanwhile
        if result is None:
            self._show_nothing()
            return
        event, text = result
        self.detail.show_event(event)
        self.article.show_article(text, event["char_start"], event["char_end"])
        self.eventShown.emit(event_id)

    def show_source(self, source: dict[str, Any]) -> None:
        """Show another source article of a merged event, its sentence highlighted."""
        db, doc_id = self.state.db_path, source["document_id"]
        self.tasks.start(
            lambda _p, _c: load_document_text(db, doc_id),
            lambda text: self.article.show_article(text, source["char_start"], source["char_end"]),
            lambda msg: self._failed("Cannot show the article", msg),
        )

    def _show_nothing(self) -> None:
        self.detail.show_nothing()
        self.article.clear_article()

    def _failed(self, title: str, message: str) -> None:
        report_error(self.parent_widget, title, message, modal=False)
