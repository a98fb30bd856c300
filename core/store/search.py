"""Full-text search over events and their articles, and the filters (article, kind, entity,
words) that narrow the events the window and the exports read.

A word searched for matches the words it begins ("bus": "Buses", "business") and its other
forms ("returning": "return"). The index stems what it holds (porter), and a stemmed prefix
would match too much ("bus"* is "bu"*: "budget"), so prefixes are looked up among the
index's own terms (an ``fts5vocab`` table on the connection, no schema of its own).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence

from core.store.entities import StoreEntities

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_LAST_CHAR = chr(0x10FFFF)  # every term beginning with a prefix sorts below prefix + this


def query_words(query: str) -> list[str]:
    """The words of a query as the index holds them: lower case, accents dropped.

    >>> query_words("Débt-equity  BUS")
    ['debt', 'equity', 'bus']
    """
    text = unicodedata.normalize("NFKD", query.casefold())
    return _WORD.findall("".join(c for c in text if not unicodedata.combining(c)))


def _one_word(word: str) -> tuple[str, list[str]]:
    """Ids of the events whose title or sentence, or whose article's title, has a word
    beginning with ``word`` or a form of it, as SQL and its arguments."""
    phrase, low, high = f'"{word}"', word, word + _LAST_CHAR
    sql = (
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ? "
        "UNION SELECT doc FROM temp.event_terms WHERE term >= ? AND term < ? "
        "UNION SELECT event_id FROM event_sources WHERE document_id IN ("
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
        "UNION SELECT doc FROM temp.document_terms "
        "WHERE col = 'title' AND term >= ? AND term < ?)"
    )
    return sql, [phrase, low, high, "{title} : " + phrase, low, high]


class StoreSearch(StoreEntities):
    """Search and filters (a part of ``core.store.Store``)."""

    def search_events(self, query: str) -> list[int]:
        """Ids of events with every word of ``query`` in their title or sentence or their
        article's title, as a word's beginning ("bus": "Buses") or in any form
        ("returning": "return"); an article's text alone makes no match. No words, no
        events."""
        words = query_words(query)
        if not words:
            return []
        sql, args = self._matching(words)
        return sorted(r[0] for r in self.db.conn.execute(sql, args))

    def _matching(self, words: list[str]) -> tuple[str, list[str]]:
        """A SELECT of the ids of the events matching all ``words`` (``search_events``)."""
        for table, fts in (("event_terms", "events_fts"), ("document_terms", "documents_fts")):
            self.db.conn.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table} "
                f"USING fts5vocab(main, {fts}, instance)"
            )
        parts = [_one_word(w) for w in words]
        sql = " INTERSECT ".join(f"SELECT * FROM ({p})" for p, _ in parts)
        return sql, [a for _, args in parts for a in args]

    def _filters(
        self,
        document_ids: Sequence[int],
        kind: str | None,
        entity_id: int | None,
        search: str | None,
        language: str | None = None,
    ) -> tuple[str, list]:
        """The ``AND …`` conditions on events ``e`` and their arguments for these filters."""
        where, args = "", []
        if document_ids:
            where += (" AND e.id IN (SELECT event_id FROM event_sources WHERE document_id IN "
                      f"({','.join('?' * len(document_ids))}))")  # fmt: skip
            args += list(document_ids)
        if kind:
            where += " AND e.kind = ?"
            args.append(kind)
        if entity_id is not None:  # and every spelling and script of its name
            ids = self.entity_entry(entity_id) or [entity_id]
            where += (" AND e.id IN (SELECT event_id FROM event_entities WHERE entity_id IN "
                      f"({','.join('?' * len(ids))}))")  # fmt: skip
            args += ids
        if search and (words := query_words(search)):
            matching, matching_args = self._matching(words)
            where += f" AND e.id IN ({matching})"
            args += matching_args
        if language:  # reported by some article in this language (ISO 639-1)
            where += (" AND e.id IN (SELECT s.event_id FROM event_sources s JOIN documents d "
                      "ON d.id = s.document_id WHERE d.language = ?)")  # fmt: skip
            args.append(language)
        return where, args
