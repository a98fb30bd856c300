"""Regression for the PySide6 6.12.0 / CPython 3.11 crash (DESIGN.md, known pitfalls).

There every Qt call returning nothing (drawRect, drawLine, setPen…) dropped a reference to
None, and after a few thousand calls the process aborted with "deallocating None". Painting
the timeline makes such calls by the thousand, so a crashing build must fail here first.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

CALLS = 30_000  # well past the few thousand that aborted the broken build


def test_thirty_thousand_void_paint_calls_survive(qapp) -> None:
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    none_refs_before = sys.getrefcount(None)
    red, blue = QPen(QColor("red")), QPen(QColor("blue"))
    painter = QPainter(image)
    try:
        for i in range(CALLS // 3):
            painter.setPen(red if i % 2 else blue)
            painter.drawRect(QRectF(i % 100, 10, 5, 5))
            painter.drawLine(QLineF(150, 100 + i % 50, 290, 100 + i % 50))
    finally:
        painter.end()
    # A build that leaks None's references shows it long before the abort.
    assert sys.getrefcount(None) >= none_refs_before - 100
    assert QColor(image.pixel(200, 120)) in (QColor("red"), QColor("blue"))
    assert QColor(image.pixel(50, 10)) in (QColor("red"), QColor("blue"))
    assert QColor(image.pixel(250, 20)) == QColor("white")
