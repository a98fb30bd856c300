"""The database schema, as an ordered list of migrations. Append; never edit a shipped one."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("datelines")

# Summary pyramid: level L groups events by start into buckets 2**L hours wide, so that any
# window, however dense, is answered from at most a few thousand summary rows.
BUCKET_BASE_SECONDS = 3600.0
BUCKET_LEVELS = 21  # 1 hour … 2**20 hours (about 120 years)
BUCKET_ORIGIN = -1e11  # seconds; keeps bucket numbers positive back to the 12th century BC
SHORT_SPAN = 2 * 86400.0  # an event at most this long is found by its start alone


@migrations()
def m001_documents_events_sources(db: sqlite_utils.Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "content_hash": str,
            "path": str,
            "locator": str,
            "title": str,
            "text": str,
            "published": str,
            "published_source": str,
            "body_start": int,
            "added_at": str,
        },
        pk="id",
        not_null={"content_hash", "path", "text", "published", "published_source"},
        defaults={"locator": "", "body_start": 0},
    )
    db["documents"].create_index(["content_hash"], unique=True)
    db["events"].create(
        {
            "id": int,
            "document_id": int,  # the first source; every source is in event_sources
            "title": str,
            "start": str,
            "end": str,
            "precision": str,
            "undated": int,
            "kind": str,
            "sentence": str,
            "char_start": int,
            "char_end": int,
            "start_ts": float,
            "end_ts": float,
            "sources": int,
            "score": float,  # prominence: more sources and finer dates rank higher
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "title", "start", "precision", "start_ts", "end_ts"},
        defaults={"sources": 1, "score": 1.0, "undated": 0, "kind": "other"},
    )
    db["events"].create_index(["start_ts"])
    db["events"].create_index(["start", "precision"])
    db["events"].create_index(["document_id"])
    db["event_sources"].create(
        {
            "id": int,
            "event_id": int,
            "document_id": int,
            "title": str,
            "sentence": str,
            "char_start": int,
            "char_end": int,
        },
        pk="id",
        foreign_keys=[("event_id", "events", "id"), ("document_id", "documents", "id")],
    )
    db["event_sources"].create_index(["event_id"])
    db["event_sources"].create_index(["document_id"])
    db["entities"].create({"id": int, "name": str, "kind": str}, pk="id")
    db["entities"].create_index(["name", "kind"], unique=True)
    db["event_entities"].create(
        {"event_id": int, "entity_id": int},
        pk=("event_id", "entity_id"),
        foreign_keys=[("event_id", "events", "id"), ("entity_id", "entities", "id")],
    )
    db["event_entities"].create_index(["entity_id"])
    _create_time_indexes(db)
    db["events"].enable_fts(["title", "sentence"], create_triggers=True, tokenize="porter")
    db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")


def _create_time_indexes(db: sqlite_utils.Database) -> None:
    # Short events (a day or less) are found by their start alone. Long ones (weeks, months,
    # years, spans) may start long before a window they overlap: an R*Tree over whole minutes,
    # widened by a minute each side and carrying the score, finds them without a scan.
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE events_rtree USING rtree_i32(id, start_min, end_min, +score);
        CREATE TRIGGER events_rtree_insert AFTER INSERT ON events
        WHEN new.end_ts - new.start_ts > {SHORT_SPAN} BEGIN
            INSERT INTO events_rtree VALUES (new.id, CAST(new.start_ts / 60 AS INTEGER) - 1,
                CAST(new.end_ts / 60 AS INTEGER) + 1, new.score);
        END;
        CREATE TRIGGER events_rtree_update AFTER UPDATE OF start_ts, end_ts, score ON events
        BEGIN
            DELETE FROM events_rtree WHERE id = old.id;
            INSERT INTO events_rtree SELECT new.id, CAST(new.start_ts / 60 AS INTEGER) - 1,
                CAST(new.end_ts / 60 AS INTEGER) + 1, new.score
            WHERE new.end_ts - new.start_ts > {SHORT_SPAN};
        END;
        CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN
            DELETE FROM events_rtree WHERE id = old.id;
        END;
        CREATE TABLE event_buckets (
            level INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            count INTEGER NOT NULL,
            top_id INTEGER,
            top_score REAL NOT NULL,
            top_title TEXT,
            PRIMARY KEY (level, bucket)
        ) WITHOUT ROWID;
        CREATE INDEX event_buckets_top ON event_buckets (top_id);
        CREATE TRIGGER event_buckets_title AFTER UPDATE OF title ON events BEGIN
            UPDATE event_buckets SET top_title = new.title WHERE top_id = new.id;
        END;
        """
    )


@migrations()
def m002_curation(db: sqlite_utils.Database) -> None:
    """What the user decided: edited and checked events, deletions, an undo log."""
    db["events"].add_column("edited", int, not_null_default=0)
    db["events"].add_column("checked", int, not_null_default=0)
    # What extraction said, so a re-extraction recognises an event the user already handled.
    db["tombstones"].create(
        {"document_id": int, "char_start": int, "char_end": int, "title": str},
        pk=("document_id", "char_start", "char_end", "title"),
    )
    db["edits"].create(
        {"id": int, "label": str, "at": str, "before": str, "after": str, "undone": int},
        pk="id",
        defaults={"undone": 0},
    )


