"""What the window shows, apart from how: the timeline (database) open, what was read of it,
the filters and the selection. No Qt.

The window parts observe it, as napari's Qt widgets observe ``components.dims``: each
change calls the callbacks connected to it, so a part never reaches into the window, and a
part that changes the state does not need to know who shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from ui.loading import Snapshot

log = logging.getLogger(__name__)


class Observable:
    """Callbacks called, in the order connected, with what ``emit`` is given."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


@dataclass(frozen=True, slots=True)
class EntityFilter:
    """Only the events naming this person, organisation or place."""

    name: str
    kind: str
    event_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """Only the events matching the words searched for (a set never changed: a frozenset
    of a million ids copied it once more, stalling the window 90 ms)."""

    query: str
    event_ids: AbstractSet[int]


@dataclass(frozen=True, slots=True)
class DisputedFilter:
    """Only the events whose sources disagree on the date."""

    event_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class NewsFilter:
    """Only the events added or changed since the timeline was last opened."""

    event_ids: frozenset[int]


class WindowState:
    """The database open, its snapshot, the name filter, the search and the selected event.

    ``database_changed(db_path)``, ``snapshot_changed(snapshot)``,
    ``entity_filter_changed(filter or None)``, ``search_changed(filter or None)`` and
    ``selection_changed(event id or None)`` are emitted after each change; selecting the
    same event again emits again (its details are read again, as after an edit)."""

    def __init__(self, db_path: str = "") -> None:
        self.db_path = db_path
        self.snapshot = Snapshot()
        self.entity_filter: EntityFilter | None = None
        self.search: SearchFilter | None = None
        self.disputed: DisputedFilter | None = None
        self.news: NewsFilter | None = None
        self.selected: int | None = None
        self.database_changed = Observable()
        self.snapshot_changed = Observable()
        self.entity_filter_changed = Observable()
        self.search_changed = Observable()
        self.disputed_changed = Observable()
        self.news_changed = Observable()
        self.selection_changed = Observable()

    def open_database(self, db_path: str) -> None:
        """Another database: nothing of the old one is shown any more."""
        self.db_path = db_path
        self.snapshot = Snapshot()
        self.search = None  # its hits were another database's events
        self.disputed = None
        self.news = None
        self.database_changed.emit(db_path)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    def set_entity_filter(self, entity_filter: EntityFilter | None) -> None:
        self.entity_filter = entity_filter
        self.entity_filter_changed.emit(entity_filter)

    def set_search(self, search: SearchFilter | None) -> None:
        self.search = search
        self.search_changed.emit(search)

    def set_disputed(self, disputed: DisputedFilter | None) -> None:
        self.disputed = disputed
        self.disputed_changed.emit(disputed)

    def set_news(self, news: NewsFilter | None) -> None:
        self.news = news
        self.news_changed.emit(news)

    def filtered_ids(self) -> list[AbstractSet[int]]:
        """The events each filter by id (name, search, disputed, new) lets through; [] when
        none is on."""
        filters = (self.entity_filter, self.search, self.disputed, self.news)
        return [f.event_ids for f in filters if f is not None]

    def select(self, event_id: int | None) -> None:
        self.selected = event_id
        self.selection_changed.emit(event_id)
