"""Disputed and updated events through the store, from the tests' own articles: three
reports of one summit, two of which disagree on the day; a visit whose vague date a
follow-up makes precise."""

from __future__ import annotations

from pathlib import Path

from core.ingest import ingest

DISPUTES = Path(__file__).resolve().parents[2] / "fixtures" / "disputes"


def _ingest(store, *names):
    return ingest(store, [DISPUTES / n for n in names])


def _titled(store, words):
    return [e for e in store.events(with_sources=True) if words in e["title"]]


def test_three_summit_reports_disagreeing_on_the_day_give_one_disputed_event(store):
    _ingest(store, "summit_a.txt", "summit_c.txt", "summit_b.txt")
    summits = _titled(store, "Holm met Varga")
    assert len(summits) == 1
    assert len(summits[0]["sources"]) == 3
    assert store.disputed_ids() == [summits[0]["id"]]
    dispute = store.dispute(summits[0]["id"])
    assert dispute["dates"] == ["2027-03-08", "2027-03-09"]
    assert dispute["end_ts"] - dispute["start_ts"] == 2 * 86400  # spans both candidate days
    latest = [s for s in dispute["sources"] if s["latest"]]
    assert [s["start"] for s in latest] == ["2027-03-09"]  # published on the 11th


def test_the_reports_agreeing_alone_are_not_disputed(store):
    _ingest(store, "summit_a.txt", "summit_c.txt")
    summits = _titled(store, "Holm met Varga")
    assert len(summits) == 1 and len(summits[0]["sources"]) == 2
    assert store.disputed_ids() == [] and store.dispute(summits[0]["id"]) is None


def test_a_follow_up_making_a_vague_date_precise_updates_the_event(store):
    _ingest(store, "visit_a.txt")
    assert [e["start"] for e in _titled(store, "visit Oslo")] == ["2027-W12"]
    _ingest(store, "visit_b.txt")
    visits = _titled(store, "visit Oslo")
    assert [(v["start"], v["precision"]) for v in visits] == [("2027-03-24", "day")]
    assert len(visits[0]["sources"]) == 2
    assert store.disputed_ids() == []
    # the window finds it on its day, no longer across the whole week
    assert [r[0] for r in store.timeline_rows() if r[3] == visits[0]["title"]]


def test_the_precise_report_first_then_the_vague_one_keeps_the_precise_date(store):
    _ingest(store, "visit_b.txt", "visit_a.txt")
    visits = _titled(store, "visit Oslo")
    assert [(v["start"], len(v["sources"])) for v in visits] == [("2027-03-24", 2)]


def test_without_merging_nothing_is_disputed(store):
    ingest(store, [DISPUTES], same=None)
    assert store.disputed_ids() == []
    assert len(_titled(store, "Holm met Varga")) == 3


def _summit(store):
    _ingest(store, "summit_a.txt", "summit_c.txt", "summit_b.txt")
    return _titled(store, "Holm met Varga")[0]


def test_settling_a_dispute_on_one_sources_date_is_undoable(store):
    from core.store.edits import Curator

    summit = _summit(store)
    tuesday = next(s for s in summit["sources"] if s["start"] == "2027-03-09")
    curator = Curator(store)
    curator.resolve(summit["id"], tuesday["source_id"])
    settled = store.event(summit["id"])
    assert (settled["start"], settled["disputed"]) == ("2027-03-09", 0)
    assert store.disputed_ids() == [] and len(settled["sources"]) == 3
    curator.undo()
    again = store.event(summit["id"])
    assert (again["start"], again["disputed"]) == (summit["start"], 1)
    assert store.disputed_ids() == [summit["id"]]


def test_splitting_off_the_disagreeing_report_gives_it_its_own_date(store):
    from core.store.edits import Curator

    summit = _summit(store)
    tuesday = next(s for s in summit["sources"] if s["start"] == "2027-03-09")
    curator = Curator(store)
    new_id = curator.split(summit["id"], tuesday["source_id"])
    assert store.event(new_id)["start"] == "2027-03-09"
    assert store.event(summit["id"])["start"] == "2027-03-08"
    assert store.disputed_ids() == []  # the two Monday reports agree
    curator.undo()
    assert store.disputed_ids() == [summit["id"]] and store.event(new_id) is None


