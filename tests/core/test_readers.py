from __future__ import annotations

import os
from datetime import datetime

import pytest

from core.dct import find_header_date
from core.readers import ReadError, read_article


def _write(path, data: bytes, mtime: datetime | None = None):
    path.write_bytes(data)
    if mtime:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: Fri 4 Feb 2022, 23:15", "2022-02-04T23:15"),
        ("Updated: 5 March 2021", "2021-03-05"),
        ("Posted on February 4, 2022", "2022-02-04"),
        ("Date: 2019-11-02", "2019-11-02"),
    ],
)
def test_header_line_gives_publication_date(line, value):
    found = find_header_date(f"A title\n\n{line}\n\nThe body starts here.")
    assert found is not None
    assert (found.value, found.source) == (value, "header")


def test_a_date_line_deep_in_the_body_is_not_a_header():
    body = "\n".join(f"Paragraph {i}." for i in range(60))
    assert find_header_date(f"Title\n{body}\nDate: 2019-11-02\n") is None


def test_header_date_recorded_with_its_source(tmp_path, own_sample):
    doc = read_article(own_sample)
    assert doc.title == "Harbour bridge to reopen after two-year repair, council says"
    assert (doc.published, doc.published_source) == ("2022-03-09T08:40", "header")
    assert doc.text[doc.body_start :].lstrip().startswith("The city council")


def test_falls_back_to_file_time(tmp_path):
    path = _write(
        tmp_path / "note.md", b"# Notes\n\nTalks resumed on Monday.\n", datetime(2021, 6, 3, 10, 30)
    )
    doc = read_article(path)
    assert (doc.published, doc.published_source) == ("2021-06-03T10:30", "mtime")
    assert doc.title == "# Notes"


def test_same_content_has_same_hash_whatever_the_path(tmp_path, own_sample):
    copy = _write(tmp_path / "copy.txt", own_sample.read_bytes())
    assert read_article(copy).content_hash == read_article(own_sample).content_hash


def test_windows_1252_and_bom_are_decoded(tmp_path):
    cp = _write(tmp_path / "cp.txt", "Caf\u00e9 \u201cquotes\u201d\n".encode("cp1252"))
    bom = _write(tmp_path / "bom.txt", "\ufeffHello world\n".encode())
    assert read_article(cp).text.startswith("Café “quotes”")
    assert read_article(bom).title == "Hello world"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x00" * 50, "binary"),
        ("picture.png", b"\x89PNG....", "unsupported file type"),
    ],
)
def test_bad_input_names_the_reason(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert reason in info.value.reason
    assert name in str(info.value)


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match=r"missing\.txt"):
        read_article(tmp_path / "missing.txt")


def test_size_limit(tmp_path):
    path = _write(tmp_path / "big.txt", b"word " * 1000)
    with pytest.raises(ReadError, match="larger than"):
        read_article(path, max_bytes=1024)
