"""The source article as plain text, with the event's sentence highlighted and in view."""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)

HIGHLIGHT = QColor(255, 214, 102)
# A wire story breaks its lines at about 65 characters, as a teleprinter did. A break after
# a line this long, followed by more text on the next line (not a blank line, not an
# indented new paragraph), only wrapped a paragraph: shown as a space, the view wraps.
_WRAPPED_BREAK = re.compile(r"(?<=[^\n]{25})\n(?=[^\s])")


def reflow(text: str) -> str:
    """``text`` with its hard-wrapped paragraphs joined, for display only: each such line
    break becomes one space, so every character keeps its offset (highlights stay right)."""
    return _WRAPPED_BREAK.sub(" ", text)


class ArticleView(QPlainTextEdit):
    """Read-only article text. Plain text only: nothing in an article is ever fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText("The article an event came from appears here.")
        self._span: tuple[int, int] | None = None

    def show_article(self, text: str, start: int, end: int) -> None:
        """Show ``text`` (paragraphs reflowed) with ``[start, end)`` highlighted and
        scrolled to the middle."""
        text = reflow(text)
        self.setPlainText(text)
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        self._span = (start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setForeground(QColor("#1a1a1a"))
        selection.format = fmt
        selection.cursor = cursor
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(end)
        self.setTextCursor(caret)
        caret.setPosition(start)
        self.setTextCursor(caret)
        self.centerCursor()

    def clear_article(self) -> None:
        self._span = None
        self.setExtraSelections([])
        self.clear()

    def highlighted_text(self) -> str:
        """The highlighted sentence, as the user sees it marked."""
        if self._span is None:
            return ""
        return self.toPlainText()[self._span[0] : self._span[1]]

    def highlight_visible(self) -> bool:
        """Whether the highlighted sentence's start is inside the visible area."""
        if self._span is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._span[0])
        rect = self.cursorRect(cursor)
        return self.viewport().rect().intersects(rect)
