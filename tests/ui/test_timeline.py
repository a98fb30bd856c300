"""The timeline widget: time ↔ pixel mapping, calendar axis, zoom, pan, click, scale."""

from __future__ import annotations

import os
import re
from datetime import datetime
from itertools import pairwise

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.timeline_counts import BUCKET_PX
from ui.timeline_data import TimelineItem
from ui.timescale import (
    DAY,
    LABEL_PAD,
    MAX_SPAN,
    MIN_SPAN,
    YEAR,
    TimeScale,
    axis_major_ticks,
    axis_ticks,
    to_seconds,
)


def at(*args: int) -> float:
    return to_seconds(datetime(*args))


def day_item(event_id: int, y: int, m: int, d: int, title: str, undated: bool = False):
    return TimelineItem(event_id, at(y, m, d), at(y, m, d) + DAY, title, "day", undated)


SAMPLE = [
    day_item(1, 2022, 2, 4, "Putin and Xi meet in Beijing"),
    day_item(2, 2022, 2, 14, "Scholz visits Ukraine"),
    day_item(3, 2022, 2, 15, "Scholz visits Russia"),
    day_item(4, 2022, 2, 7, "Macron in Moscow"),
    day_item(5, 2022, 2, 3, "Erdogan visits Ukraine"),
    TimelineItem(6, at(2014, 1, 1), at(2015, 1, 1), "Russia annexes Crimea", "year", False),
    day_item(7, 2022, 2, 4, "Russia–Belarus exercises planned", undated=True),
    TimelineItem(8, at(2022, 2, 1), at(2022, 3, 1), "Diplomatic push", "month", False),
]


def send_mouse(widget, kind: QEvent.Type, x: float, y: float, buttons) -> None:
    pos = QPointF(x, y)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


# The time scale --------------------------------------------------------------------------------


@pytest.mark.parametrize("t0", [at(2022, 2, 4), at(1815, 6, 18), -5e9])
@pytest.mark.parametrize("spp", [60.0, DAY, 30 * DAY])
def test_scale_round_trips_between_time_and_pixels(t0: float, spp: float) -> None:
    scale = TimeScale(t0, spp, width=800)
    for x in (0.0, 1.5, 400.0, 799.0):
        assert scale.x_of(scale.t_of(x)) == pytest.approx(x, abs=1e-6)
    assert scale.t_of(scale.x_of(t0 + 123 * spp)) == pytest.approx(t0 + 123 * spp)


@pytest.mark.parametrize("factor", [2.0, 0.5, 1.2, 10.0])
@pytest.mark.parametrize("anchor_x", [0.0, 123.0, 700.0])
def test_anchored_zoom_keeps_the_time_under_the_anchor(factor: float, anchor_x: float) -> None:
    scale = TimeScale(at(2022, 1, 1), DAY, width=800)
    before = scale.t_of(anchor_x)
    scale.zoom(factor, anchor_x)
    assert scale.spp == pytest.approx(DAY / factor)
    assert scale.t_of(anchor_x) == pytest.approx(before, abs=1e-3 * scale.spp)


def test_zoom_and_pan_stay_within_sane_limits() -> None:
    scale = TimeScale(at(2022, 1, 1), DAY, width=800)
    scale.zoom(1e9, 400)
    assert scale.t1 - scale.t0 == pytest.approx(MIN_SPAN)  # about an hour across
    scale.zoom(1e-12, 400)
    assert scale.t1 - scale.t0 == pytest.approx(MAX_SPAN)  # all the calendar shown
    scale.pan(1e12)
    assert scale.t0 >= at(100, 1, 1)


def test_pan_moves_content_by_pixels() -> None:
    scale = TimeScale(at(2022, 1, 1), 3600.0, width=800)
    t = at(2022, 1, 2)
    x = scale.x_of(t)
    scale.pan(50)
    assert scale.x_of(t) == pytest.approx(x + 50)


