"""The status bar's line of text: what cannot be shown whole there is in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class StatusText(QLabel):
    """A status line whose tooltip always holds the whole text (the bar may cut it)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
