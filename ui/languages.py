"""The articles' languages in the window: a filter in the filter bar, each article's language
in the articles list, and a line under Problems for an article in a language not read yet."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QListView, QStyledItemDelegate, QStyleOptionViewItem

from core.ingest import IngestReport
from core.reading.language import language_name
from ui.loading import Snapshot
from ui.models import DocumentListModel
from ui.panels import ProblemsPanel

log = logging.getLogger(__name__)

ALL_LANGUAGES = "All languages"


def language_label(code: str) -> str:
    """``German (de)``: how the window names a language."""
    return f"{language_name(code)} ({code})"


class LanguageBox(QComboBox):
    """Every language of the stored articles; choosing one shows only its articles' events."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.addItem(ALL_LANGUAGES, None)
        self.setToolTip("Show only the events of articles in one language")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def language(self) -> str | None:
        """The code chosen; None for every language."""
        return self.currentData()

    def set_languages(self, codes: list[str]) -> None:
        """Offer these languages, keeping the chosen one if it is still there."""
        current = self.language()
        self.blockSignals(True)
        self.clear()
        self.addItem(ALL_LANGUAGES, None)
        for code in codes:
            self.addItem(language_label(code), code)
        self.setCurrentIndex(max(self.findData(current), 0) if current in codes else 0)
        self.blockSignals(False)


class LanguageDelegate(QStyledItemDelegate):
    """Draws an article of the list with its language after the date line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.languages: dict[int, str] = {}  # document id -> code

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        code = self.languages.get(index.data(DocumentListModel.ID_ROLE))
        if code:
            option.text = f"{option.text} · {language_label(code)}"  # type: ignore[attr-defined]


class Languages(QObject):
    """Keeps the language filter and the articles list's languages in step with the snapshot,
    and lists the articles in a language Datelines does not read under Problems."""

    changed = Signal()  # another language chosen: the window applies its filters again

    def __init__(self, documents: QListView, problems: ProblemsPanel, parent: Any) -> None:
        super().__init__(parent)
        self.box = LanguageBox(parent)
        self.box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.delegate = LanguageDelegate(documents)
        documents.setItemDelegate(self.delegate)
        self.problems = problems
        self._documents: list[dict[str, Any]] = []

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._documents = snapshot.documents
        self.delegate.languages = {d["id"]: d.get("language", "en") for d in self._documents}
        self.box.set_languages(sorted(set(self.delegate.languages.values())))

    def hidden_documents(self) -> set[int]:
        """The articles the chosen language leaves out (none when every language is shown)."""
        code = self.box.language()
        if code is None:
            return set()
        return {d["id"] for d in self._documents if d.get("language", "en") != code}

    def report_unread(self, report: IngestReport) -> None:
        """A line under Problems for each article stored but not read, and the panel shown."""
        if not report.unread:
            return
        self.problems.add_problems(report.unread)
        if dock := self.problems.parentWidget():
            dock.show()
            dock.raise_()