# The axis --------------------------------------------------------------------------------------

UNIT_LABELS = {
    "year": re.compile(r"^\d{3,4}$"),
    "month": re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$"),
    "day": re.compile(r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\d{1,2}$"),
    "hour": re.compile(r"^\d{2}:00$"),
}


@pytest.mark.parametrize(
    ("span", "unit"),
    [(40 * YEAR, "year"), (3 * YEAR, "month"), (14 * DAY, "day"), (12 * 3600.0, "hour")],
)
def test_axis_labels_go_from_years_to_hours_as_the_range_shrinks(qapp, span, unit) -> None:
    fm = QFontMetricsF(qapp.font())
    t0 = at(2022, 1, 1, 0)
    ticks = axis_ticks(t0, t0 + span, 900, fm.horizontalAdvance)
    assert len(ticks) >= 3
    assert all(UNIT_LABELS[unit].match(label) for _, label in ticks), ticks
    assert all(t0 <= t <= t0 + span for t, _ in ticks)


def test_axis_gives_the_enclosing_period_above_the_ticks(qapp) -> None:
    fm = QFontMetricsF(qapp.font())
    t0 = at(2022, 2, 3)
    assert axis_major_ticks(t0, t0 + 20 * DAY, 900, fm.horizontalAdvance)[0][1] == ("February 2022")
    hours = axis_major_ticks(t0, t0 + 12 * 3600, 900, fm.horizontalAdvance)
    assert hours[0][1] == "Thursday 3 February 2022"
    assert axis_major_ticks(t0, t0 + 40 * YEAR, 900, fm.horizontalAdvance) == []


SPANS = [400 * YEAR, 60 * YEAR, 7 * YEAR, 2 * YEAR, 200 * DAY, 45 * DAY, 9 * DAY, 2 * DAY]
SPANS += [20 * 3600.0, 5 * 3600.0, 3600.0]


@pytest.mark.parametrize("width", [250, 640, 1600])
@pytest.mark.parametrize("span", SPANS)
def test_axis_labels_never_overlap(qapp, width: int, span: float) -> None:
    fm = QFontMetricsF(qapp.font())
    for t0 in (at(1987, 3, 17, 5, 30), at(2022, 2, 27)):
        ticks = axis_ticks(t0, t0 + span, width, fm.horizontalAdvance)
        spp = span / width
        rects = [
            ((t - t0) / spp + LABEL_PAD, (t - t0) / spp + LABEL_PAD + fm.horizontalAdvance(s))
            for t, s in ticks
        ]
        assert rects, (span, width)
        for (_, right), (left, _) in pairwise(rects):
            assert right < left, (span, width, ticks)


# The widget ------------------------------------------------------------------------------------


def test_set_items_on_an_empty_view_zooms_to_fit_then_keeps_the_view(view) -> None:
    view.set_items(SAMPLE)
    t0, t1 = view.visible_range()
    assert t0 <= at(2014, 1, 1) and at(2022, 3, 1) <= t1
    assert [i.id for i in view.items()] == [i.id for i in SAMPLE]
    view.set_visible_range(at(2022, 2, 1), at(2022, 2, 20))
    view.set_items([*SAMPLE, day_item(99, 2023, 5, 1, "Later")])
    assert view.visible_range() == pytest.approx((at(2022, 2, 1), at(2022, 2, 20)))
    assert len(view.items()) == len(SAMPLE) + 1


def test_day_events_are_markers_coarse_ones_bands_undated_hollow(view) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 20), at(2022, 2, 25))
    lay = view.current_layout()
    solid = {m.event_id for m in lay.markers if not m.hollow}
    hollow = [m for m in lay.markers if m.hollow]
    assert solid == {1, 2, 3, 4, 5}
    assert [m.event_id for m in hollow] == [7]
    assert hollow[0].y > max(m.y for m in lay.markers if not m.hollow)  # its own row
    assert {b.event_id for b in lay.bands} == {8}  # Crimea (2014) is out of view


