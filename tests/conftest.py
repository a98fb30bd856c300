"""Shared fixtures. Qt must run offscreen before any QApplication exists."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"
SHARED_SAMPLE = SHARED / "samples" / "000_1942315409801798.txt"


@pytest.fixture
def own_sample() -> Path:
    """The team's own sample article, shipped with the app."""
    return SAMPLES / "harbour-bridge-reopens.txt"


@pytest.fixture
def shared_sample() -> Path:
    """The design article from ../shared; absent from a user's fresh clone."""
    if not SHARED_SAMPLE.exists():
        pytest.skip(f"{SHARED_SAMPLE} is absent (it lives beside the repository, not in it)")
    return SHARED_SAMPLE


@pytest.fixture
def store(tmp_path):
    from core.store import open_store

    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def dated_and_undated(tmp_path) -> tuple[Path, Path]:
    """Two articles saved on 2 April 2026: one printing its date under a masthead, one not."""
    folder = tmp_path / "articles"
    folder.mkdir()
    dated = folder / "ferry.txt"
    dated.write_text(
        "Ferry timetable changes at the harbour\n\nHARBOUR WIRE9 March 2022 08:40\n\n"
        "The ferry operator said on Tuesday that the night crossing would stop in April.\n"
    )
    undated = folder / "library.txt"
    undated.write_text(
        "Town library reopens after roof repair\n\n"
        "The town library reopened on Monday after a two-month repair of its roof, the "
        "council said.\n"
    )
    saved = datetime(2026, 4, 2, 9, 30).timestamp()
    for path in (dated, undated):
        os.utime(path, (saved, saved))
    return dated, undated
