"""German clauses joined after a comma. "denn" ("for") opens a main clause with its own
subject, as "aber" and "doch" do: its date is its own, not the clause's before it ("Der Verein
ist erleichtert, denn am Montag hat der Rat …" — the council acted on Monday; the relief is no
Monday's happening). After such a joiner a fronted time may come first, then the finite verb,
then the subject ("…, doch im Juni wird die Halle eröffnet")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-03-16"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Der Chor ist erleichtert, denn der Stadtrat hat am Montag den Zuschuss bewilligt.",
            [("title", "Der Stadtrat hat den Zuschuss bewilligt", "2022-03-14")],
        ),
        (
            "Der Chor ist erleichtert, denn am Montag hat der Stadtrat den Zuschuss bewilligt.",
            [
                ("title", "Der Stadtrat hat den Zuschuss bewilligt", "2022-03-14"),
                ("title-not", "erleichtert", "2022-03-14"),
            ],
        ),
        (
            "Die Wartezeit endet bald, denn im Juni wird die neue Turnhalle eröffnet.",
            [("title", "Die neue Turnhalle wird eröffnet", "2022-06")],
        ),
        (
            "Die Eltern hofften lange, doch am Montag hat der Stadtrat den Antrag abgelehnt.",
            [("title", "Der Stadtrat hat den Antrag abgelehnt", "2022-03-14")],
        ),
    ],
)
def test_a_clause_joined_by_denn_or_doch_keeps_its_own_date(text, checks):
    check_events(events_of(text, "de", PUBLISHED), checks)