def test_wheel_zooms_around_the_pointer(view) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 1), at(2022, 3, 1))
    x = 250.0
    before_t, (t0, t1) = view.time_scale().t_of(x), view.visible_range()
    pos = QPointF(x, 100)
    event = QWheelEvent(
        pos, view.mapToGlobal(pos), QPoint(), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, event)
    n0, n1 = view.visible_range()
    assert n1 - n0 < (t1 - t0) * 0.8  # zoomed in
    assert view.time_scale().t_of(x) == pytest.approx(before_t, abs=view.time_scale().spp)


def test_left_drag_pans_and_does_not_click(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 1), at(2022, 3, 1))
    t0, t1 = view.visible_range()
    spp = view.time_scale().spp
    clicks = []
    view.eventClicked.connect(clicks.append)
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, 300, 150, left)
    send_mouse(view, QEvent.Type.MouseMove, 350, 150, left)
    send_mouse(view, QEvent.Type.MouseMove, 420, 160, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, 420, 160, Qt.MouseButton.NoButton)
    n0, n1 = view.visible_range()
    assert n0 == pytest.approx(t0 - 120 * spp)  # content followed the pointer right
    assert n1 - n0 == pytest.approx(t1 - t0)
    assert clicks == []


def test_click_on_a_marker_emits_its_id_and_selects_it(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 25), at(2022, 2, 20))
    marker = next(m for m in view.current_layout().markers if m.event_id == 4)
    with qtbot.waitSignal(view.eventClicked, timeout=1000) as blocker:
        pos = QPoint(round(marker.x), round(marker.y))
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [4]
    assert view.selected() == 4


def test_click_on_a_title_or_band_emits_its_id(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 25), at(2022, 2, 20))
    lay = view.current_layout()
    marker = next(m for m in lay.markers if m.event_id == 2 and m.text)
    band = next(b for b in lay.bands if b.event_id == 8)
    targets = [
        (2, QPoint(round(marker.text_x + marker.text_w / 2), round(marker.y))),
        (8, QPoint(round((max(band.x0, 0) + min(band.x1, 900)) / 2), round(band.y + band.h / 2))),
    ]
    for event_id, pos in targets:
        with qtbot.waitSignal(view.eventClicked, timeout=1000) as blocker:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
        assert blocker.args == [event_id]


def test_click_on_empty_space_clears_the_selection(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 25), at(2022, 2, 20))
    view.select(1)
    empty = QPoint(5, round(view.height() / 2))
    assert view.current_layout().event_at(empty.x(), empty.y()) is None
    with qtbot.waitSignal(view.selectionCleared, timeout=1000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert view.selected() is None


def test_select_brings_the_event_into_view(view) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2010, 1, 1), at(2010, 2, 1))
    view.select(3)
    t0, t1 = view.visible_range()
    assert t0 < at(2022, 2, 15) < t1
    assert t1 - t0 == pytest.approx(at(2010, 2, 1) - at(2010, 1, 1))


def test_keys_zoom_pan_and_fit(view, qtbot) -> None:
    view.set_items(SAMPLE)
    fitted = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    t0, t1 = view.visible_range()
    assert t1 - t0 < fitted[1] - fitted[0]
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_range()[0] < t0
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] == pytest.approx(fitted[1] - fitted[0])
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range() == pytest.approx(fitted)


def test_arrow_keys_move_the_selection_through_time(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 2, 1), at(2022, 2, 10))
    with qtbot.waitSignal(view.eventClicked) as first:
        qtbot.keyClick(view, Qt.Key.Key_Right)  # nothing selected: the first event in view
    assert first.args == [8]  # the February band starts on the 1st
    chosen = []
    view.eventClicked.connect(chosen.append)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert chosen == [5, 1, 7, 4]  # 3 Feb, 4 Feb, the undated one reported 4 Feb, 7 Feb
    assert view.selected() == 4
    qtbot.keyClick(view, Qt.Key.Key_Right)  # 14 Feb is out of view: it is brought in
    assert view.selected() == 2
    t0, t1 = view.visible_range()
    assert t0 < at(2022, 2, 14) < t1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected() == 4


