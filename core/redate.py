"""Override a document's publication date: its relative dates are resolved again."""

from __future__ import annotations

from dataclasses import replace

from core.events.extract import extract_events
from core.model import Document, Event
from core.reading.language import is_read
from core.store import Store
from core.store.edits import Curator
from core.store.writes import same_happening
from core.timeval import parse_value


class RedateError(ValueError):
    """The override cannot be applied; the message says why."""


def redate_document(store: Store, document_id: int, published: str) -> int:
    """Set document ``document_id``'s publication date to ``published`` (an ISO day or time,
    "2022-02-04" or "2022-02-04T23:15") and re-extract its events. Returns the event count.

    The date's source becomes "user", so the person can always see it was set by hand.
    """
    value = parse_value(published)
    if value is None or value.precision not in ("day", "time"):
        raise RedateError(f"{published!r} is not a day (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)")
    document = store.document(document_id)
    if document is None:
        raise RedateError(f"there is no document {document_id}")
    redated = replace(document, published=value.value, published_source="user")
    events = _events(redated)
    Curator(store).redate(document_id, value.value, "user", events)  # undoable, like any edit
    return len(events)


def reextract_document(store: Store, document_id: int) -> int:
    """Find a stored document's events again (after an upgrade of the extractor), keeping
    its publication date and everything the user edited or deleted. Returns the count."""
    document = store.document(document_id)
    if document is None:
        raise RedateError(f"there is no document {document_id}")
    events = _events(document)
    store.replace_events(
        document_id, document.published, document.published_source, events, same_happening
    )  # its events merge into other articles', and update or dispute them, as on ingest
    return len(events)


def _events(document: Document) -> list[Event]:
    # An article in a language Datelines does not read yet keeps no events (see core.ingest).
    return extract_events(document) if is_read(document.language) else []
