"""A crowded timeline titles its most salient events first and drops none."""

from __future__ import annotations

from datetime import datetime

import pytest

from ui.timeline import TimelineView
from ui.timeline_data import TimelineItem

DAY = 86400.0


def _at(day: int) -> float:
    return (datetime(2022, 3, day) - datetime(1970, 1, 1)).total_seconds()


@pytest.fixture
def short_view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 160)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_in_a_crowded_view_the_most_salient_event_is_the_titled_one(short_view) -> None:
    minor = [
        TimelineItem(n, _at(22), _at(22) + DAY, f"Ferry timetable note number {n}", "day", False)
        for n in range(1, 40)
    ]
    key = TimelineItem(99, _at(22), _at(22) + DAY, "Harbour bridge reopens", "day", False, 3.2)
    short_view.set_items([*minor, key])
    short_view.set_visible_range(_at(15), _at(29))
    lay = short_view.current_layout()
    titled = {m.event_id for m in lay.markers if m.text}
    assert 99 in titled
    assert len(titled) < len(minor)  # crowded: not every event has room for its title
    shown = {m.event_id for m in lay.markers}
    assert len(shown) + lay.hidden_points == len(minor) + 1  # counted, never dropped