def _document(store, name):
    return next(d["id"] for d in store.documents() if d["path"].endswith(name))


def test_re_reading_a_disagreeing_article_keeps_the_dispute(store):
    from core.redate import reextract_document

    _ingest(store, "summit_a.txt", "summit_c.txt", "summit_b.txt")
    reextract_document(store, _document(store, "summit_b.txt"))
    summits = _titled(store, "Holm met Varga")
    assert [len(s["sources"]) for s in summits] == [3]  # merged again, not a second event
    assert store.disputed_ids() == [summits[0]["id"]]
    assert store.dispute(summits[0]["id"])["dates"] == ["2027-03-08", "2027-03-09"]


def _read_again(store, name, change):
    """Re-extract one article as upgraded rules would read it: ``change`` maps its events."""
    from core.events.extract import extract_events
    from core.ingest import same_happening

    doc_id = _document(store, name)
    document = store.document(doc_id)
    events = [change(e) for e in extract_events(document)]
    store.replace_events(doc_id, document.published, document.published_source,
                         [e for e in events if e is not None], same_happening)  # fmt: skip


def test_rules_that_read_the_article_as_agreeing_end_the_dispute(store):
    from dataclasses import replace

    _ingest(store, "summit_a.txt", "summit_c.txt", "summit_b.txt")
    monday = _titled(store, "Holm met Varga")[0]

    def on_monday(event):
        if "Holm met Varga" not in event.title:
            return event
        return replace(event, start=monday["start"], start_ts=monday["start_ts"],
                       end_ts=monday["end_ts"])  # fmt: skip

    _read_again(store, "summit_b.txt", on_monday)
    summits = _titled(store, "Holm met Varga")
    assert [len(s["sources"]) for s in summits] == [3]
    assert store.disputed_ids() == [] and summits[0]["start"] == "2027-03-08"


def test_an_update_lasts_while_its_report_gives_it_and_goes_with_it(store):
    from core.redate import reextract_document

    _ingest(store, "visit_a.txt", "visit_b.txt")
    reextract_document(store, _document(store, "visit_b.txt"))
    visits = _titled(store, "visit Oslo")
    assert [(v["start"], len(v["sources"])) for v in visits] == [("2027-03-24", 2)]
    # rules that no longer find the visit in the follow-up: the vague date is all that is left
    _read_again(store, "visit_b.txt", lambda e: None if "visit Oslo" in e.title else e)
    visits = _titled(store, "visit Oslo")
    assert [(v["start"], len(v["sources"])) for v in visits] == [("2027-W12", 1)]
    assert [r[0] for r in store.timeline_rows() if r[3] == visits[0]["title"]]


def _report(store, published, sentence, value, name):
    """One article of one event, as extraction would give it (kind "other", as most of a
    wire's are)."""
    from core.ingest import same_happening
    from core.model import Document, Entity, Event, to_seconds
    from core.timeval import parse_value

    title, parsed = "Lagarde said ministers were agreed on the plan", parse_value(value)
    event = Event(title, value, None, "day", False, "other", sentence, 0, len(sentence),
                  to_seconds(parsed.start), to_seconds(parsed.end),
                  (Entity(name, "person"),))  # fmt: skip
    document = Document(f"{published}.txt", "Ministers", sentence, published, "header",
                        f"hash-{published}")  # fmt: skip
    store.add_document(document, [event], same_happening)


def test_a_report_giving_a_persons_full_name_finds_one_giving_the_surname(store):
    _report(store, "2027-03-10T12:00", "Lagarde said yesterday ministers were agreed on the plan.",
            "2027-03-09", "Lagarde")  # fmt: skip
    _report(store, "2027-03-11T08:00", "Denis Lagarde said on Monday ministers were agreed on "
            "the plan.", "2027-03-08", "Denis Lagarde")  # fmt: skip
    (event,) = store.events(with_sources=True)
    assert store.disputed_ids() == [event["id"]]
    assert store.dispute(event["id"])["dates"] == ["2027-03-08", "2027-03-09"]
