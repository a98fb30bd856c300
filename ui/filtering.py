"""The filters' questions to the database (search, a name's events) and the lanes of many
events, answered in workers; an answer overtaken by a newer question is dropped."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.errors import report_error
from ui.loading import entity_events, search_events
from ui.state import EntityFilter, SearchFilter, WindowState
from ui.timeline_data import TimelineData
from ui.timeline_layout import build_lanes
from ui.timeline_scene import LaneInput
from ui.workers import TaskRunner

log = logging.getLogger(__name__)


class FilterQueries(QObject):
    """Runs the filters' queries; their answers go to the window state."""

    lanesBuilt = Signal(object, object)  # TimelineData, its lanes (None: one timeline)

    def __init__(self, parent: QWidget, tasks: TaskRunner, state: WindowState) -> None:
        super().__init__(parent)
        self.parent_widget, self.tasks, self.state = parent, tasks, state
        self._generation = {"search": 0, "lanes": 0}

    def search(self, query: str) -> None:
        """Show only the events matching ``query`` ("": all), once the store answers (in a
        worker: on a big archive a short prefix matches a good part of it)."""
        self._generation["search"] += 1
        generation, db = self._generation["search"], self.state.db_path
        if not query:
            self._found(generation, None)
            return
        snapshot = self.state.snapshot

        def find(_progress: Any, _cancelled: Any) -> SearchFilter:
            found = SearchFilter(query, search_events(db, query))
            snapshot.mask_of(found.event_ids)  # the rows it keeps, worked out here
            return found

        self.tasks.start(
            find,
            lambda found: self._found(generation, found),
            lambda msg: report_error(self.parent_widget, "Search failed", msg, modal=False),
        )

    def _found(self, generation: int, found: SearchFilter | None) -> None:
        if generation == self._generation["search"]:  # else a newer query was asked
            self.state.set_search(found)

    def search_again(self) -> None:
        """The events were read again (articles added, edits): find the query's hits anew."""
        if self.state.search is not None:
            self.search(self.state.search.query)

    def filter_by_entity(self, name: str | None, kind: str | None) -> None:
        """Show only the events naming this person, organisation or place (None: all)."""
        if name is None or kind is None:
            self.state.set_entity_filter(None)
            return
        db = self.state.db_path
        self.tasks.start(
            lambda _p, _c: entity_events(db, name, kind),
            lambda ids: self.state.set_entity_filter(EntityFilter(name, kind, frozenset(ids))),
            lambda msg: report_error(self.parent_widget, "Cannot filter by name", msg, modal=False),
        )

    def build_lanes_later(
        self, data: TimelineData, mode: str, shown: np.ndarray, hidden: set[int]
    ) -> None:
        """Build the lanes of many events in a worker; ``lanesBuilt`` when done."""
        self._generation["lanes"] += 1
        generation, snapshot = self._generation["lanes"], self.state.snapshot

        def build(_progress: Any, _cancelled: Any) -> tuple[int, list[LaneInput] | None]:
            specs = snapshot.lanes(mode, shown, hidden)
            return generation, None if specs is None else build_lanes(data, specs)

        def done(result: tuple[int, list[LaneInput] | None]) -> None:
            if result[0] == self._generation["lanes"]:
                self.lanesBuilt.emit(data, result[1])

        self.tasks.start(build, done, lambda msg: log.warning("no lanes: %s", msg))

    def drop_lanes_on_their_way(self) -> None:
        self._generation["lanes"] += 1
