"""PDF and Word files: text of every page or paragraph, title and publication date."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime

import pytest

from core.reading.readers import ReadError, read_article
from tests.fixtures.build import docx_bytes, encrypted_pdf_bytes, pdf_bytes

SAVED = datetime(2026, 4, 2, 9, 30)
PAGE_ONE = [
    "Ferry strike ends after nine days",
    "The crew union said on Tuesday that sailings (all routes) would resume.",
]
PAGE_TWO = ["The company will refund tickets bought for cancelled crossings."]
CREATED = {"Title": "Ferry strike ends", "CreationDate": "D:20210513090000+02'00'"}


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, (SAVED.timestamp(), SAVED.timestamp()))
    return path


def test_pdf_text_of_every_page_with_title_and_metadata_date(tmp_path):
    doc = read_article(_file(tmp_path, "ferry.pdf", pdf_bytes([PAGE_ONE, PAGE_TWO], CREATED)))
    assert doc.title == "Ferry strike ends"
    assert (doc.published, doc.published_source) == ("2021-05-13T09:00", "metadata")
    assert "sailings (all routes) would resume" in doc.text
    assert "refund tickets bought for cancelled crossings" in doc.text
    assert doc.text[doc.body_start :].lstrip().startswith("The crew union said")


def test_pdf_date_in_the_text_beats_its_metadata(tmp_path):
    page = [PAGE_ONE[0], "Published: 12 May 2021, 07:30", PAGE_ONE[1]]
    doc = read_article(_file(tmp_path, "ferry.pdf", pdf_bytes([page], CREATED)))
    assert (doc.published, doc.published_source) == ("2021-05-12T07:30", "header")


@pytest.mark.parametrize("title", ["Microsoft Word - ferry draft 3", "ferry_v2.docx", "untitled"])
def test_pdf_title_set_by_the_authoring_program_gives_way_to_the_first_line(tmp_path, title):
    data = pdf_bytes([PAGE_ONE], {"Title": title})
    assert read_article(_file(tmp_path, "ferry.pdf", data)).title == PAGE_ONE[0]


def test_pdf_without_metadata_is_dated_by_its_file_name(tmp_path):
    doc = read_article(_file(tmp_path, "2021-05-12 ferry.pdf", pdf_bytes([PAGE_ONE])))
    assert (doc.title, doc.published_source) == (PAGE_ONE[0], "filename")


def test_pdf_encrypted_without_a_user_password_opens(tmp_path):
    data = encrypted_pdf_bytes(pdf_bytes([PAGE_ONE], CREATED), user_password="")
    assert "would resume" in read_article(_file(tmp_path, "open.pdf", data)).text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (encrypted_pdf_bytes(pdf_bytes([PAGE_ONE]), user_password="secret"), "needs a password"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF", "damaged"),
        (pdf_bytes([PAGE_ONE])[:200], "damaged"),  # cut short
        (pdf_bytes([[]]), "no text layer"),  # a scanned page has no text to read
    ],
)
def test_bad_pdfs_name_the_reason(tmp_path, data, reason):
    with pytest.raises(ReadError, match=reason) as info:
        read_article(_file(tmp_path, "bad.pdf", data))
    assert "bad.pdf" in str(info.value)


PARAGRAPHS = [
    "Harvest festival draws record crowd",
    "The organisers said on Sunday that forty thousand people came, <more> than ever.",
]


def test_docx_paragraphs_title_and_created_date(tmp_path):
    data = docx_bytes(PARAGRAPHS, title="Harvest festival", created="2020-09-14T10:05:00Z")
    doc = read_article(_file(tmp_path, "harvest.docx", data))
    assert doc.title == "Harvest festival"
    assert (doc.published, doc.published_source) == ("2020-09-14T10:05", "metadata")
    assert doc.text == "\n".join(PARAGRAPHS)
    assert doc.text[doc.body_start :].startswith("The organisers said on Sunday")


def test_docx_date_line_beats_its_properties(tmp_path):
    paragraphs = [PARAGRAPHS[0], "Published: 13 September 2020", PARAGRAPHS[1]]
    data = docx_bytes(paragraphs, created="2020-09-14T10:05:00Z")
    doc = read_article(_file(tmp_path, "harvest.docx", data))
    assert (doc.title, doc.published, doc.published_source) == (
        PARAGRAPHS[0],
        "2020-09-13",
        "header",
    )


def test_docx_without_properties_falls_back_to_file_time(tmp_path):
    doc = read_article(_file(tmp_path, "harvest.docx", docx_bytes(PARAGRAPHS)))
    assert (doc.published, doc.published_source) == ("2026-04-02T09:30", "mtime")


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 this is not really a zip file", "damaged"),
        (docx_bytes(PARAGRAPHS)[:120], "damaged"),  # cut short
        (_zip({"content.xml": b"<office/>"}), "not a Word document"),  # an .odt renamed
        (_zip({"word/document.xml": b"<w:document><w:body>"}), "damaged"),  # broken XML
        (docx_bytes([""]), "holds no text"),
    ],
)
def test_bad_docx_names_the_reason(tmp_path, data, reason):
    with pytest.raises(ReadError, match=reason) as info:
        read_article(_file(tmp_path, "bad.docx", data))
    assert "bad.docx" in str(info.value)


def test_docx_that_unpacks_to_far_more_than_its_size_is_refused(tmp_path):
    # 2 MB of zeros pack into a few kilobytes: the cap is on what it unpacks to.
    bomb = _zip({"word/document.xml": b"<w:document>" + b"\0" * 2_000_000 + b"</w:document>"})
    path = _file(tmp_path, "bomb.docx", bomb)
    with pytest.raises(ReadError, match="unpacks to more than"):
        read_article(path, max_bytes=100_000)