def test_empty_view_paints_its_message(view) -> None:
    assert view.current_layout().empty
    image = view.grab().toImage()
    background = image.pixelColor(2, 2)
    middle = [image.pixelColor(x, view.height() // 2) for x in range(0, view.width(), 2)]
    assert any(c != background for c in middle)  # the centred text


def million_items() -> list[TimelineItem]:
    rng = np.random.default_rng(7)
    starts = np.sort(rng.normal(at(2010, 1, 1), 5 * YEAR, 1_000_000)).tolist()
    kinds = [("day", DAY, False), ("time", 60.0, False), ("month", 30 * DAY, False)]
    kinds += [("day", DAY, True)]
    return [
        TimelineItem(i, s, s + kinds[i % 4][1], f"Event {i}", kinds[i % 4][0], kinds[i % 4][2])
        for i, s in enumerate(starts)
    ]


def test_a_million_items_paint_as_aggregates(view) -> None:
    items = million_items()
    view.set_items(items)
    assert len(view.items()) == 1_000_000
    lay = view.current_layout()
    assert {h.kind for h in lay.histograms} == {"point", "band", "undated"}
    assert sum(sum(h.counts) for h in lay.histograms if h.kind == "point") > 400_000
    image = view.grab()
    assert not image.isNull() and image.width() == view.width()
    view.set_visible_range(at(2010, 3, 1, 9), at(2010, 3, 1, 12))  # a few hours: detail
    lay = view.current_layout()
    assert lay.markers and not [h for h in lay.histograms if h.kind == "point"]
    assert not view.grab().isNull()


def test_a_zoomed_in_day_keeps_its_title_in_view_and_clickable(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 2, 4, 2), at(2022, 2, 4, 8))  # Putin–Xi marker is at noon
    marker = next(m for m in view.current_layout().markers if m.event_id == 1)
    assert marker.x > view.width() and marker.span is not None
    assert 0 <= marker.text_x < view.width() and marker.text
    with qtbot.waitSignal(view.eventClicked, timeout=1000) as blocker:
        pos = QPoint(round(marker.text_x + 10), round(marker.y))
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [1]


def test_hovering_an_event_shows_its_title_and_date(view, qtbot) -> None:
    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 25), at(2022, 2, 20))
    lay = view.current_layout()
    marker = next(m for m in lay.markers if m.event_id == 7)
    assert "Russia–Belarus" in view._tooltip(marker.x, marker.y)
    assert "reported 4 Feb 2022, no date given" in view._tooltip(marker.x, marker.y)
    band = next(b for b in lay.bands if b.event_id == 8)
    assert view._tooltip(band.x1 - 5, band.y + 3) == "Diplomatic push\nFebruary 2022"


@pytest.mark.parametrize("span", SPANS)
def test_the_widget_axis_labels_never_overlap_on_either_tier(view, span: float) -> None:
    fm = QFontMetricsF(view.font())
    bold = QFont(view.font())
    bold.setBold(True)
    fm_bold = QFontMetricsF(bold)
    view.set_visible_range(at(2022, 2, 3, 7), at(2022, 2, 3, 7) + span)
    lay = view.current_layout()
    minor = [(x + LABEL_PAD, x + LABEL_PAD + fm.horizontalAdvance(s)) for x, s in lay.ticks]
    major = [(tx, tx + fm_bold.horizontalAdvance(s)) for _, tx, s in lay.major]
    for rects in (minor, major):
        for (_, right), (left, _) in pairwise(rects):
            assert right <= left, (span, lay.ticks, lay.major)


