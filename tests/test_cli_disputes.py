"""``export --disputed`` and the dispute carried in json and csv, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json

from tests.core.store.test_disputes import DISPUTES
from tests.test_cli import run


def test_export_disputed_gives_the_summit_with_each_sources_date(tmp_path):
    db = str(tmp_path / "x.db")
    result = run("ingest", str(DISPUTES), "--db", db)
    assert result.returncode == 0, result.stderr
    everything = json.loads(run("export", "--format", "json", "--db", db).stdout)
    disputed = json.loads(run("export", "--format", "json", "--db", db, "--disputed").stdout)
    assert len(everything) > len(disputed) == 1
    summit = disputed[0]
    assert summit["disputed"] is True and "Holm met Varga" in summit["title"]
    assert sorted(s["start"] for s in summit["sources"]) == [
        "2027-03-08", "2027-03-08", "2027-03-09",
    ]  # fmt: skip
    assert not any(e["disputed"] for e in everything if e["id"] != summit["id"])
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    flagged = [r for r in rows if r["disputed"] == "True"]
    assert [r["candidate_dates"] for r in flagged] == ["2027-03-08; 2027-03-09"]
    assert all(r["candidate_dates"] == "" for r in rows if r["disputed"] == "False")


def test_export_since_gives_what_the_articles_added_from_that_date_added_or_changed(tmp_path):
    db = str(tmp_path / "x.db")
    assert run("ingest", str(DISPUTES / "summit_a.txt"), "--db", db).returncode == 0
    since = "2000-01-01"
    assert len(json.loads(run("export", "--format", "json", "--db", db, "--since", since).stdout))
    tomorrow = run("export", "--format", "json", "--db", db, "--since", "2999-01-01")
    assert json.loads(tomorrow.stdout) == []
    bad = run("export", "--format", "json", "--db", db, "--since", "soon")
    assert bad.returncode != 0 and "not a date" in bad.stderr
