"""What the mouse, the wheel and the keys do on the timeline: zoom, pan, select, and fold or
move lanes by their headers; tooltips. ``TimelineView`` (ui.timeline) takes these
methods from ``TimelineInput`` and keeps the view's state; this only interprets input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from ui.timescale import DAY, format_when
from ui.wording import count

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QScrollBar

    from ui.timeline_data import TimelineData
    from ui.timeline_scene import LaneInput, Layout
    from ui.timescale import TimeScale

WHEEL_STEP = 1.2  # zoom factor of one wheel notch (120 eighths of a degree)
KEY_ZOOM = 1.5
KEY_PAN = 1 / 8  # of the width


class TimelineInput:
    """Input handling of ``TimelineView``, which comes before ``QWidget`` in its bases: the
    view provides the attributes and methods declared here."""

    _layout: Layout
    _scale: TimeScale
    _data: TimelineData
    _lanes: list[LaneInput] | None
    _selected: int | None
    scroll_bar: QScrollBar
    drawn_data: Callable[[], TimelineData]

    def _init_input(self) -> None:
        self._press_x: float | None = None
        self._last_x = 0.0
        self._dragging = False  # while the view is dragged, decorations are left out
        self._lane_press: tuple[int, float] | None = None  # header pressed: lane, y
        self._lane_drop: int | None = None  # while a lane is dragged: where it would go

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        mods = event.modifiers()
        over_header = self._layout.lane_header_at(event.position().y()) is not None
        scroll = mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        if self.scroll_bar.isVisible() and (scroll or over_header):  # lanes scroll
            step = delta.y() or delta.x()
            self.scroll_lanes(-step / 120 * 3 * self.scroll_bar.singleStep())
            event.accept()
            return
        if delta.y():
            self._scale.zoom(WHEEL_STEP ** (delta.y() / 120), event.position().x())
        elif delta.x():
            self._scale.pan(delta.x() / 2)
        self._view_changed()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        lane = self._layout.lane_header_at(event.position().y())
        if lane is not None:  # a click folds the lane; a drag moves it
            self._lane_press = (lane, event.position().y())
            event.accept()
            return
        self._press_x = self._last_x = event.position().x()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._lane_press is not None:
            y = event.position().y()
            if (
                self._lane_drop is not None
                or abs(y - self._lane_press[1]) >= QApplication.startDragDistance()
            ):
                self._lane_drop = self._drop_place(y)
                self.setCursor(Qt.CursorShape.SizeVerCursor)
                self.update()
            event.accept()
            return
        if self._press_x is None:
            self._hover(event.position())
            super().mouseMoveEvent(event)
            return
        x = event.position().x()
        if not self._dragging and abs(x - self._press_x) >= QApplication.startDragDistance():
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._scale.pan(x - self._last_x)
            self._last_x = x
            self._view_changed()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._lane_press is not None:
            lane, drop = self._lane_press[0], self._lane_drop
            self._lane_press = self._lane_drop = None
            self.unsetCursor()
            if drop is None:
                self.fold_lane(lane)
            else:
                self.move_lane(lane, drop if drop <= lane else drop - 1)
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press_x is None:
            super().mouseReleaseEvent(event)
            return
        if self._dragging:
            self.unsetCursor()
            self._dragging = False
            self.update()
        else:
            self._click(event.position())
        self._press_x = None
        event.accept()

    def _drop_place(self, y: float) -> int:
        """Where a dragged lane would go if dropped at ``y``: before lane i (i == count:
        after the last)."""
        boxes = self._layout.lanes
        for i, box in enumerate(boxes):
            if y < (box.top + box.bottom) / 2:
                return i
        return len(boxes)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        lane = self._layout.lane_header_at(event.pos().y())
        if lane is None or not self._lanes:
            super().contextMenuEvent(event)
            return
        self.lane_menu(lane).exec(event.globalPos())

    def lane_menu(self, i: int) -> QMenu:
        """What can be done to lane ``i`` (its header's context menu)."""
        assert self._lanes is not None
        menu = QMenu(self)
        folded = self._lanes[i].collapsed
        menu.addAction("Unfold" if folded else "Fold", lambda: self.fold_lane(i))
        menu.addAction("Fold the Others", lambda: self.fold_all(True, but=i))
        menu.addAction("Unfold All", lambda: self.fold_all(False))
        menu.addSeparator()
        last = len(self._lanes) - 1
        for text, to, enabled in (("Move to Top", 0, i > 0), ("Move Up", i - 1, i > 0),
                                  ("Move Down", i + 1, i < last),
                                  ("Move to Bottom", last, i < last)):  # fmt: skip
            action = menu.addAction(text, lambda to=to: self.move_lane(i, to))
            action.setEnabled(enabled)
        return menu

    def _hover(self, pos: QPointF) -> None:
        x, y = pos.x(), pos.y()
        if self._layout.lane_header_at(y) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            return
        lay = self._layout
        over = lay.event_at(x, y) is not None or lay.bucket_at(x, y) or lay.note_at(x, y)
        if over:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _click(self, pos: QPointF) -> None:
        event_id = self._layout.event_at(pos.x(), pos.y())
        if event_id is not None:
            self.select(event_id)
            self.eventClicked.emit(event_id)
        elif self._layout.bucket_at(pos.x(), pos.y()) is not None:
            self.list_bucket_at(pos.x(), pos.y())  # its events, most salient first
        elif sort := self._layout.note_at(pos.x(), pos.y()):
            self.list_in_view(sort)
        elif self._selected is not None:
            self.select(None)
            self.selectionCleared.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, w = event.key(), self._scale.width
        pan = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not pan:
            self.select_next(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.list_in_view()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._scale.zoom(KEY_ZOOM, w / 2)
        elif key == Qt.Key.Key_Minus:
            self._scale.zoom(1 / KEY_ZOOM, w / 2)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self._scale.pan(w * KEY_PAN)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self._scale.pan(-w * KEY_PAN)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.zoom_to_fit(everything=key == Qt.Key.Key_Home)
            return
        else:
            super().keyPressEvent(event)
            return
        self._view_changed()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, x: float, y: float) -> str:
        lane = self._layout.lane_header_at(y)
        if lane is not None:
            box = self._layout.lanes[lane]
            action = "unfold" if box.collapsed else "fold"
            return (f"{box.label}: {count(box.count, 'event')}\nClick to {action}, drag to move, "
                    "right-click for more")  # fmt: skip
        event_id = self._layout.event_at(x, y)
        if event_id is not None and (item := self.drawn_data().item_of(event_id)) is not None:
            when = format_when(item.start, item.end, item.precision)
            if item.undated:
                when = f"reported {when}, no date given"
            return f"{item.title}\n{when}"
        if (bucket := self._layout.bucket_at(x, y)) is not None:
            n, t0, t1 = bucket
            span = format_when(t0, t1, "time" if t1 - t0 < DAY else "day")
            return f"{count(n, 'event')} from {span} (click to list them)"
        if self._layout.note_at(x, y):
            return "List them, most salient first (Enter lists every event in view)"
        return ""
