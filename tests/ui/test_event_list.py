"""Reaching any event where the timeline can only count them: a histogram bar's events listed
most salient first, every event in view on Enter, and a cue when zooming in goes past what
the dates say."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from ui.lanes import LaneSpec
from ui.timeline_data import TimelineData, TimelineItem
from ui.timescale import DAY, to_seconds

HOUR = 3600.0


def at(*args: int) -> float:
    return to_seconds(datetime(*args))


def busy_day(n: int = 600, first_id: int = 1) -> list[TimelineItem]:
    """``n`` events all dated to 10 March 2022 (day precision), of unequal salience, and a
    few on the days around it."""
    day = at(2022, 3, 10)
    items = [
        TimelineItem(
            first_id + i,
            day,
            day + DAY,
            f"Busy day event {i}",
            "day",
            False,
            salience=float((i * 37) % 101),
        )
        for i in range(n)
    ]
    items += [
        TimelineItem(
            first_id + n + k, day + d * DAY, day + (d + 1) * DAY, f"Quiet day {d}", "day", False
        )
        for k, d in enumerate((-3, -1, 2, 4))
    ]
    return items


def bar_of(view, t: float, kind: str = "point"):
    """The centre of the histogram bar counting the time ``t``, its count and time span."""
    for hist in view.current_layout().histograms:
        if hist.kind != kind:
            continue
        for (x, y, w, h), (t0, t1), n in zip(hist.bars, hist.times, hist.counts, strict=True):
            if t0 <= t < t1:
                return QPoint(round(x + w / 2), round(y + h / 2)), n, (t0, t1)
    raise AssertionError(f"no {kind} bar counts {t}")


def test_clicking_a_bar_lists_its_events_most_salient_first(view, qtbot) -> None:
    items = busy_day()
    view.set_items(items)
    view.set_visible_range(at(2022, 3, 6), at(2022, 3, 13))  # a week: the day is counted
    assert not view.current_layout().markers
    pos, n, _ = bar_of(view, at(2022, 3, 10, 12))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    popup = view.event_list
    assert popup is not None and popup.isVisible()
    listed = popup.listed_ids()
    assert len(listed) == n == 600  # the bar's count, every one of them
    by_id = {i.id: i for i in items}
    saliences = [by_id[i].salience for i in listed]
    assert saliences == sorted(saliences, reverse=True)
    assert "600 events" in popup.heading.text() and "most salient first" in popup.heading.text()
    assert "10 Mar 2022" in popup.heading.text()
    first_row = popup.model.index(0).data()
    assert first_row.startswith("10 Mar 2022 · Busy day event")
    assert view.visible_range() == pytest.approx((at(2022, 3, 6), at(2022, 3, 13)))  # no zoom


def test_picking_a_listed_event_selects_it_as_a_click_on_it_would(view, qtbot) -> None:
    view.set_items(busy_day())
    view.set_visible_range(at(2022, 3, 6), at(2022, 3, 13))
    pos, _, _ = bar_of(view, at(2022, 3, 10, 12))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    popup = view.event_list
    second = popup.listed_ids()[1]
    popup.list.setCurrentIndex(popup.model.index(1))
    with qtbot.waitSignal(view.eventClicked, timeout=1000) as blocker:
        qtbot.keyClick(popup.list, Qt.Key.Key_Return)  # the keyboard picks as well
    assert blocker.args == [second]
    assert view.selected() == second
    assert not popup.isVisible()


def test_the_list_can_zoom_in_on_the_bar_instead(view, qtbot) -> None:
    view.set_items(busy_day())
    view.set_visible_range(at(2022, 3, 6), at(2022, 3, 13))
    pos, _, _ = bar_of(view, at(2022, 3, 10, 12))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    view.event_list.zoom_button.click()
    t0, t1 = view.visible_range()
    assert t1 - t0 == pytest.approx(7 * DAY / 4)
    assert t0 < at(2022, 3, 10, 12) < t1


def test_enter_lists_every_event_in_view(view, qtbot) -> None:
    view.set_items(busy_day())
    view.set_visible_range(at(2022, 3, 8), at(2022, 3, 12))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = view.event_list
    assert popup is not None and popup.isVisible()
    assert len(popup.listed_ids()) == 600 + 1  # the busy day and 9 March's quiet one
    assert popup.heading.text().startswith("601 events, in view")


def test_zooming_past_the_day_says_the_events_are_dated_to_the_day(view, qtbot) -> None:
    view.set_items(busy_day())
    view.set_visible_range(at(2022, 3, 10, 13), at(2022, 3, 10, 16))  # three hours of it
    lay = view.current_layout()
    (note,) = [n for n in lay.notes if "dated only to the day" in n[2]]
    assert "10 Mar 2022" in note[2] and "cannot separate them" in note[2]
    hidden = lay.hidden_points
    assert hidden > 0 and f"+{hidden:,} more events" in note[2]
    x0, y0, x1, y1, _ = lay.note_boxes[lay.notes.index(note)]
    assert x1 <= view.width()
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(x0 + 20), round(y0 + y1) // 2)
    )
    popup = view.event_list
    assert popup is not None and len(popup.listed_ids()) == 600  # every one of the day's
    assert len(popup.listed_ids()) == len(lay.markers) + hidden  # those titled and the rest


def test_a_busy_day_counted_by_the_hour_is_listed_by_its_date(view, qtbot) -> None:
    view.set_items(busy_day())
    view.set_visible_range(at(2022, 3, 9, 12), at(2022, 3, 11))  # 36 hours: counted at noon
    pos, n, (t0, t1) = bar_of(view, at(2022, 3, 10, 12))
    assert t1 - t0 < HOUR and n == 600
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    assert view.event_list.heading.text() == "600 events, dated 10 Mar 2022 — most salient first"


def test_a_few_day_events_seen_by_the_hour_are_titled_and_say_so(view) -> None:
    view.set_items(busy_day(3))
    view.set_visible_range(at(2022, 3, 10, 13), at(2022, 3, 10, 16))
    lay = view.current_layout()
    assert {m.event_id for m in lay.markers} == {1, 2, 3}
    assert any(n[2].startswith("Dated only to the day (10 Mar 2022)") for n in lay.notes)
    view.set_visible_range(at(2022, 3, 8), at(2022, 3, 12))  # days apart: nothing to say
    assert not [n for n in view.current_layout().notes if "Dated only" in n[2]]


def test_a_lanes_bar_lists_that_lanes_events_only(view, qtbot) -> None:
    items = busy_day(600) + busy_day(300, first_id=10_000)
    data = TimelineData(items)
    first = np.arange(604)
    view.resize(900, 600)
    view.set_data(
        data, [LaneSpec("a", "Lane A", first), LaneSpec("b", "Lane B", np.arange(604, len(items)))]
    )
    view.set_visible_range(at(2022, 3, 6), at(2022, 3, 13))
    lay = view.current_layout()
    hist = next(h for h in lay.histograms if h.lane == 1)
    i = int(np.argmax(hist.counts))
    x, y, w, h = hist.bars[i]
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(x + w / 2), round(y + h - 1))
    )
    popup = view.event_list
    assert popup.heading.text().startswith("Lane B: 300 events")
    assert set(popup.listed_ids()) == set(range(10_000, 10_300))


def test_from_the_overview_of_a_busy_archive_to_one_events_sentence(qtbot, tmp_path) -> None:
    """A week of a big archive is counted; a click on the busy day's bar lists its events,
    most salient first; picking one shows its sentence in the article, highlighted."""
    from core.model import Document, Event
    from core.store import open_store
    from ui.window import MainWindow

    store = open_store(tmp_path / "busy.db")
    day = at(2022, 3, 10)
    for d in range(30):  # thirty articles, each reporting twenty things done that day
        sentences = [f"Harbour crew {d}-{k} painted pier {k} on 10 March." for k in range(20)]
        text = " ".join(sentences)
        events, offset = [], 0
        for k, sentence in enumerate(sentences):
            events.append(Event(f"Crew {d}-{k} paints pier {k}", "2022-03-10", None, "day",
                                False, "other", sentence, offset, offset + len(sentence), day,
                                day + DAY, salience=((d * 20 + k) % 7) / 7))  # fmt: skip
            offset += len(sentence) + 1
        doc = Document(f"/busy/{d}.txt", f"Pier report {d}", text, "2022-03-11", "user",
                       f"busy{d}")  # fmt: skip
        store.add_document(doc, events)
    store.close()
    window = MainWindow(str(tmp_path / "busy.db"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        window.show()
    timeline = window.timeline
    timeline.set_visible_range(at(2022, 3, 6), at(2022, 3, 13))
    assert not timeline.current_layout().markers  # 600 on one day: counted
    pos, n, _ = bar_of(timeline, day + DAY / 2)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos)
    popup = timeline.event_list
    assert n == 600 and len(popup.listed_ids()) == 600
    chosen = popup.listed_ids()[0]
    with qtbot.waitSignal(window.eventShown, timeout=5000) as shown:
        qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert shown.args == [chosen] and timeline.selected() == chosen
    title = timeline.data().item_of(chosen).title
    crew = title.split()[1]
    assert f"Harbour crew {crew} painted" in window.article.highlighted_text()
    window.close()
    assert window.tasks.pool.waitForDone(10000)


def test_a_lanes_busy_day_seen_by_the_hour_shows_its_most_salient_events(view) -> None:
    items = busy_day(600) + busy_day(300, first_id=10_000)
    view.resize(900, 600)
    view.set_data(
        TimelineData(items),
        [
            LaneSpec("a", "Lane A", np.arange(604)),
            LaneSpec("b", "Lane B", np.arange(604, len(items))),
        ],
    )
    view.set_visible_range(at(2022, 3, 10, 13), at(2022, 3, 10, 16))  # noon is out of view
    lay = view.current_layout()
    assert not lay.histograms  # not counted at their day's middle, out of view
    shown = {m.event_id for m in lay.markers}
    assert shown & set(range(1, 601)) and shown & set(range(10_000, 10_300))
    assert all(box.hidden for box in lay.lanes)  # the rest counted in each lane's header