@pytest.mark.parametrize("span", [40 * YEAR, 3 * YEAR, 50 * DAY, DAY / 3])
def test_no_axis_label_is_cut_by_either_edge(view, span: float) -> None:
    view.set_items(SAMPLE)
    for start in np.linspace(at(2020, 1, 1), at(2020, 1, 1) + span, 13):
        view.set_visible_range(start, start + span)
        fm = QFontMetricsF(view.font())
        lay = view.current_layout()
        assert any(label for _, label in lay.ticks)
        for x, label in lay.ticks:
            assert not label or x + LABEL_PAD + fm.horizontalAdvance(label) <= view.width()
        bold = QFont(view.font())
        bold.setBold(True)
        for _, text_x, label in lay.major:  # the upper tier too ("19" for 1990 misleads)
            assert text_x >= 0, (label, "cut by the left edge, as 'ary 1987'")
            assert not label or text_x + QFontMetricsF(bold).horizontalAdvance(label) <= (
                view.width() + 0.5
            )


def test_a_fitted_view_refits_when_resized_but_a_zoomed_one_keeps_its_range(view) -> None:
    view.set_items(SAMPLE)
    view.resize(500, 400)
    t0, t1 = view.visible_range()
    assert t0 < at(2014, 1, 1) and at(2022, 3, 1) < t1
    assert view.time_scale().x_of(at(2022, 3, 1)) <= 500 * 0.6 + 1  # room for the titles
    view.set_visible_range(at(2022, 2, 1), at(2022, 2, 10))
    view.resize(900, 400)
    assert view.visible_range() == pytest.approx((at(2022, 2, 1), at(2022, 2, 10)))


def test_periods_beyond_the_free_rows_are_counted_not_stacked_unseen(view) -> None:
    years = [
        TimelineItem(i, at(2020, 1, 1), at(2021, 1, 1), f"Year-long {i}", "year", False)
        for i in range(150)
    ]
    view.set_items(years)
    view.set_visible_range(at(2020, 5, 1), at(2020, 6, 1))
    lay = view.current_layout()
    rows = [b.y for b in lay.bands]
    assert len(rows) == len(set(rows))  # one band a row: none painted over another
    assert lay.hidden_bands == 150 - len(lay.bands) > 0
    assert lay.hidden_note is not None and f"+{lay.hidden_bands}" in lay.hidden_note[2]
    image = view.grab().toImage()  # the note is painted
    x, y, _ = lay.hidden_note
    assert any(image.pixelColor(int(x) + dx, int(y)) != image.pixelColor(2, 2) for dx in range(40))


