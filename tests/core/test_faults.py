"""A busy, read-only, full or damaged database: a clear message, and nothing stored is lost."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from core.ingest import ingest
from core.model import Document, Event
from core.store import StoreError, open_store


def _doc(i: int) -> tuple[Document, list[Event]]:
    text = f"Article {i}. " + "Words of the article. " * 200
    event = Event(f"Event {i}", "2022-02-04", None, "day", False, "other", f"Article {i}.", 0, 11,
                  1643932800.0, 1644019200.0)  # fmt: skip
    return Document(f"/a{i}.txt", f"A{i}", text, "2022-02-04", "header", f"h{i}"), [event]


def test_a_database_another_program_holds_is_a_clear_error_then_works(tmp_path):
    path = tmp_path / "busy.db"
    open_store(path).close()
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    store = open_store(path, timeout=0.2)
    with pytest.raises(StoreError, match="another program is using the database"):
        store.add_document(*_doc(1))
    other.rollback()
    other.close()
    assert store.add_document(*_doc(1))[1]  # the user retries: it goes through
    store.close()


def test_read_only_database_opens_read_only_and_says_so(tmp_path, monkeypatch):
    path = tmp_path / "shared.db"
    store = open_store(path)
    store.add_document(*_doc(1))
    store.close()
    monkeypatch.setattr("core.store.store._writable", lambda p: False)  # root may write anything
    store = open_store(path)
    assert store.read_only and store.count_documents() == 1
    with pytest.raises(StoreError, match="read-only"):
        store.add_document(*_doc(2))
    store.close()


def test_full_disk_reports_the_failing_document_and_keeps_the_rest(tmp_path):
    store = open_store(tmp_path / "full.db")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills up soon
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.txt").write_text(f"Talks resumed on Monday, item {i} {i * 7}.\n" * 300)
    report = ingest(store, [folder], workers=1)
    assert report.added and report.failed
    assert all("disk is full" in reason for _, reason in report.failed)
    assert store.count_documents() == len(report.added)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_damaged_database_is_reported_and_never_overwritten(tmp_path):
    path = tmp_path / "damaged.db"
    store = open_store(path)
    for i in range(30):
        store.add_document(*_doc(i))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[0:16] = b"not sqlite here!"  # the header is gone
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="damaged"):
        open_store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