@migrations()
def m003_salience(db: sqlite_utils.Database) -> None:
    """Each event's salience (``core.events.salience``): what its article gives it. The
    score (``core.store.ranking``) adds it, so crowded views title the most salient first."""
    db["events"].add_column("salience", float, not_null_default=0.0)


@migrations()
def m004_document_language(db: sqlite_utils.Database) -> None:
    """The language each article is written in (ISO 639-1, ``core.reading.language``);
    articles stored before it was detected were all read as English."""
    db["documents"].add_column("language", str, not_null_default="en")


@migrations()
def m005_disputes(db: sqlite_utils.Database) -> None:
    """Each source's own date, and whether an event's sources disagree on it
    (``core.events.disputes``): a disputed event spans its sources' dates. Sources stored
    before take their event's date."""
    for column, kind in (("start", str), ("end", str), ("precision", str),
                         ("start_ts", float), ("end_ts", float)):  # fmt: skip
        db["event_sources"].add_column(column, kind)
    db.execute(
        'UPDATE event_sources SET (start, "end", precision, start_ts, end_ts) = '
        '(SELECT e.start, e."end", e.precision, e.start_ts, e.end_ts FROM events e '
        "WHERE e.id = event_sources.event_id)"
    )
    db["events"].add_column("disputed", int, not_null_default=0)
    db["events"].create_index(["disputed"])


@migrations()
def m006_entity_keys(db: sqlite_utils.Database) -> None:
    """Each entity's key (``core.events.names.entity_key``): what "Scholz", "Шольц" and
    "Шольца" share, so the entity views show one entry for them. Entities stored before get
    their key from their name; nothing else changes."""
    from core.events.names import entity_key

    db["entities"].add_column("key", str, not_null_default="")
    rows = db.execute("SELECT id, name, kind FROM entities").fetchall()
    db.conn.executemany(
        "UPDATE entities SET key = ? WHERE id = ?",
        [(entity_key(name, kind), entity_id) for entity_id, name, kind in rows],
    )
    db["entities"].create_index(["key", "kind"])


@migrations()
def m007_events_generation(db: sqlite_utils.Database) -> None:
    """A counter every change to the events raises, and a token of this database: the
    window keeps a big timeline's columns in a cache file (``core.store.columns``) and reads
    them again only when the counter moved. One small update a written event."""
    db.executescript(
        """
        CREATE TABLE events_generation (token TEXT NOT NULL, generation INTEGER NOT NULL);
        INSERT INTO events_generation VALUES (lower(hex(randomblob(8))), 0);
        CREATE TRIGGER events_generation_insert AFTER INSERT ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER events_generation_update AFTER UPDATE ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER events_generation_delete AFTER DELETE ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
        END;
        """
    )


@migrations()
def m008_bulk_load(db: sqlite_utils.Database) -> None:
    """What a bulk load (``core.store.bulk``) put aside until its end: the SQL that restores
    each trigger or index dropped, and the last id stored before it (rows after it are
    indexed at the end); a row left after the load ended says it was killed."""
    db["bulk_load"].create({"name": str, "sql": str, "since": int}, pk="name")


@migrations()
def m009_event_changes(db: sqlite_utils.Database) -> None:
    """Which events changed at which generation (m007's counter): the window's kept columns
    (``core.store.columns``) are brought up to date by reading those rows alone, not every
    row. The counter's triggers log each event they count (its id, latest change only), so
    the log holds a row an event; ``logged_from`` is the generation the log starts at (a
    file kept before it is read whole)."""
    db.executescript(
        """
        ALTER TABLE events_generation ADD COLUMN logged_from INTEGER;
        UPDATE events_generation SET logged_from = generation;
        CREATE TABLE event_changes (id INTEGER PRIMARY KEY, generation INTEGER NOT NULL);
        DROP TRIGGER events_generation_insert;
        DROP TRIGGER events_generation_update;
        DROP TRIGGER events_generation_delete;
        CREATE TRIGGER events_generation_insert AFTER INSERT ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
            DELETE FROM event_changes WHERE id = new.id;
            INSERT INTO event_changes SELECT new.id, generation FROM events_generation;
        END;
        CREATE TRIGGER events_generation_update AFTER UPDATE ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
            DELETE FROM event_changes WHERE id IN (old.id, new.id);
            INSERT INTO event_changes SELECT new.id, generation FROM events_generation;
            INSERT INTO event_changes SELECT old.id, generation FROM events_generation
            WHERE old.id <> new.id;
        END;
        CREATE TRIGGER events_generation_delete AFTER DELETE ON events BEGIN
            UPDATE events_generation SET generation = generation + 1;
            DELETE FROM event_changes WHERE id = old.id;
            INSERT INTO event_changes SELECT old.id, generation FROM events_generation;
        END;
        """
    )
