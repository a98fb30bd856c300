"""Text files, the reader's entry point, and every kind of bad input."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from core.reading.readers import (
    ReadError,
    is_supported,
    read_article,
    read_documents,
    read_pasted_text,
)

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
BODY = "Talks resumed in Geneva on Monday, the spokesman said.\n"


def _write(path, data: bytes, mtime: datetime | None = None):
    path.write_bytes(data)
    if mtime:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def test_header_date_recorded_with_its_source(own_sample):
    doc = read_article(own_sample)
    assert doc.title == "Harbour bridge to reopen after two-year repair, council says"
    assert (doc.published, doc.published_source) == ("2022-03-09T08:40", "header")
    assert doc.text[doc.body_start :].lstrip().startswith("The city council")


def test_design_article_is_dated_by_its_published_line(shared_sample):
    doc = read_article(shared_sample)
    assert (doc.published, doc.published_source) == ("2022-02-04T23:15", "header")
    assert doc.text[doc.body_start :].lstrip().startswith("Russia won China’s backing")


def test_falls_back_to_file_time(tmp_path):
    path = _write(
        tmp_path / "note.md", b"# Notes\n\nTalks resumed on Monday.\n", datetime(2021, 6, 3, 10, 30)
    )
    doc = read_article(path)
    assert (doc.published, doc.published_source) == ("2021-06-03T10:30", "mtime")
    assert doc.title == "Notes"  # the Markdown heading's marks are not part of it


def test_a_note_without_headline_keeps_its_first_sentence_in_the_body(tmp_path):
    doc = read_article(_write(tmp_path / "note.txt", BODY.encode()))
    assert doc.body_start == 0 and doc.title.startswith("Talks resumed")


def test_same_content_has_same_hash_whatever_the_path(tmp_path, own_sample):
    copy = _write(tmp_path / "copy.txt", own_sample.read_bytes())
    assert read_article(copy).content_hash == read_article(own_sample).content_hash


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", "Café “quotes” in Zürich\n"),
        ("utf-8-sig", "Café “quotes” in Zürich\n"),
        ("utf-16", "Café “quotes” in Zürich\n"),  # with its BOM
        ("utf-16-le", "Talks resumed in Zürich on Monday, the spokesman said.\n"),  # no BOM
        ("utf-16-be", "Talks resumed in Zürich on Monday, the spokesman said.\n"),
        ("cp1252", "Café “quotes” in Zürich\n"),
        ("latin-1", "Le ministre a déclaré lundi à Genève que la réforme était prête.\n"),
        ("cp1251", "Путин встретился с Си в Пекине в пятницу, сообщил Кремль.\n"),
    ],
)
def test_text_in_any_encoding_is_decoded(tmp_path, encoding, text):
    doc = read_article(_write(tmp_path / "article.txt", text.encode(encoding)))
    assert doc.text == text


def test_windows_newlines_are_normalised(tmp_path):
    doc = read_article(_write(tmp_path / "crlf.txt", b"Title\r\n\r\nBody line.\r\n"))
    assert doc.text == "Title\n\nBody line.\n"


def test_unknown_extension_that_is_text_is_read(tmp_path):
    doc = read_article(_write(tmp_path / "story.article", b"Ferry strike ends\n\n" + BODY.encode()))
    assert doc.title == "Ferry strike ends"


def test_folder_walks_pick_only_known_types():
    assert all(is_supported(Path(f"a{s}")) for s in (".txt", ".HTML", ".pdf", ".docx", ".sgm"))
    assert not is_supported(Path("a.article")) and not is_supported(Path("a.png"))


def test_pasted_text_is_dated_by_its_lines_else_when_received():
    received = datetime(2024, 5, 6, 12, 0).timestamp()
    dated = read_pasted_text("Title\n\nPublished: 2 May 2024\n\n" + BODY, received=received)
    undated = read_pasted_text(BODY, received=received)
    assert (dated.published, dated.published_source) == ("2024-05-02", "header")
    assert (undated.published, undated.published_source) == ("2024-05-06T12:00", "pasted")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x00" * 50, "binary"),
        ("controls.txt", bytes(range(1, 32)) * 20, "binary"),
        ("picture.png", b"\x89PNG\r\n\x1a\n....", "unsupported file type '.png'"),
        ("noext", b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "unsupported file type '(none)'"),
        ("memo.rtf", rb"{\rtf1\ansi Talks resumed.}", "'.rtf': save it as .docx, PDF"),
        ("memo.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, "'.doc': save it as .docx"),
        ("empty.html", b"", "empty"),
        ("empty.sgm", b"   ", "empty"),
    ],
)
def test_bad_input_names_the_reason(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(ReadError) as info:
        read_documents(path)
    assert reason in info.value.reason
    assert name in str(info.value)


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match=r"missing\.txt"):
        read_article(tmp_path / "missing.txt")


def test_named_pipe_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    with pytest.raises(ReadError, match="not a regular file"):
        read_documents(pipe)


def test_folder_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_documents(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_a_read_error(tmp_path):
    path = _write(tmp_path / "secret.txt", BODY.encode())
    path.chmod(0)
    with pytest.raises(ReadError, match="ermission"):
        read_article(path)


def test_unreadable_file_named_by_a_symlink_loop_is_a_read_error(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(ReadError, match=r"loop\.txt"):
        read_documents(loop)


@pytest.mark.parametrize("name", ["big.txt", "big.html", "big.pdf", "big.docx", "big.sgm"])
def test_size_limit_applies_to_every_format(tmp_path, name):
    path = _write(tmp_path / name, b"word " * 1000)
    with pytest.raises(ReadError, match="larger than the 1024 bytes limit"):
        read_documents(path, max_bytes=1024)


def test_default_size_limit_is_twenty_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ReadError, match="20 MB"):
        read_article(path)


def test_permission_denied_is_a_read_error(tmp_path, monkeypatch):
    path = _write(tmp_path / "secret.txt", BODY.encode())

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ReadError, match=r"secret\.txt: Permission denied"):
        read_article(path)


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.iterdir()))
def test_every_reader_records_the_articles_language(name):
    assert {d.language for d in read_documents(ARTICLES / name)} == {"en"}