def test_fit_leaves_out_a_few_far_off_events_and_home_shows_everything(view, qtbot) -> None:
    bulk = [day_item(i, 1987, 2, 1 + i % 28, f"Wire story {i}") for i in range(100)]
    odd = TimelineItem(999, at(1830, 1, 1), at(1831, 1, 1), "Misread year", "year", False)
    view.set_items([*bulk, odd])
    t0, t1 = view.visible_range()
    assert at(1987, 1, 1) < t0 < at(1987, 2, 2) and at(1987, 2, 28) < t1 < at(1987, 6, 1)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    t0, t1 = view.visible_range()
    assert t0 <= at(1830, 1, 1) and at(1987, 3, 1) <= t1
    view.resize(700, 400)  # a resize keeps fitting everything
    assert view.visible_range()[0] <= at(1830, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_range()[0] > at(1987, 1, 1)


def test_histogram_count_labels_are_never_cut_by_the_edges(view) -> None:
    view.set_items(million_items()[:200_000])
    fm = QFontMetricsF(view.font())
    for start in np.linspace(at(1995, 1, 1), at(2020, 1, 1), 9):
        view.set_visible_range(start, start + 3 * YEAR)
        for hist in view.current_layout().histograms:
            for x, _, label in hist.labels:
                assert x >= 0 and x + fm.horizontalAdvance(label) <= view.width() + 0.5


def test_periods_covering_the_whole_view_are_one_bar_counted_once(view) -> None:
    years = [
        TimelineItem(i, at(1987, 1, 1), at(1988, 1, 1), f"Year {i}", "year", False)
        for i in range(300)
    ]
    view.set_items(years)
    view.set_visible_range(at(1987, 3, 9), at(1987, 3, 16))
    (hist,) = view.current_layout().histograms
    assert hist.counts == [300] and hist.bars[0][2] >= view.width() - BUCKET_PX  # one bar
    assert [label for *_, label in hist.labels] == ["300"]


def test_markers_beyond_the_free_rows_never_cover_titles(view) -> None:
    crowd = [
        day_item(i, 1987, 3, 1 + i % 30, f"Company {i} declares a dividend") for i in range(300)
    ]
    view.set_items(crowd)
    view.set_visible_range(at(1987, 3, 1), at(1987, 4, 1))
    lay = view.current_layout()
    assert lay.hidden_points > 0 and len(lay.markers) + lay.hidden_points == 300
    assert lay.points_note_y is not None  # a row left free to say how many are left out
    assert all(abs(m.y - lay.points_note_y) > 1 for m in lay.markers)
    titled = [m for m in lay.markers if m.text]
    for m in lay.markers:
        for t in titled:
            if t is not m and t.y == m.y:
                assert not t.text_x - 2 <= m.x <= t.text_x + t.text_w + 2, (m, t)
    for m in titled:
        assert m.text_x >= 0 and m.text_x + m.text_w <= view.width()


def test_undated_reports_of_one_day_share_a_marker_that_counts_them(view) -> None:
    reports = [day_item(i, 2022, 2, 4, f"Plan {i} reported", undated=True) for i in range(5)]
    view.set_items([*reports, day_item(9, 2022, 2, 10, "Later report", undated=True)])
    view.set_visible_range(at(2022, 1, 20), at(2022, 2, 25))
    hollow = [m for m in view.current_layout().markers if m.hollow]
    assert [m.text for m in hollow] == ["5 undated reports", "Later report"]


def test_a_dark_system_palette_gives_a_dark_readable_timeline(view) -> None:
    from PySide6.QtGui import QColor, QPalette

    view.set_items(SAMPLE)
    view.set_visible_range(at(2022, 1, 28), at(2022, 2, 20))
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    view.setPalette(dark)
    image = view.grab().toImage()
    assert image.pixelColor(2, 2).lightness() < 60  # the background follows the system
    marker = next(m for m in view.current_layout().markers if m.text)
    y = int(marker.y)
    text = [image.pixelColor(x, y) for x in range(int(marker.text_x), int(marker.text_x + 40))]
    assert max(c.lightness() for c in text) > 150  # titles light on dark


def test_fitting_many_events_uses_the_whole_width(view) -> None:
    items = million_items()[:50_000]
    view.set_items(items)
    first, last = min(i.start for i in items), max(i.end for i in items)
    t0, t1 = view.visible_range()
    assert t0 < first and last < t1
    assert (last - first) / (t1 - t0) > 0.9  # no title room left empty at the right


def test_counts_standing_in_for_events_fit_as_the_events_would() -> None:
    from ui.timeline_data import TimelineData

    rng = np.random.default_rng(3)
    times = np.sort(rng.normal(at(2000, 1, 1), 3 * YEAR, 300))
    counts = rng.integers(0, 40, 300)
    counted = TimelineData.from_counts(times, counts)
    events = TimelineData([TimelineItem(i, t, t, "", "day", False)
                           for i, t in enumerate(np.repeat(times, counts).tolist())])  # fmt: skip
    assert len(counted) == len(events) == counts.sum()
    assert counted.densest(0.95) == pytest.approx(events.densest(0.95))
