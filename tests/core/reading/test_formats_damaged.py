"""Damaged files of every format: each is read or refused with a ReadError, never a crash."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.reading.readers import ReadError, read_documents
from tests.fixtures.build import docx_bytes, pdf_bytes

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
SEEDS = {
    ".txt": (ARTICLES / "dateline-no-year.txt").read_bytes(),
    ".html": (ARTICLES / "meta-published-time.html").read_bytes(),
    ".eml": (ARTICLES / "newsletter-html.eml").read_bytes(),
    ".mhtml": (ARTICLES / "saved-page.mhtml").read_bytes(),
    ".sgm": (ARTICLES / "wire.sgm").read_bytes(),
    ".tml": (ARTICLES / "article.tml").read_bytes(),
    ".pdf": pdf_bytes([["Ferry strike ends", "The union said on Tuesday."]], {"Title": "Ferry"}),
    ".docx": docx_bytes(["Harvest festival", "The organisers said on Sunday."], title="Harvest"),
}
VARIANTS = 30


def _damaged(data: bytes, rng: random.Random) -> bytes:
    """The file cut short, with bytes overwritten, or replaced by noise."""
    kind = rng.random()
    if kind < 0.35:
        return data[: rng.randrange(1, len(data))]
    if kind < 0.8:
        damaged = bytearray(data)
        for _ in range(rng.randrange(1, 16)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        return bytes(damaged)
    return rng.randbytes(rng.randrange(1, 600))


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_damaged_files_are_read_or_refused_never_crash(tmp_path, suffix):
    rng = random.Random(f"damaged{suffix}")  # the same damage on every run
    for i in range(VARIANTS):
        path = tmp_path / f"damaged{i}{suffix}"
        path.write_bytes(_damaged(SEEDS[suffix], rng))
        try:
            documents = read_documents(path)
        except ReadError as exc:
            assert exc.path == str(path) and exc.reason
            continue
        assert documents and all(doc.published for doc in documents)
