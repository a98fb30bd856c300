"""The user's corrections, their undo and redo, and their survival."""

from __future__ import annotations

import pytest

from core.ingest import ingest
from core.redate import redate_document
from core.store import open_store
from core.store.edits import Curator, EditError


@pytest.fixture
def sample_store(tmp_path, own_sample):
    store = open_store(tmp_path / "t.db")
    ingest(store, [own_sample], workers=1)
    yield store
    store.close()


def _by_title(store, fragment):
    return next(r for r in store.events() if fragment in r["title"])


def _titles(store):
    return sorted(r["title"] for r in store.events())


def test_edit_title_and_date_then_undo_and_redo(sample_store):
    curator = Curator(sample_store)
    event = _by_title(sample_store, "reopen")
    curator.update(event["id"], title="Bridge reopens", start="2022-04-02")
    edited = sample_store.event(event["id"])
    assert (edited["title"], edited["start"], edited["precision"]) == (
        "Bridge reopens",
        "2022-04-02",
        "day",
    )
    (bucket,) = sample_store.window(edited["start_ts"], edited["end_ts"], n_buckets=1).buckets
    assert bucket.top_title == "Bridge reopens"
    assert curator.undo_label().startswith("Edit “")
    curator.undo()
    assert sample_store.event(event["id"])["title"] == event["title"]
    curator.redo()
    assert sample_store.event(event["id"])["start"] == "2022-04-02"


def test_delete_undo_redo(sample_store):
    curator = Curator(sample_store)
    before = _titles(sample_store)
    event = _by_title(sample_store, "closed")
    curator.delete([event["id"]])
    assert event["title"] not in _titles(sample_store)
    assert curator.undo().startswith("Delete")
    assert _titles(sample_store) == before
    assert sample_store.event(event["id"])["sources"]
    curator.redo()
    assert event["title"] not in _titles(sample_store)


def test_merge_keeps_every_source_and_split_takes_one_out(sample_store):
    curator = Curator(sample_store)
    a, b = sample_store.events()[:2]
    count = sample_store.count_events()
    kept = curator.merge([a["id"], b["id"]])
    merged = sample_store.event(kept)
    assert sample_store.count_events() == count - 1 and len(merged["sources"]) == 2
    source_id = sample_store.db.execute(
        "SELECT id FROM event_sources WHERE event_id = ? ORDER BY id DESC", [kept]
    ).fetchone()[0]
    new_id = curator.split(kept, source_id)
    assert sample_store.count_events() == count and len(sample_store.event(new_id)["sources"]) == 1
    curator.undo()
    curator.undo()
    assert sample_store.count_events() == count


def test_a_new_edit_ends_the_redo_trail(sample_store):
    curator = Curator(sample_store)
    event = _by_title(sample_store, "reopen")
    curator.update(event["id"], kind="agreement")
    curator.undo()
    assert curator.redo_label() is not None
    curator.update(event["id"], checked=1)
    assert curator.redo_label() is None and curator.redo() is None


def test_bad_edits_are_refused_with_a_reason(sample_store):
    curator = Curator(sample_store)
    event = _by_title(sample_store, "reopen")
    with pytest.raises(EditError, match="not a date"):
        curator.update(event["id"], start="next week")
    with pytest.raises(EditError, match="before the start"):
        curator.update(event["id"], start="2022-03-21", end="2021-01-01")
    with pytest.raises(EditError, match="cannot edit"):
        curator.update(event["id"], sentence="rewritten")
    assert curator.undo_label() is None


def test_edits_survive_restart_re_adding_and_re_extraction(tmp_path, own_sample):
    path = tmp_path / "t.db"
    store = open_store(path)
    ingest(store, [own_sample], workers=1)
    curator = Curator(store)
    reopening = _by_title(store, "reopen")
    curator.update(reopening["id"], title="Bridge reopens (checked)", checked=1)
    closed = _by_title(store, "closed")
    curator.delete([closed["id"]])
    store.close()

    store = open_store(path)  # restart
    assert ingest(store, [own_sample], workers=1).present  # re-adding changes nothing
    doc_id = store.documents()[0]["id"]
    redate_document(store, doc_id, "2022-03-16")  # every relative date resolved again
    titles = _titles(store)
    assert "Bridge reopens (checked)" in titles
    assert closed["title"] not in titles
    assert reopening["title"] not in titles  # the edited event is not extracted again
    curator = Curator(store)
    assert curator.undo_label().startswith("Set the publication date")
    curator.undo()  # the date set by hand is an edit like any other
    assert store.documents()[0]["published"] == "2022-03-09T08:40"
    assert store.documents()[0]["published_source"] == "header"
    assert _by_title(store, "Ferreira")["start"] == "2022-03-14"  # "on Monday" as first read
    assert curator.undo_label().startswith("Delete")
    curator.redo()
    assert store.documents()[0]["published_source"] == "user"
    assert _by_title(store, "Ferreira")["start"] == "2022-03-21"  # the Monday after the 16th
    store.close()


def test_re_extraction_keeps_edits_and_deletions(tmp_path, own_sample):
    from core.redate import reextract_document

    store = open_store(tmp_path / "t.db")
    ingest(store, [own_sample], workers=1)
    curator = Curator(store)
    kept = _by_title(store, "reopen")
    curator.update(kept["id"], title="Reopening, checked")
    gone = _by_title(store, "closed")
    curator.delete([gone["id"]])
    count = store.count_events()
    reextract_document(store, store.documents()[0]["id"])
    titles = _titles(store)
    assert "Reopening, checked" in titles and gone["title"] not in titles
    assert store.count_events() == count
    store.close()


def test_an_edit_and_its_undo_keep_the_events_rank(sample_store):
    """Renaming an event is not a reason to rank it below the article's asides: its salience
    (what its article gives it) and so its score survive the edit and the undo."""
    curator = Curator(sample_store)
    event = max(sample_store.events(), key=lambda r: r["salience"])
    assert event["salience"] > 0
    curator.update(event["id"], title="A clearer title")
    edited = sample_store.event(event["id"])
    assert (edited["salience"], edited["score"]) == (event["salience"], event["score"])
    curator.undo()
    restored = sample_store.event(event["id"])
    assert (restored["salience"], restored["score"]) == (event["salience"], event["score"])
