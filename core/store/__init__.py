"""The one home of the SQLite schema, its migrations and every query Datelines makes.

One connection per thread: open a Store where it is used (``open_store``) and close it there.

- ``schema``: the tables and their migrations; ``connection``: what every part shares
  (the connection, write transactions, StoreError);
- ``store``: the Store, made of the parts below, and ``open_store``;
- ``writes``: documents and their events in, merging repeats, replacing re-dated events;
  ``bulk``: what a large load brings up to date once at its end; ``shards``: databases
  written apart, merged in;
- ``events``, ``documents``, ``entities``: reading what is stored;
- ``window`` and ``buckets``: what the timeline reads for a time window at any zoom;
- ``search``: full text and the filters; ``ranking``: an event's prominence;
- ``edits``: the user's corrections, with undo and redo;
- ``disputes``: reports of one happening that disagree on its date, or make it precise;
  ``news``: what the articles added since a moment added or changed.
"""

from __future__ import annotations

import logging

from core.store.buckets import Bucket
from core.store.connection import StoreError
from core.store.store import Store, default_db_path, open_store
from core.store.window import Window
from core.store.writes import Reported, SameHappening

log = logging.getLogger(__name__)

__all__ = [
    "Bucket",
    "Reported",
    "SameHappening",
    "Store",
    "StoreError",
    "Window",
    "default_db_path",
    "open_store",
]
