"""A scroll bar that keeps its picture while nothing about it changes.

The lanes' scroll bar lies over the timeline, so every frame of the timeline repainted it:
in the Fusion style, a view-high bar took ~3 ms of a 10 ms frame while the view panned,
and the bar looked the same each time. Its picture is now kept and drawn again as long as
its size, range, position, state and palette are those it was drawn with; under the mouse
or while dragged (hover and pressed looks depend on which part is under the pointer) it is
painted afresh.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget


class KeptScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._kept: tuple[tuple, QPixmap] | None = None
        self.drawn = 0  # pictures drawn afresh (tests read it)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.underMouse() or self.isSliderDown():
            self._kept = None
            super().paintEvent(event)
            return
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        opt.subControls = QStyle.SubControl.SC_All
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.minimum(), self.maximum(),
               self.value(), self.pageStep(), int(opt.state.value),
               self.palette().cacheKey(), self.style().name())  # fmt: skip
        if self._kept is None or self._kept[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                self.style().drawComplexControl(
                    QStyle.ComplexControl.CC_ScrollBar, opt, painter, self
                )
            finally:
                painter.end()
            self._kept = (key, pixmap)
            self.drawn += 1
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._kept[1])
        finally:
            painter.end()
