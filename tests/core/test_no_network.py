"""Datelines works offline: with every network connection refused, the core paths still run."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from core.export.formats import write_ics, write_markdown, write_timelinejs
from core.export.records import stored_record, write_csv, write_json
from core.ingest import ingest
from core.store import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_reading_extracting_storing_and_exporting_need_no_network(no_network, tmp_path, own_sample):
    store = open_store(tmp_path / "offline.db")
    report = ingest(store, [FIXTURES, own_sample], workers=1)  # in this process, so patched
    assert report.added and not [f for f in report.failed if "network" in f[1]]
    records = [stored_record(r) for r in store.events(with_sources=True)]
    assert records
    for write in (write_json, write_csv, write_timelinejs, write_ics, write_markdown):
        write(records, io.StringIO())
    assert store.search_events("bridge")
    store.close()
