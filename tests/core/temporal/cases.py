"""What the temporal tests share: a pinned publication date and assertions on the tagger."""

from __future__ import annotations

from datetime import date, datetime

from core.temporal.tagger import tag

DCT = date(2022, 2, 4)  # a Friday


def values(text: str, dct: date | datetime = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def expect(text: str, *pairs: tuple[str, str], dct: date | datetime = DCT) -> None:
    assert values(text, dct) == list(pairs)
