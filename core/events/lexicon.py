"""English word forms, looked up once per word (lemminflect's own lookup copies its answer)."""

from __future__ import annotations

from functools import lru_cache


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech ("signed" → {"VERB": ("sign",)}); treat the result as read-only."""
    return _lemmas(word.lower())


@lru_cache(maxsize=65536)  # a news archive's vocabulary: evictions would mean lemminflect again
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas  # its tables load on first use, off the GUI thread

    return getAllLemmas(lower)
