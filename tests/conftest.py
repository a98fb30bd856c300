"""Shared fixtures. Qt must run offscreen before any QApplication exists."""

from __future__ import annotations

import os
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
