"""The timeline as drawn, into an image, SVG or PDF file, without a window on screen."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

IMAGE_FORMATS = ("png", "svg", "pdf")


def render_timeline(
    rows: Sequence[dict],
    out: Path,
    fmt: str,
    size: tuple[int, int] = (1600, 900),
    time_range: tuple[float, float] | None = None,
    title: str = "Datelines",
    lanes: Sequence[tuple[str, str, set[int], bool]] | None = None,
    scroll: int = 0,
) -> None:
    """Draw ``rows`` (``Store.events()`` rows) as the timeline draws them and write ``out``.

    ``time_range`` is the visible window in seconds since 1970; None fits every event.
    ``lanes``: (key, label, event ids, folded) from top to bottom, scrolled ``scroll``
    pixels down, as the window shows them; None draws one timeline.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file, not a window
    from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSize, QSizeF
    from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QApplication

    from ui.lanes import LaneSpec
    from ui.timeline import TimelineView
    from ui.timeline_data import TimelineData, TimelineItem

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QGuiApplication)
    view = TimelineView()
    view.resize(*size)
    data = TimelineData([
        TimelineItem(r["id"], r["start_ts"], r["end_ts"], r["title"], r["precision"],
                     bool(r["undated"]))
        for r in rows
    ])  # fmt: skip
    specs = None
    if lanes is not None:
        view.set_lane_state({"order": [key for key, *_ in lanes],
                             "folded": [key for key, *_, folded in lanes if folded]})  # fmt: skip
        specs = [
            LaneSpec(key, label, np.flatnonzero(np.isin(data.ids, list(ids))))
            for key, label, ids, _ in lanes
        ]
    view.set_data(data, specs)
    view.scroll_lanes(scroll)
    if time_range is not None:
        view.set_visible_range(*time_range)
    else:
        view.zoom_to_fit()
    if fmt == "png":
        image = QImage(QSize(*size), QImage.Format.Format_ARGB32)
        image.fill(view.palette().window().color())
        view.render(image)
        if not image.save(str(out), "PNG"):
            raise OSError(f"{out}: could not write the image")
        return
    if fmt == "svg":
        device = QSvgGenerator()
        device.setFileName(str(out))
        device.setSize(QSize(*size))
        device.setViewBox(QRectF(0, 0, *size))
        device.setTitle(title)
    else:
        device = QPdfWriter(str(out))
        device.setTitle(title)
        device.setPageSize(QPageSize(QSizeF(*size), QPageSize.Unit.Point))
        device.setPageMargins(QMarginsF(0, 0, 0, 0))
        device.setResolution(72)
    painter = QPainter(device)
    view.render(painter, QPoint(0, 0))
    painter.end()
