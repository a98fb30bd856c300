"""Saved web pages and e-mails: article text without clutter, title, and publication date."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from core.reading.readers import ReadError, read_article

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
SAVED = datetime(2026, 4, 2, 9, 30)


@pytest.fixture
def article(tmp_path):
    def copy(name: str) -> Path:
        path = tmp_path / name
        path.write_bytes((ARTICLES / name).read_bytes())
        os.utime(path, (SAVED.timestamp(), SAVED.timestamp()))
        return path

    return copy


@pytest.mark.parametrize(
    ("name", "title", "published", "source"),
    [
        (
            "meta-published-time.html",
            "Night trains return to the coast line",
            "2023-04-17T06:30",  # article:published_time, not the later modified time
            "metadata",
        ),
        (
            "json-ld.htm",  # saved as Windows-1252, as its meta charset says
            "Café owners win fight over terrace rules",
            "2022-07-21T14:05",
            "metadata",
        ),
        ("time-element.html", "Library extends opening hours", "2021-10-05", "metadata"),
        (
            "header-beats-metadata.html",  # a "Published:" line is trusted over <meta date>
            "Bakery chain recalls rye bread",
            "2020-01-14T16:20",
            "header",
        ),
        ("undated-page.html", "Choir wins regional prize", "2026-04-02T09:30", "mtime"),
    ],
)
def test_web_page_title_and_date(article, name, title, published, source):
    doc = read_article(article(name))
    assert (doc.title, doc.published, doc.published_source) == (title, published, source)


def test_web_page_text_leaves_out_navigation_ads_scripts_and_comments(article):
    doc = read_article(article("meta-published-time.html"))
    body = doc.text[doc.body_start :]
    assert body.startswith("The national rail company said on Monday")
    assert "first train leaves on\nJune 2" in body or "first train leaves on June 2" in body
    for clutter in ("Weather", "Subscribe today", "window.tracker", "font-family", "Finally!"):
        assert clutter not in doc.text


def test_web_page_date_from_its_file_name(tmp_path):
    path = tmp_path / "2019-09-09-choir.html"
    path.write_bytes((ARTICLES / "undated-page.html").read_bytes())
    assert read_article(path).published_source == "filename"


def test_web_page_without_article_text_is_a_read_error(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(ReadError, match="no article text"):
        read_article(path)


@pytest.mark.parametrize(
    ("name", "title", "published", "source", "opening"),
    [
        (
            "newsletter-plain.eml",
            "Harbour Weekly: dredging starts in the old dock",
            "2023-03-16T07:45",
            "email-date",
            "Dredging of the old dock began on Wednesday",
        ),
        (
            "newsletter-html.eml",
            "Morning digest: bridge toll scrapped",
            "2023-10-09T06:00",
            "email-date",
            "The regional government scrapped the toll",
        ),
        (
            "forwarded-article.eml",  # the article's own date line beats the sending date
            "Ferry operator adds a winter crossing",  # "Fwd:" dropped
            "2023-03-03T11:20",
            "header",
            "The regional ferry operator said on Thursday",
        ),
    ],
)
def test_email_subject_body_and_date(article, name, title, published, source, opening):
    doc = read_article(article(name))
    assert (doc.title, doc.published, doc.published_source) == (title, published, source)
    assert doc.text[doc.body_start :].lstrip().startswith(opening)


def test_email_quoted_printable_body_is_decoded(article):
    assert "The café on the quay" in read_article(article("newsletter-plain.eml")).text


def test_email_html_body_leaves_out_links_and_styles(article):
    text = read_article(article("newsletter-html.eml")).text
    assert "Unsubscribe" not in text and "color: #333" not in text
    assert "Drivers will stop paying from November 1" in text


def test_email_without_a_body_is_a_read_error(tmp_path):
    path = tmp_path / "bare.eml"
    path.write_bytes(
        b"From: a@example.org\nSubject: photos\nContent-Type: image/png\n"
        b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    )
    with pytest.raises(ReadError, match="no text or HTML body"):
        read_article(path)


def test_page_saved_as_one_file_by_a_browser(article):
    doc = read_article(article("saved-page.mhtml"))
    assert (doc.title, doc.published, doc.published_source) == (
        "Night trains return to the coast line",
        "2023-04-17T06:30",
        "metadata",
    )
    assert doc.text[doc.body_start :].startswith("The national rail company said on Monday")
    assert "Weather" not in doc.text and "font-family" not in doc.text


def test_web_archive_without_a_page_is_a_read_error(tmp_path):
    path = tmp_path / "styles.mht"
    path.write_bytes(b"MIME-Version: 1.0\nContent-Type: text/css\n\nbody { color: red; }\n")
    with pytest.raises(ReadError, match="no HTML page"):
        read_article(path)


def test_page_resaved_as_utf8_under_an_old_charset_declaration(tmp_path):
    page = (ARTICLES / "json-ld.htm").read_bytes().decode("cp1252").encode("utf-8")
    path = tmp_path / "resaved.htm"
    path.write_bytes(page)  # still says windows-1252 inside
    assert read_article(path).title == "Café owners win fight over terrace rules"
