"""Opening a database: created, kept across reopening, refused with a reason."""

from __future__ import annotations

import pytest

from core.store import StoreError, open_store
from tests.core.store.build import article, event_at


def test_database_persists_across_reopen(tmp_path):
    path = tmp_path / "t.db"
    s = open_store(path)
    s.add_document(article(), [event_at("A", 1.0)])
    s.close()
    s = open_store(path)
    assert s.count_events() == 1
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s.close()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(path)
    assert path.read_bytes() == b"this is not sqlite" * 100  # never overwritten
