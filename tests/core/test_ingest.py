from __future__ import annotations

import os
from pathlib import Path

from core.ingest import collect_files, ingest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def test_same_folder_twice_and_through_another_path_adds_nothing(store, tmp_path, own_sample):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(own_sample.read_bytes())
    first = ingest(store, [folder])
    counts = (store.count_documents(), store.count_events())
    link = tmp_path / "elsewhere"
    link.symlink_to(folder, target_is_directory=True)
    second = ingest(store, [folder, link / "a.txt"])
    assert len(first.added) == 1 and first.events == counts[1] > 0
    assert second.added == [] and len(second.present) == 2
    assert (store.count_documents(), store.count_events()) == counts


def test_folders_are_walked_and_unsupported_files_skipped(tmp_path):
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for name in ("sub/one.txt", "sub/two.md", "sub/pic.png", "sub/.hidden/x.txt", ".dot.txt"):
        (tmp_path / name).write_text("x")
    files, problems = collect_files([tmp_path, tmp_path / "missing"])
    assert sorted(p.name for p in files) == ["one.txt", "two.md"]
    assert problems == [(str(tmp_path / "missing"), "no such file or folder")]


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a").mkdir()
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    (tmp_path / "a" / "x.txt").write_text("x")
    files, _ = collect_files([tmp_path])
    assert [p.name for p in files] == ["x.txt"]


def test_cancel_stops_the_batch_and_keeps_what_was_stored(store, tmp_path, own_sample):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(own_sample.read_text() + f"\nVariant {i}.\n")
    seen = []
    report = ingest(store, [tmp_path], progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert report.cancelled and len(report.added) == 1
    assert store.count_documents() == 1


def _articles(folder, count, sample):
    folder.mkdir(exist_ok=True)
    base = sample.read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(
            base + f"\nA closing line number {i}.\n", encoding="utf-8"
        )
    return folder


def test_worker_processes_store_the_same_as_one_process(tmp_path, own_sample):
    from core.store import open_store

    folder = _articles(tmp_path / "in", 8, own_sample)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary" * 10)
    one, two = open_store(tmp_path / "one.db"), open_store(tmp_path / "two.db")
    r1 = ingest(one, [folder], workers=1)
    r2 = ingest(two, [folder], workers=2)
    assert (
        (len(r2.added), len(r2.failed), r2.events)
        == (len(r1.added), 1, r1.events)
        == (8, 1, r1.events)
    )
    assert one.source_counts() == two.source_counts()
    again = ingest(two, [folder], workers=2)
    assert (again.added, len(again.present), again.events) == ([], 8, 0)
    one.close()
    two.close()


ARTICLE_A = """Ministers agree on fishing quotas

Published: Wed 12 Oct 2022, 18:05

Norwegian Foreign Minister Ingrid Solberg and Chilean Foreign Minister Tomas Varela met in Oslo on Tuesday to settle a dispute over fishing quotas.
"""
ARTICLE_B = """Oslo talks end quota row

Published: Thu 13 Oct 2022, 07:30

Solberg and Varela met in Oslo on Tuesday, officials said, ending months of argument over quotas.
"""


def test_two_articles_about_one_meeting_give_one_event_with_two_sources(store, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    report = ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)
    assert len(report.added) == 2
    meetings = [store.event(r[0]) for r in store.timeline_rows() if r[1] == 1665446400.0]
    assert len(meetings) == 1, [m["title"] for m in meetings]  # Tuesday 11 October 2022
    assert sorted(s["path"] for s in meetings[0]["sources"]) == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    ]  # fmt: skip
    again = ingest(store, [tmp_path / "a.txt"], workers=1)
    assert again.present and store.count_events() == len(store.timeline_rows())


def test_an_archive_is_shared_out_among_workers_with_the_same_result(tmp_path):
    from core.store import open_store

    wire = tmp_path.parent / "fixtures-wire.sgm"
    wire.write_bytes((FIXTURES / "wire.sgm").read_bytes())
    one, two = open_store(tmp_path / "one.db"), open_store(tmp_path / "two.db")
    seen = []
    r1 = ingest(one, [wire], workers=1)
    r2 = ingest(two, [wire], workers=2, progress=seen.append)
    assert len(r2.added) == len(r1.added) > 1 and r2.events == r1.events
    assert one.source_counts() == two.source_counts()
    # one file, done when its last share is; progress moves share by share meanwhile
    assert [(p.done, p.total) for p in seen] == [(0, 1)] * 7 + [(1, 1)]
    assert [(p.steps_done, p.steps_total) for p in seen] == [(n, 8) for n in range(1, 9)]
    one.close()
    two.close()


def test_absurdly_deep_folders_are_cut_off_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr("core.ingest.MAX_FOLDER_DEPTH", 3)
    deep = tmp_path.joinpath(*[f"d{i}" for i in range(6)])
    deep.mkdir(parents=True)
    (tmp_path / "d0" / "near.txt").write_text("x")
    (deep / "far.txt").write_text("x")
    files, problems = collect_files([tmp_path])
    assert [f.name for f in files] == ["near.txt"]
    assert "nested deeper than 3 levels" in problems[0][1]
