"""Reading stored articles."""

from __future__ import annotations

from tests.core.store.build import bridge_article, bridge_event


def test_document_text_is_the_text_the_offsets_count(store):
    doc_id, _ = store.add_document(
        bridge_article("a", "/a.txt"), [bridge_event("Bridge reopens", 100.0)]
    )
    event = store.event(store.event_rows()[0][0])
    text = store.document_text(doc_id)
    assert text[event["char_start"] : event["char_end"]] == event["sentence"]
    assert store.document_text(doc_id + 1) is None
