"""Articles in a language Datelines does not read yet: stored, seen, named, never read with
English rules; a language that has a folder under core/lang is read with its own data."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

import core.ingest
from core.ingest import ingest
from core.store import open_store
from core.store.schema import migrations

LANGUAGES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
ENGLISH, ESTONIAN = LANGUAGES / "harbour-en.txt", LANGUAGES / "sadam-et.txt"


def test_an_unread_language_is_stored_without_events_and_named_in_the_report(store):
    report = ingest(store, [ENGLISH, ESTONIAN])
    assert sorted(report.added) == [str(ENGLISH), str(ESTONIAN)] and not report.failed
    [(path, note)] = report.unread
    assert path == str(ESTONIAN) and "Estonian (et)" in note and "no events" in note
    assert "1 in a language not read yet" in report.summary()
    languages = {Path(d["path"]).name: d["language"] for d in store.documents()}
    assert languages == {"harbour-en.txt": "en", "sadam-et.txt": "et"}
    counts = {Path(d["path"]).name: n for d in store.documents()
              for h, n in store.source_counts().items() if h == d["content_hash"]}  # fmt: skip
    assert counts["sadam-et.txt"] == 0 and counts["harbour-en.txt"] > 0


def test_a_short_chinese_article_is_named_not_read_as_english_with_no_events(store):
    # The detector is unsure of it (0.78): it was stored as English, silently empty.
    report = ingest(store, [LANGUAGES / "huitan-zh.txt"])
    [(path, note)] = report.unread
    assert path.endswith("huitan-zh.txt") and "Chinese (zh)" in note and "no events" in note


def test_the_stored_article_keeps_its_language(store):
    ingest(store, [ESTONIAN])
    [row] = store.documents()
    assert store.document(row["id"]).language == "et"


def test_a_language_with_a_folder_is_read_with_that_language(store, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(core.ingest, "is_read", lambda code: code in ("en", "et"))
    monkeypatch.setattr(
        core.ingest, "extract_events", lambda document: seen.append(document.language) or []
    )
    report = ingest(store, [ESTONIAN, ENGLISH])
    assert sorted(seen) == ["en", "et"] and report.unread == []


def test_export_by_language_keeps_the_events_of_that_languages_articles(store):
    ingest(store, [ENGLISH, ESTONIAN])
    assert store.events(language="en") == store.events()
    assert store.events(language="et") == []


def test_a_database_from_before_languages_reads_its_articles_as_english(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m004_document_language")
    db["documents"].insert({"content_hash": "h", "path": "/old.txt", "text": "Old news.",
                            "published": "1987-02-26", "published_source": "header"})  # fmt: skip
    db.close()
    store = open_store(path)
    assert [d["language"] for d in store.documents()] == ["en"]
    store.close()
