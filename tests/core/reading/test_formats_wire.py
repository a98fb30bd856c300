"""Wire archives (Reuters SGML, many articles a file) and TimeML, each dated by its own tag."""

from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest

from core.reading.readers import ReadError, read_documents

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters21578"
TEMPEVAL = ROOT.parent / "shared" / "corpus" / "tempeval3-train"


@pytest.fixture(scope="module")
def wire():
    return {doc.locator: doc for doc in read_documents(ARTICLES / "wire.sgm")}


def test_each_article_of_an_archive_is_its_own_document(wire):
    assert list(wire) == [f"NEWID={n}" for n in range(101, 108)]
    assert len({doc.content_hash for doc in wire.values()}) == 7
    assert {doc.path for doc in wire.values()} == {str(ARTICLES / "wire.sgm")}


@pytest.mark.parametrize(
    ("newid", "published"),
    [
        (101, "1987-03-02T09:15"),
        (102, "1987-03-03T11:02"),  # trailing junk after the time
        (103, "1987-03-04T08:40"),  # two spaces before the time
        (104, "1987-03-05"),  # hour 705: keep the day, drop the time
        (107, "1987-03-09T14:30"),  # the article with a byte that is not UTF-8
    ],
)
def test_each_article_is_dated_by_its_own_date_tag(wire, newid, published):
    doc = wire[f"NEWID={newid}"]
    assert (doc.published, doc.published_source) == (published, "sgml-date")


def test_title_dateline_and_body(wire):
    doc = wire["NEWID=101"]
    assert doc.title == "SALMON FARM OUTPUT RISES"
    assert doc.text.startswith("SALMON FARM OUTPUT RISES\n\nOSLO, March 2 -\n\n")
    body = doc.text[doc.body_start :]
    assert body.startswith("Output from the country's salmon farms rose")
    assert "the fisheries <FISK> board" in body  # entities decoded
    assert body.endswith("exports to peak in May.")  # the "Reuter" sign-off dropped
    assert "\x03" not in doc.text and "&#" not in doc.text


def test_brief_and_unprocessed_articles(wire):
    brief, table = wire["NEWID=105"], wire["NEWID=106"]
    assert (brief.title, brief.text[brief.body_start :]) == (
        "KRONE FIRMER IN EARLY TRADE",
        "Blah blah blah.",
    )
    assert table.title == "FISH AUCTION SUMMARY - MARCH 6"
    assert "Cod........12.1" in table.text


def test_invalid_byte_is_read_not_fatal(wire):
    assert "for the sake of world opinion.ü" in wire["NEWID=107"].text


def test_the_same_article_in_two_archives_has_one_hash(tmp_path, wire):
    one_article = re.search(
        rb"<REUTERS[^>]*NEWID=\"102\".*?</REUTERS>", (ARTICLES / "wire.sgm").read_bytes(), re.S
    )
    other = tmp_path / "other.sgm"
    other.write_bytes(b"<!DOCTYPE lewis>\n" + one_article.group(0) + b"\n")
    [copy] = read_documents(other)
    assert copy.content_hash == wire["NEWID=102"].content_hash


def test_sgml_without_articles_is_a_read_error(tmp_path):
    path = tmp_path / "not-reuters.sgm"
    path.write_text("<!DOCTYPE other>\n<DOC><P>Nothing here.</P></DOC>\n")
    with pytest.raises(ReadError, match="no <REUTERS> articles"):
        read_documents(path)


def test_timeml_text_without_tags_dated_by_its_dct():
    [doc] = read_documents(ARTICLES / "article.tml")
    assert (doc.published, doc.published_source) == ("2019-03-12", "tml-dct")
    assert doc.title == "Observatory & planetarium reopen"
    assert doc.text == (
        "\nThe observatory reopened Monday after a winter of repairs & new lenses.\n"
        "Its planetarium will follow in April.\n"
    )


def test_timeml_without_dct_is_a_read_error(tmp_path):
    path = tmp_path / "no-dct.tml"
    path.write_text("<TimeML><TEXT>It rained on Monday.</TEXT></TimeML>")
    with pytest.raises(ReadError, match="no usable <DCT>"):
        read_documents(path)


def _need(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the shared corpora live beside the repository)")


def test_reuters_corpus_every_article_dated_by_its_date_tag():
    _need(REUTERS)
    files = sorted(glob.glob(str(REUTERS / "*.sgm")))
    documents = [doc for path in files for doc in read_documents(path)]
    assert (len(files), len(documents)) == (22, 21_578)
    assert {doc.published_source for doc in documents} == {"sgml-date"}
    assert len({doc.locator for doc in documents}) == 21_578
    by_id = {doc.locator: doc for doc in documents if doc.locator in ("NEWID=1", "NEWID=17192")}
    assert by_id["NEWID=1"].published == "1987-02-26T15:01"
    assert by_id["NEWID=17192"].published == "1987-03-31"  # hour 605: the day alone


def test_tempeval_publication_dates_equal_their_dct():
    _need(TEMPEVAL)
    files = sorted(glob.glob(str(TEMPEVAL / "*" / "*.tml")))
    dcts = [
        re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', Path(f).read_text()).group(1)
        for f in files
    ]
    assert len(files) == 256
    assert [read_documents(f)[0].published for f in files] == dcts


def test_archive_cut_short_keeps_its_whole_articles(tmp_path, caplog):
    data = (ARTICLES / "wire.sgm").read_bytes()
    cut = tmp_path / "cut.sgm"
    cut.write_bytes(data[: data.index(b'NEWID="103"') + 200])
    assert [doc.locator for doc in read_documents(cut)] == ["NEWID=101", "NEWID=102"]
    assert "cut short" in caplog.text
