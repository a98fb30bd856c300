"""Lanes: the timeline split by source article, by kind or by name; folded, moved, kept."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.test_timeline import at, day_item, send_mouse
from tests.ui.test_window import make_window
from ui import window as window_module
from ui.lanes import LaneSpec, article_lanes, entity_lanes, group_lanes, kind_lanes
from ui.loading import entity_events
from ui.timeline import TimelineView
from ui.timeline_data import TimelineData

# Grouping ------------------------------------------------------------------------------------


def test_an_event_with_two_codes_shows_in_both_lanes_and_the_biggest_come_first() -> None:
    rows = np.array([0, 1, 1, 2, 3])
    codes = np.array([0, 0, 1, 1, 1])
    lanes = group_lanes(rows, codes, ["a", "b"], ["A", "B"], n_rows=5, nothing="Nobody")
    assert [(ln.key, ln.rows.tolist()) for ln in lanes] == [
        ("b", [1, 2, 3]), ("a", [0, 1]), ("nothing", [4])
    ]  # fmt: skip


def test_past_the_lane_limit_the_smallest_groups_share_one_lane_that_says_how_many() -> None:
    codes = np.repeat(np.arange(10), np.arange(10, 0, -1))  # group i has 10 - i events
    rows = np.arange(len(codes))
    keys = [f"k{i}" for i in range(10)]
    lanes = group_lanes(rows, codes, keys, keys, len(rows), other="other articles", max_lanes=4)
    assert [ln.key for ln in lanes[:3]] == ["k0", "k1", "k2"]
    assert lanes[3].label == "7 other articles"
    assert len(lanes[3].rows) == 7 + 6 + 5 + 4 + 3 + 2 + 1  # every event is in some lane


def test_lanes_by_article_go_by_publication_date_and_a_merged_event_is_in_each() -> None:
    documents = [
        {"id": 1, "title": "Later report", "published": "2022-03-10T09:00", "path": "b.txt"},
        {"id": 2, "title": "", "published": "2022-03-09T08:00", "path": "/news/a.txt"},
    ]
    shown_ids = np.array([10, 11, 12])
    first = np.array([1, 1, 2])
    merged = np.array([[11, 1], [11, 2]])  # event 11 reported by both
    lanes = article_lanes(shown_ids, first, merged, documents)
    assert [ln.label for ln in lanes] == ["a.txt (2022-03-09)", "Later report (2022-03-10)"]
    assert [ln.rows.tolist() for ln in lanes] == [[1, 2], [0, 1]]


def test_lanes_by_kind_put_events_of_no_particular_kind_last() -> None:
    lanes = kind_lanes(np.array([0, 0, 0, 1, 2, 2]), ["other", "meeting", "visit"])
    assert [ln.label for ln in lanes] == ["Visit", "Meeting", "Other"]


def test_lanes_by_name_give_events_naming_nobody_a_lane_of_their_own() -> None:
    shown = np.array([5, 6, 7])
    pairs = np.array([[5, 100], [6, 100], [6, 200], [99, 200]])  # event 99 is not shown
    entities = [(100, "Olaf Scholz", "person"), (200, "Ukraine", "place")]
    lanes = entity_lanes(shown, pairs, entities)
    assert [(ln.label, ln.rows.tolist()) for ln in lanes] == [
        ("Olaf Scholz", [0, 1]), ("Ukraine", [1]), ("No person or place named", [2])
    ]  # fmt: skip


# The widget ----------------------------------------------------------------------------------

EVENTS = [
    day_item(1, 2022, 2, 4, "Putin and Xi meet in Beijing"),
    day_item(2, 2022, 2, 14, "Scholz visits Ukraine"),
    day_item(3, 2022, 2, 15, "Scholz visits Russia"),
    day_item(4, 2022, 2, 7, "Macron in Moscow"),
]
LANES = [
    LaneSpec("entity:person:Scholz", "Olaf Scholz", np.array([1, 2])),
    LaneSpec("entity:place:Russia", "Russia", np.array([0, 2, 3])),
    LaneSpec("entity:person:Putin", "Vladimir Putin", np.array([0])),
]


@pytest.fixture
def laned(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data(TimelineData(EVENTS), LANES)
    widget.set_visible_range(at(2022, 2, 1), at(2022, 2, 20))
    return widget


def lane_markers(view: TimelineView, label: str) -> set[int]:
    box = next(b for b in view.current_layout().lanes if b.label == label)
    return {m.event_id for m in view.current_layout().markers if box.top <= m.y < box.bottom}


def header_point(view: TimelineView, label: str) -> QPoint:
    box = next(b for b in view.current_layout().lanes if b.label == label)
    return QPoint(200, int(box.top + box.header_h / 2))


def test_each_lane_shows_its_events_and_an_event_with_two_actors_shows_in_both(laned) -> None:
    assert [label for _, label, _, _ in laned.lanes()] == ["Olaf Scholz", "Russia",
                                                           "Vladimir Putin"]  # fmt: skip
    assert lane_markers(laned, "Olaf Scholz") == {2, 3}
    assert lane_markers(laned, "Russia") == {1, 3, 4}
    assert lane_markers(laned, "Vladimir Putin") == {1}
    boxes = laned.current_layout().lanes
    assert all(a.bottom <= b.top for a, b in itertools.pairwise(boxes))


def test_clicking_a_lane_header_folds_it_and_clicking_again_unfolds_it(laned, qtbot) -> None:
    before = laned.current_layout().lanes[1]
    qtbot.mouseClick(laned, Qt.MouseButton.LeftButton, pos=header_point(laned, "Russia"))
    folded = laned.current_layout().lanes[1]
    assert folded.collapsed and folded.bottom - folded.top == pytest.approx(folded.header_h)
    assert lane_markers(laned, "Russia") == set() and folded.density  # its density, drawn small
    assert lane_markers(laned, "Olaf Scholz") == {2, 3}  # the others keep their events
    qtbot.mouseClick(laned, Qt.MouseButton.LeftButton, pos=header_point(laned, "Russia"))
    assert laned.current_layout().lanes[1].bottom - before.top > before.header_h
    assert lane_markers(laned, "Russia") == {1, 3, 4}


def test_dragging_a_lane_header_down_moves_the_lane(laned, qtbot) -> None:
    start = header_point(laned, "Olaf Scholz")
    bottom = laned.current_layout().lanes[-1].bottom - 2
    send_mouse(laned, QEvent.Type.MouseButtonPress, start.x(), start.y(),
               Qt.MouseButton.LeftButton)  # fmt: skip
    for y in range(start.y(), int(bottom), 20):
        send_mouse(laned, QEvent.Type.MouseMove, start.x(), y, Qt.MouseButton.LeftButton)
    send_mouse(laned, QEvent.Type.MouseMove, start.x(), bottom, Qt.MouseButton.LeftButton)
    send_mouse(laned, QEvent.Type.MouseButtonRelease, start.x(), bottom, Qt.MouseButton.NoButton)
    assert [label for _, label, _, _ in laned.lanes()] == ["Russia", "Vladimir Putin",
                                                           "Olaf Scholz"]  # fmt: skip
    assert not any(folded for *_, folded in laned.lanes())  # a drag is not a click
    assert lane_markers(laned, "Olaf Scholz") == {2, 3}


def test_the_header_menu_moves_and_folds_lanes(laned) -> None:
    menu = laned.lane_menu(2)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Move Down"].isEnabled() and actions["Move to Top"].isEnabled()
    actions["Move to Top"].trigger()
    assert laned.lanes()[0][1] == "Vladimir Putin"
    actions = {a.text(): a for a in laned.lane_menu(0).actions() if a.text()}
    actions["Fold the Others"].trigger()
    assert [folded for *_, folded in laned.lanes()] == [False, True, True]


def test_the_arrangement_survives_new_data_and_comes_back_from_its_state(laned, qtbot) -> None:
    laned.move_lane(0, 2)
    laned.fold_lane(0)
    state = laned.lane_state()
    laned.set_data(TimelineData(EVENTS), LANES)  # a reload after articles were added
    assert [(label, folded) for _, label, _, folded in laned.lanes()] == [
        ("Russia", True), ("Vladimir Putin", False), ("Olaf Scholz", False)
    ]  # fmt: skip
    other = TimelineView()
    qtbot.addWidget(other)
    other.set_lane_state(state)
    other.set_data(TimelineData(EVENTS), LANES)
    assert other.lanes() == laned.lanes()


def many_lanes(n: int) -> list[LaneSpec]:
    return [LaneSpec(f"kind:k{i}", f"Kind {i}", np.array([i % len(EVENTS)])) for i in range(n)]


def test_lanes_that_do_not_fit_scroll_and_selecting_brings_a_lane_into_view(laned) -> None:
    lanes = [*many_lanes(12), LaneSpec("kind:last", "Last", np.array([3]))]
    lanes[:4] = [LaneSpec(f"kind:k{i}", f"Kind {i}", np.array([0])) for i in range(4)]
    laned.set_data(TimelineData(EVENTS), lanes)
    lay = laned.current_layout()
    assert laned.scroll_bar.isVisible() and lay.lanes_height > lay.content_height
    last = lay.lanes[-1]
    assert last.top > lay.axis_y  # below the axis: out of view
    wheel = QWheelEvent(
        QPointF(300, 100), laned.mapToGlobal(QPointF(300, 100)), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    span = laned.visible_range()
    QApplication.sendEvent(laned, wheel)
    assert laned.scroll_bar.value() > 0 and laned.visible_range() == span  # scrolled, no zoom
    assert laned.current_layout().lanes[0].top < lay.lanes[0].top
    laned.scroll_bar.setValue(0)
    laned.select(1)  # Putin and Xi: in the first lanes, already in view
    assert laned.scroll_bar.value() == 0
    laned.set_data(TimelineData(EVENTS), lanes[:3])
    assert not laned.scroll_bar.isVisible()  # three lanes fit


def test_selecting_an_event_only_in_a_lane_out_of_view_scrolls_to_it(laned) -> None:
    lanes = [LaneSpec(f"kind:k{i}", f"Kind {i}", np.array([0])) for i in range(14)]
    lanes.append(LaneSpec("kind:last", "Last", np.array([3])))  # Macron, event 4
    laned.set_data(TimelineData(EVENTS), lanes)
    assert laned.current_layout().lanes[-1].top > laned.current_layout().axis_y
    laned.select(4)
    box = laned.current_layout().lanes[-1]
    assert box.top >= 0 and box.bottom <= laned.current_layout().axis_y + 1
    assert any(m.event_id == 4 for m in laned.current_layout().markers)


def test_clicking_a_marker_in_a_lane_selects_its_event(laned, qtbot) -> None:
    marker = next(m for m in laned.current_layout().markers if m.event_id == 4)
    with qtbot.waitSignal(laned.eventClicked) as clicked:
        qtbot.mouseClick(laned, Qt.MouseButton.LeftButton, pos=QPoint(int(marker.x),
                                                                      int(marker.y)))  # fmt: skip
    assert clicked.args == [4] and laned.selected() == 4


# The window ----------------------------------------------------------------------------------


def test_the_toolbar_splits_the_timeline_by_article_then_by_name_and_keeps_the_choice(
    qtbot, tmp_path, own_sample
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    db = tmp_path / "lanes.db"
    window = make_window(qtbot, db, settings)
    both = [str(own_sample), str(own_sample.parent / "harbour-bridge-march-reopening.txt")]
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths(both)
    assert window.timeline.lanes() == []
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.filters.set_lane_mode("article")
    lanes = window.timeline.lanes()
    assert len(lanes) == 2 and all(key.startswith("article:") for key, *_ in lanes)
    merged = window.snapshot.rows.ids[window.snapshot.rows.sources > 1]
    assert len(merged)  # the two articles report some events both: those show in each lane
    assert sum(n for _, _, n, _ in lanes) == len(window.timeline.items()) + len(merged)
    with qtbot.waitSignal(window.filtersApplied, timeout=10000):
        window.filters.set_lane_mode("entity")  # the names are read first
    lanes = window.timeline.lanes()
    assert lanes[-1][1] == "No person or place named"
    for i, (key, label, _, _) in enumerate(lanes[:-1]):  # each name's lane: its events
        _, kind, name = key.split(":", 2)
        assert label == name and kind in ("person", "place")
        assert window.timeline.lane_event_ids(i) == entity_events(str(db), name, kind)
    window.timeline.fold_lane(0)
    folded = window.timeline.lanes()[0][0]
    window.close()
    again = make_window(qtbot, db, settings)
    qtbot.waitUntil(lambda: bool(again.timeline.lanes()), timeout=10000)
    assert again.filters.lane_mode() == "entity"
    assert dict((k, f) for k, _, _, f in again.timeline.lanes())[folded] is True
    again.close()


def test_many_events_are_arranged_in_lanes_by_a_worker(qtbot, tmp_path, own_sample, monkeypatch):
    monkeypatch.setattr(window_module, "LANES_IN_WORKER", 1)  # as if there were a million
    window = make_window(qtbot, tmp_path / "many.db")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample)])
    with qtbot.waitSignal(window.lanesShown, timeout=10000):
        window.filters.set_lane_mode("kind")
    lanes = window.timeline.lanes()
    assert len(lanes) == len(window.snapshot.kind_names)
    assert sum(n for _, _, n, _ in lanes) == len(window.timeline.items())
    assert "lanes" not in window.status_label.text()
    window.close()


def test_the_view_menu_switches_lanes_and_follows_the_toolbar(qtbot, tmp_path, own_sample):
    window = make_window(qtbot, tmp_path / "menu.db")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample)])
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    lanes_menu = next(a.menu() for a in view_menu.actions() if a.text() == "&Lanes")
    by_kind = next(a for a in lanes_menu.actions() if a.text() == "By kind")
    assert by_kind.shortcut().toString() == "Ctrl+Alt+3"
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        by_kind.trigger()
    assert window.filters.lane_mode() == "kind" and window.timeline.lanes()
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.filters.set_lane_mode("none")
    one = next(a for a in lanes_menu.actions() if a.text() == "One timeline")
    assert one.isChecked() and not by_kind.isChecked() and window.timeline.lanes() == []
    window.close()


def test_an_image_export_draws_the_lanes_as_shown(qtbot, tmp_path, own_sample):
    window = make_window(qtbot, tmp_path / "export.db")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample)])
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.filters.set_lane_mode("kind")
    window.timeline.fold_lane(0)
    out = tmp_path / "lanes.svg"
    with qtbot.waitSignal(window.exportFinished, timeout=10000):
        window.exporter.export(str(out), "svg")
    root = ET.parse(out).getroot()
    text = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    labels = [label for _, label, _, _ in window.timeline.lanes()]
    assert all(f"▾ {label}" in text for label in labels[1:])  # each lane's header
    assert f"▸ {labels[0]}" in text  # folded as on screen
    window.close()


def test_hovering_a_lane_header_says_what_it_holds_and_what_it_does(laned) -> None:
    point = header_point(laned, "Russia")
    QApplication.sendEvent(laned, QHelpEvent(QEvent.Type.ToolTip, point, laned.mapToGlobal(point)))
    tip = QToolTip.text()
    assert tip.startswith("Russia: 3 events") and "Click to fold" in tip


def test_nothing_is_written_under_the_lanes_scroll_bar(laned) -> None:
    lanes = [LaneSpec(f"kind:k{i}", f"Kind {i}", np.array([i % 4])) for i in range(12)]
    laned.set_data(TimelineData(EVENTS), lanes)
    laned.set_visible_range(at(2022, 1, 12), at(2022, 2, 11))  # Macron's title: cut

    lay = laned.current_layout()
    assert laned.scroll_bar.isVisible()
    edge = laned.scroll_bar.geometry().left()
    macron = [m for m in lay.markers if m.event_id == 4 and m.text]
    assert macron and all(m.text_x + m.text_w <= edge for m in macron)


def test_a_hidden_article_has_no_lane_even_for_events_another_one_reported(
    qtbot, tmp_path, own_sample
) -> None:
    window = make_window(qtbot, tmp_path / "hide.db")
    both = [str(own_sample), str(own_sample.parent / "harbour-bridge-march-reopening.txt")]
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths(both)
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.filters.set_lane_mode("article")
    first, second = (key for key, *_ in window.timeline.lanes())
    hidden_id = int(first.split(":")[1])
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.document_model.set_hidden(hidden_id, True)
    lanes = window.timeline.lanes()
    assert [key for key, *_ in lanes] == [second]  # shared events stay, in the other's lane
    assert lanes[0][2] == len(window.timeline.items())
    window.close()


def test_the_lanes_scroll_bar_looks_the_same_kept_and_is_drawn_again_when_it_moves(laned) -> None:
    lanes = [LaneSpec(f"kind:k{i}", f"Kind {i}", np.array([i % 4])) for i in range(12)]
    laned.set_data(TimelineData(EVENTS), lanes)
    bar = laned.scroll_bar
    assert bar.isVisible()
    first = bar.grab().toImage()
    drawn = bar.drawn
    for day in range(1, 8):  # panning: the bar does not change, its picture is kept
        laned.set_visible_range(at(2022, 2, day), at(2022, 2, day + 19))
        laned.repaint()
    assert bar.drawn == drawn and bar.grab().toImage() == first
    bar.setValue(bar.maximum())  # scrolled: drawn again, the handle elsewhere
    moved = bar.grab().toImage()
    assert bar.drawn == drawn + 1 and moved != first
    bar.underMouse = lambda: True  # painted afresh by QScrollBar: the same picture (a kept
    # picture's translucent edge is blended twice: a level of 255 apart at most)
    fresh = bar.grab().toImage()
    assert fresh.size() == moved.size() and channels(fresh).shape == channels(moved).shape
    assert np.abs(channels(fresh) - channels(moved)).max() <= 1


def channels(image) -> np.ndarray:
    image = image.convertToFormat(image.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].astype(int)
