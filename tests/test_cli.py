"""The command-line contract of DESIGN.md, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, input=stdin, timeout=120, cwd=ROOT,
    )  # fmt: skip


@pytest.mark.parametrize("command", ["ingest", "extract", "timex", "export"])
def test_every_command_explains_itself(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage: main.py " + command in result.stdout


def test_top_level_help_lists_the_commands():
    out = run("--help").stdout
    assert all(c in out for c in ("ingest", "extract", "timex", "export"))


def test_bad_arguments_exit_non_zero_with_a_message():
    result = run("export", "--format", "xls")
    assert result.returncode != 0 and "invalid choice" in result.stderr


def test_unreadable_input_exits_non_zero_with_one_line(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nope.txt'}: no such file or folder"
    ]


def test_extract_json_has_the_documented_fields(own_sample):
    result = run("extract", str(own_sample), "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert events
    assert set(events[0]) == {
        "title", "start", "end", "precision", "undated", "kind", "sentence", "char_start",
        "char_end", "entities", "document",
    }  # fmt: skip
    assert events[0]["document"]["published"] == "2022-03-09T08:40"
    text = own_sample.read_text(encoding="utf-8")
    for e in events:
        assert text[e["char_start"] : e["char_end"]] == e["sentence"]


def test_extract_names_a_season_as_a_season(tmp_path):
    article = tmp_path / "quarry.txt"
    article.write_text("Kent, March 3, 2010 -\nIn the summer of 1989 the quarry closed.\n",
                       encoding="utf-8")  # fmt: skip
    result = run("extract", str(article))
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "quarry" in x)
    assert line.split()[:2] == ["1989-SU", "season"]


def test_extract_design_sample_dates(shared_sample):
    events = json.loads(run("extract", str(shared_sample), "--json").stdout)
    by_start = {}
    for e in events:
        by_start.setdefault(e["start"], []).append(e["sentence"])
    assert any("Beijing" in s for s in by_start["2022-02-04"])
    assert any("Scholz" in s for s in by_start["2022-02-14"])
    assert not any(k.startswith("2022-05") for k in by_start), "'may' the verb read as May"


def test_ingest_then_export_gives_the_extracted_events(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    extracted = json.loads(run("extract", str(own_sample), "--json").stdout)
    ingest = run("ingest", str(own_sample), "--db", db)
    assert ingest.returncode == 0, ingest.stderr
    assert "1 added" in ingest.stderr
    exported = json.loads(run("export", "--format", "json", "--db", db).stdout)
    key = lambda e: (e["start"], e["char_start"], e["title"])  # noqa: E731
    assert sorted(map(key, exported)) == sorted(map(key, extracted))
    again = run("ingest", str(own_sample), "--db", db)
    assert "0 added, 1 already present" in again.stderr
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    assert len(rows) == len(exported) and rows[0]["document_published_source"] == "header"


def test_two_reports_of_one_story_share_their_events(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    result = run("ingest", str(own_sample.parent), "--db", db)  # the app's two sample articles
    assert "2 added" in result.stderr, result.stderr
    events = json.loads(run("export", "--format", "json", "--db", db).stdout)
    reopening = [e for e in events if e["start"] == "2022-03-21" and len(e["sources"]) == 2]
    assert len(reopening) == 1
    assert {s["title"] for s in reopening[0]["sources"]} == {
        "Harbour bridge to reopen after two-year repair, council says",
        "Old harbour bridge set for March reopening",
    }


def test_ingest_reports_failures_and_keeps_the_rest(tmp_path, own_sample):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "good.txt").write_bytes(own_sample.read_bytes())
    result = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "empty.txt: the file is empty" in result.stderr and "1 added" in result.stderr


def test_export_of_a_missing_database_fails_clearly(tmp_path):
    result = run("export", "--format", "json", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and "no such database" in result.stderr


def test_timex_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"doc_id": "d1", "dct": "2022-02-04", "text": "He left on Monday."}) + "\n"
    )
    result = run("timex", "--jsonl", str(src))
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert line["doc_id"] == "d1" and line["timexes"][0]["type"] == "DATE"


def test_timex_reads_each_text_in_its_own_language_and_none_it_does_not_read(tmp_path):
    estonian = (
        "Tallinna vanasadam avatakse esmaspäeval pärast kahenädalast remonti, teatas juhatus."
    )
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "et", "dct": "2022-03-03", "text": estonian}) + "\n")
    result = run("timex", "--jsonl", str(src))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["timexes"] == []  # Estonian is not read: nothing guessed
    refused = run("timex", "--jsonl", str(src), "--lang", "et")
    assert refused.returncode == 1 and "Estonian" in refused.stderr


def test_overriding_the_publication_date_re_resolves_relative_dates(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    run("ingest", str(own_sample), "--db", db)
    listing = run("documents", "--db", db).stdout
    doc_id, published, source = listing.split()[:3]
    assert (published, source) == ("2022-03-09T08:40", "header")
    before = {e["start"] for e in json.loads(run("export", "--format", "json", "--db", db).stdout)}
    assert "2022-03-08" in before  # "said on Tuesday" in an article of Wednesday 9 March
    result = run("redate", doc_id, "2022-03-16", "--db", db)
    assert result.returncode == 0, result.stderr
    after = json.loads(run("export", "--format", "json", "--db", db).stdout)
    assert "2022-03-15" in {e["start"] for e in after}  # that Tuesday is now the 15th
    assert after[0]["document"]["published_source"] == "user"
    assert run("redate", doc_id, "next week", "--db", db).returncode == 1


def test_export_honours_filters_and_writes_the_file_whole(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    run("ingest", str(own_sample), "--db", db)
    every = json.loads(run("export", "--format", "json", "--db", db).stdout)
    march = json.loads(run("export", "--format", "json", "--db", db, "--from", "2022-03",
                           "--to", "2022-03").stdout)  # fmt: skip
    assert march and len(march) < len(every)
    assert all(e["start"].startswith("2022-03") for e in march)
    out = tmp_path / "timeline.ics"
    assert run("export", "--format", "ics", "--db", db, "-o", str(out)).returncode == 0
    assert out.read_text().startswith("BEGIN:VCALENDAR") and list(tmp_path.glob(".timeline*")) == []
    named = json.loads(
        run("export", "--format", "json", "--db", db, "--entity", "ana ferreira").stdout
    )
    assert named and all(any(n["text"] == "Ana Ferreira" for n in e["entities"]) for e in named)
    assert run("export", "--format", "json", "--db", db, "--entity", "Nobody").returncode == 1
    bad = run("export", "--format", "md", "--db", db, "--from", "soon")
    assert bad.returncode == 1 and "not a date" in bad.stderr


def test_reextract_finds_the_same_events_again(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    run("ingest", str(own_sample), "--db", db)
    before = json.loads(run("export", "--format", "json", "--db", db).stdout)
    result = run("reextract", "--db", db)
    assert result.returncode == 0 and "1 articles" in result.stderr
    after = json.loads(run("export", "--format", "json", "--db", db).stdout)
    assert sorted((e["start"], e["title"]) for e in after) == sorted(
        (e["start"], e["title"]) for e in before
    )


def test_documents_flags_the_articles_dated_only_by_their_file(tmp_path, dated_and_undated):
    db = str(tmp_path / "x.db")
    run("ingest", *map(str, dated_and_undated), "--db", db)
    result = run("documents", "--db", db)
    rows = {line.split()[-1]: line.split()[1:4] for line in result.stdout.splitlines()}
    dated, undated = (str(p) for p in dated_and_undated)
    assert rows[dated] == ["2022-03-09T08:40", "header", "-"]
    assert rows[undated] == ["2026-04-02T09:30", "mtime", "NO-DATE"]
    assert "1 article marked NO-DATE" in result.stderr


def test_export_into_a_reader_that_stops_early_ends_quietly(tmp_path, own_sample):
    """`export --format md | head -1`: head leaves after one line; no traceback follows."""
    db = str(tmp_path / "t.db")
    assert run("ingest", str(own_sample), "--db", db).returncode == 0
    export = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "export", "--format", "md", "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    export.stdout.close()  # the reader is gone before the first line is written
    _, stderr = export.communicate(timeout=120)
    assert export.returncode == 0
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr, stderr.decode()


LANGUAGES = ROOT / "tests" / "fixtures" / "languages"


def test_an_article_in_a_language_not_read_yet_is_named_by_ingest_and_extract(tmp_path):
    english, estonian = LANGUAGES / "harbour-en.txt", LANGUAGES / "sadam-et.txt"
    db = str(tmp_path / "t.db")
    result = run("ingest", str(english), str(estonian), "--db", db)
    assert result.returncode == 0
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("not read:")]
    assert str(estonian) in line and "Estonian (et)" in line and "no events extracted" in line
    assert "(1 in a language not read yet)" in result.stderr
    extracted = run("extract", "--json", str(estonian))
    assert json.loads(extracted.stdout) == [] and "Estonian (et)" in extracted.stderr
    listed = run("documents", "--db", db).stdout.splitlines()
    assert [ln.split()[4] for ln in listed] == ["en", "et"]
    only_en = json.loads(run("export", "--format", "json", "--db", db, "--lang", "en").stdout)
    everything = json.loads(run("export", "--format", "json", "--db", db).stdout)
    assert only_en == everything and len(everything) > 0
    assert json.loads(run("export", "--format", "json", "--db", db, "--lang", "et").stdout) == []


def test_a_headless_load_of_a_big_archive_prepares_the_windows_first_opening(
    tmp_path, own_sample, monkeypatch
):
    """After ``ingest`` of many events the window's first opening reads the kept columns,
    not every row (the threshold lowered here so two articles count as a big archive)."""
    import main
    from core.store import columns, open_store

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(columns, "CACHE_MIN_EVENTS", 1)
    db = tmp_path / "big.db"
    args = main._command_parser("ingest").parse_args([str(own_sample.parent), "--db", str(db)])
    assert main.cmd_ingest(args) == 0
    # the kept file is written by a thread the process waits for at exit (not a daemon):
    # wait for it as the exit would, or a busy machine finds it half done
    for thread in threading.enumerate():
        if thread.name == "columns":
            thread.join()
    kept = columns.cache_file(db)
    assert kept.is_file()
    reads = []
    monkeypatch.setattr(columns, "_read", lambda *a: reads.append(a) or None)
    store = open_store(db)
    try:
        opened = store.event_columns()
    finally:
        store.close()
    assert reads == [] and len(opened) == store_count(db)


def store_count(db) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
