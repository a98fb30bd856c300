"""The overview strip: all events at a glance, the visible window as a handle."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from ui.overview import OverviewStrip
from ui.timeline import TimelineView
from ui.timeline_data import TimelineData, TimelineItem
from ui.timescale import DAY, to_seconds


def at(*args: int) -> float:
    return to_seconds(datetime(*args))


ITEMS = [TimelineItem(i, at(2000 + i, 6, 1), at(2000 + i, 6, 1) + DAY, f"E{i}", "day", False)
         for i in range(20)]  # fmt: skip


@pytest.fixture
def linked(qtbot):
    view, strip = TimelineView(), OverviewStrip()
    for w in (view, strip):
        qtbot.addWidget(w)
    view.rangeChanged.connect(strip.set_window)
    strip.rangeRequested.connect(view.set_visible_range)
    view.resize(800, 300)
    strip.resize(800, 44)
    view.set_items(ITEMS)
    strip.set_data(TimelineData(ITEMS))
    view.set_visible_range(at(2005, 1, 1), at(2007, 1, 1))
    strip.show()
    qtbot.waitExposed(strip)
    return view, strip


def test_the_handle_follows_the_timeline(linked):
    view, strip = linked
    assert strip.window() == pytest.approx(view.visible_range())
    before = strip.handle_rect()
    view.zoom_by(2.0)
    after = strip.handle_rect()
    assert after.width() == pytest.approx(before.width() / 2, rel=0.05)


def test_dragging_the_handle_pans_the_timeline(linked, qtbot):
    view, strip = linked
    span = view.visible_range()[1] - view.visible_range()[0]
    centre = strip.handle_rect().center().toPoint()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(strip, centre + QPoint(100, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=centre + QPoint(100, 0))
    t0, t1 = view.visible_range()
    assert t0 > at(2007, 1, 1)  # 100 px of a ~21-year strip is more than two years
    assert t1 - t0 == pytest.approx(span)


def test_pulling_an_edge_zooms_and_a_click_elsewhere_goes_there(linked, qtbot):
    view, strip = linked
    rect = strip.handle_rect()
    right = QPoint(int(rect.right()), 20)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=right)
    qtbot.mouseMove(strip, right + QPoint(60, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=right + QPoint(60, 0))
    t0, t1 = view.visible_range()
    assert t0 == pytest.approx(at(2005, 1, 1), abs=DAY) and t1 > at(2008, 1, 1)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(760, 20))
    t0, t1 = view.visible_range()
    assert t0 < at(2018, 6, 1) < t1


def test_the_strip_paints_the_density_and_the_handle(linked):
    _, strip = linked
    image = strip.grab().toImage()
    rect = strip.handle_rect()
    inside = image.pixelColor(int(rect.center().x()), 40)
    outside = image.pixelColor(int(rect.right()) + 40, 5)
    assert inside != outside


def test_show_all_fits_every_event_whatever_its_date_and_the_strip_covers_them(qtbot):
    """An archive of 1987 with a few far off (the 11th century, a target for 2050): Show All
    (Ctrl+Shift+0) fits them all, not five centuries of empty axis in the middle, and the
    strip's extent takes them all in, each far one drawn."""
    busy = [TimelineItem(i, at(1987, 3, 1 + i % 28), at(1987, 3, 1 + i % 28) + DAY, f"E{i}",
                         "day", False) for i in range(200)]  # fmt: skip
    far = [TimelineItem(900, at(1000, 1, 1), at(1100, 1, 1), "A century", "century", False),
           TimelineItem(901, at(2050, 1, 1), at(2051, 1, 1), "By 2050", "year", False)]  # fmt: skip
    view, strip = TimelineView(), OverviewStrip()
    for w in (view, strip):
        qtbot.addWidget(w)
    view.rangeChanged.connect(strip.set_window)
    view.resize(1000, 300)
    strip.resize(1000, 44)
    data = TimelineData(busy + far)
    view.set_data(data)
    strip.set_data(data)
    view.zoom_to_fit()  # Ctrl+0: where most of them are
    t0, t1 = view.visible_range()
    assert at(1986, 1, 1) < t0 and t1 < at(1989, 1, 1)
    view.zoom_to_fit(everything=True)  # Ctrl+Shift+0
    t0, t1 = view.visible_range()
    assert t0 <= at(1000, 1, 1) and t1 >= at(2051, 1, 1)
    x0, x1 = (view._scale.x_of(t) for t in (at(1000, 1, 1), at(2051, 1, 1)))
    assert x0 >= 0 and x1 <= view.width()
    lo, hi = strip._extent
    assert lo <= at(1000, 1, 1) and hi >= at(2051, 1, 1)
    for far_one in (at(1050, 1, 1), at(2050, 7, 1)):  # each far one drawn where it is
        assert strip._bars[int(strip._x_of(far_one))] > 0
