"""The publication date: every source, in its order of trust, and the date forms parsed."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from core.reading.published import (
    find_dateline_date,
    find_header_date,
    from_filename,
    from_metadata,
    has_own_date,
    publication_date,
    quick_parse,
)
from core.reading.readers import read_article

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
SAVED = datetime(2026, 4, 2, 9, 30)  # when the fixture files are said to have been saved


@pytest.fixture
def article(tmp_path):
    """A fixture article copied with a known modification time."""

    def copy(name: str) -> Path:
        path = tmp_path / name
        path.write_bytes((ARTICLES / name).read_bytes())
        os.utime(path, (SAVED.timestamp(), SAVED.timestamp()))
        return path

    return copy


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: Fri 4 Feb 2022, 23:15", "2022-02-04T23:15"),
        ("Updated: 5 March 2021", "2021-03-05"),
        ("Posted on February 4, 2022", "2022-02-04"),
        ("Date: 2019-11-02", "2019-11-02"),
        ("First published on Fri 4 Feb 2022 23.15 GMT", "2022-02-04T23:15"),
        ("Updated 11:02 AM EST, Fri February 4, 2022", "2022-02-04T11:02"),
        ("Published: Friday, February 4, 2022 at 11:15 p.m.", "2022-02-04T23:15"),
        ("By Jane Doe | February 4, 2022", "2022-02-04"),
        ("By Ruth Hale | City Wire | 9 May 2023", "2023-05-09"),
        ("By Ruth Hale | Business Desk | 9 May 2023, 14:10", "2023-05-09T14:10"),
        ("By Jane Doe, Reuters · Feb. 4, 2022 8:05 AM", "2022-02-04T08:05"),
        ("4 February 2022", "2022-02-04"),  # a line holding only a date, under the title
        ("Feb. 4, 2022, 11:15 p.m. ET", "2022-02-04T23:15"),
        ("Updated 6:00 AM ET, Fri February 4, 2022", "2022-02-04T06:00"),
    ],
)
def test_header_line_gives_publication_date(line, value):
    found = find_header_date(f"A title\n\n{line}\n\nThe body starts here.")
    assert found is not None
    assert (found.value, found.source) == (value, "header")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: 04.02.2022", "2022-02-04"),  # dots: day first
        ("Published: 13/2/2022", "2022-02-13"),  # 13 cannot be a month
        ("Published: 2/13/2022 10:30", "2022-02-13T10:30"),
        ("Published: 2022/02/04", "2022-02-04"),
        ("By Jane Doe | Updated February 4, 2022", "2022-02-04"),
        # a slashed date with a 12-hour clock is written month first, as in the United States
        ("Updated: 10/4/18 5:40 PM", "2018-10-04T17:40"),
        ("Posted 3/7/19 9:05 a.m. EST", "2019-03-07T09:05"),
    ],
)
def test_numeric_and_keyword_header_dates(line, value):
    assert find_header_date(f"Title\n{line}\n\nBody.").value == value


@pytest.mark.parametrize(
    "line",
    [
        "Published: 4/2/2022",  # 4 February or 2 April: a guess would be a wrong date
        "Updated: 4/2/22 5:40 PM AEDT",  # a 12-hour clock outside the United States
        "Updated 2 hours ago",  # relative to when the page was saved, which we do not know
        "Published: Feb 4",  # no year: today's would be a guess
    ],
)
def test_header_dates_we_refuse_to_guess(line):
    assert find_header_date(f"Title\n{line}\n\nBody.") is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a two-digit year with dots (day first), and a clock time after "Published"
        ("Published 04.02.22 23:15", "2022-02-04T23:15"),
        ("Published: 17.11.21, 08:40", "2021-11-17T08:40"),
        ("Posted 09.06.98 - 7.05", "1998-06-09T07:05"),
        # a month-name date with a clock time, on a line of its own
        ("February 4, 2022 11:15 PM", "2022-02-04T23:15"),
        ("Mar 9, 2023 | 6:40 AM", "2023-03-09T06:40"),
        ("9 March 2023 · 06:40", "2023-03-09T06:40"),
        ("October 12, 20219:05 AM GMT+2Updated 3 years ago", "2021-10-12T09:05"),
        # an agency or paper's name run together with the date, or a byline ending in one
        ("ATLANTIC NEWS AGENCYFeb 4, 2022", "2022-02-04"),
        ("NORTHERN PRESS SERVICE12 May 2020 14:02", "2020-05-12T14:02"),
        ("By Jane Roe, Harbour Wire4 February 2022", "2022-02-04"),
        ("By Ann Smith and Tom Bell, Valley Times Published 8 July 2019", "2019-07-08"),
        ("BY OLGA NOVAK Oct. 3, 2018", "2018-10-03"),
        # a paper's name, a colon (or a bar, a dash) and the date
        ("The Daily Courier: 4 February 2022", "2022-02-04"),
        ("Harbour Wire | Sept 30, 2020", "2020-09-30"),
        ("Bank of Lakeland Bulletin — 2 January 2024", "2024-01-02"),
        # … with the weekday before the date
        ("The Harbour Ledger — Thursday, March 5, 2015", "2015-03-05"),
        ("Valley Times | Sat 9 May 2020", "2020-05-09"),
        # a date, then its byline on the same line
        ("June 11, 2023 — By Priya Nandakumar", "2023-06-11"),
        ("08:20, 11 June 2023 - By P. Nandakumar", "2023-06-11T08:20"),
        ("Updated June 11, 2023 — By Priya Nandakumar, Coast Desk", "2023-06-11"),
        ("Publié le 11 juin 2023 à 08h20 | Par Lucie Garnier", "2023-06-11T08:20"),
        ("Publié le 11 juin 2023 à 08h20 - Par Lucie Garnier", "2023-06-11T08:20"),
        ("11. Juni 2023 – Von Anna Berg", "2023-06-11"),
    ],
)
def test_bylines_mastheads_and_dates_with_times(line, value):
    found = find_header_date(f"A title\n\n{line}\n\nThe body starts here.")
    assert found is not None
    assert (found.value, found.source) == (value, "header")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a German place whose name holds small words, a comma and a numeric date
        ("Weilheim an der Lauter, 17.03.2023", "2023-03-17"),
        ("Offenbach am Main, 2. Mai 2021", "2021-05-02"),
        ("Neustadt im Harz, Freitag, 8. Oktober 2021", "2021-10-08"),
    ],
)
def test_a_german_place_line_dates_the_article(line, value):
    text = (
        f"Ein Titel\n\n{line}\n\nDer Gemeinderat hat am Donnerstag beschlossen, die alte Brücke "
        "über den Fluss bis zum Herbst zu sperren, weil die Träger rosten.\n"
    )
    found = find_header_date(text)
    assert found is not None
    assert found.value == value


def test_a_date_line_under_a_long_header_is_still_found():
    header = "A title\n\nA standfirst in a few words.\n\nPhoto: the harbour\n\nShare\n\nEmail\n\n"
    found = find_header_date(header + "February 4, 2022 11:15 PM\n\nThe body starts here.")
    assert found.value == "2022-02-04T23:15"


PROSE = (
    "The ferry company said on Tuesday that its two oldest boats would be taken out of "
    "service before the summer, and that the crossing would run once an hour instead."
)


@pytest.mark.parametrize(
    "line",
    [
        "4 February 2022",  # a date standing alone in the third paragraph
        "February 4, 2022 11:15 PM",
        "The Daily Courier: 4 February 2022",
        "HARBOUR WIRE 4 February 2022",
    ],
)
def test_a_date_below_the_opening_paragraphs_is_not_the_publication_date(line):
    text = f"A title\n\n{PROSE}\n\n{PROSE}\n\n{line}\n\n{PROSE}\n"
    assert find_header_date(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Remembering The Great Flood January 31, 1953",  # a headline naming a date
        "Talks resume in Geneva: 4 February 2022",  # words of a sentence before the colon
        "By the end of the week, on 4 February 2022",  # "by" opening a sentence
        "Meeting agenda 04.02.22",
        "Published: 4/2/22 10:30",  # 4 February or 2 April: no guess
        "June 11, 2023 - Byron Bay council meets",  # "By…" in a name is no byline
    ],
)
def test_lines_that_name_a_date_but_are_no_masthead(line):
    assert find_header_date(f"A title\n\n{line}\n\nThe body starts here.") is None


def test_published_line_beats_an_earlier_updated_line():
    found = find_header_date("Title\nUpdated: 3 June 2023\nPublished: 2 June 2023\n\nBody.")
    assert found.value == "2023-06-02"


def test_a_date_line_deep_in_the_body_is_not_a_header():
    body = "\n".join(f"Paragraph {i}." for i in range(60))
    assert find_header_date(f"Title\n{body}\nDate: 2019-11-02\n") is None


def test_a_sentence_with_a_date_is_not_a_header():
    assert find_header_date("Title\n\nOn 4 February 2022 the leaders met in Beijing.\n") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Fri 4 Feb 2022, 23:15", (datetime(2022, 2, 4, 23, 15), True)),
        ("2022-02-04T23:15:00+01:00", (datetime(2022, 2, 4, 23, 15), True)),
        ("Feb. 4, 2022 11:02 AM", (datetime(2022, 2, 4, 11, 2), True)),
        ("12:30 am, 4 February 2022", (datetime(2022, 2, 4, 0, 30), True)),
        ("4th February 2022", (datetime(2022, 2, 4), False)),
        ("Feb 30, 2022", None),  # no such day
        ("Monday", None),  # not a complete date: left to dateparser or to nothing
    ],
)
def test_quick_parse_of_common_forms(raw, expected):
    assert quick_parse(raw) == expected


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2022-02-04T23:15:00+00:00", "2022-02-04T23:15"),  # wall time kept as written
        ("2022-02-04T00:00:00Z", "2022-02-04"),  # zeros for a time it does not know
        ("2022-02-04", "2022-02-04"),
        ("D:20220204231500+00'00'", "2022-02-04T23:15"),  # PDF
        ("D:20220204", "2022-02-04"),
        ("Fri, 04 Feb 2022 23:15:00 +0000", "2022-02-04T23:15"),  # e-mail
        ("4 February 2022", "2022-02-04"),
        ("Feb 4th 2022 3pm", "2022-02-04T15:00"),  # left to dateparser
    ],
)
def test_metadata_dates(raw, value):
    assert from_metadata(raw).value == value


@pytest.mark.parametrize("raw", ["", "   ", "soon", "D:2022"])
def test_metadata_without_a_date(raw):
    assert from_metadata(raw) is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("2022-02-04-putin-xi.txt", "2022-02-04"),
        ("report_20220204.pdf", "2022-02-04"),
        ("2022.02.04 summit.html", "2022-02-04"),
        ("000_1942315409801798.txt", None),  # digits, but no date
        ("2022-13-04-notes.txt", None),
    ],
)
def test_file_name_dates(name, value):
    found = from_filename(name)
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    ("line", "reference", "value"),
    [
        ("BEIJING, Feb 4 (Reuters) - Talks", datetime(2022, 2, 5), "2022-02-04"),
        ("GENEVA, Nov. 8, 2019 (AP) — Talks", None, "2019-11-08"),
        ("ROCHESTER, N.Y., Feb 26 - Talks", datetime(1987, 3, 1), "1987-02-26"),
        ("LONDON, 30 December - Talks", datetime(2023, 1, 3), "2022-12-30"),  # year before
        ("LONDON, 30 December - Talks", None, None),  # no year and nothing to take it from
        ("Stocks, March 3 - fell", datetime(2022, 3, 5), None),  # not a place in capitals
        # a place in small letters before a whole date, as Spanish agencies write it
        ("Oviedo, 3 de abril de 2024 (EFE).- La", None, "2024-04-03"),
        ("Stocks, March 3, 2022 fell", None, None),  # no dash: prose
        # a year with its word, and then a full stop only
        ("ТВЕРЬ, 9 апреля 2024 года. Власти", None, "2024-04-09"),
        ("ОДЕСА, 7 травня 2024 р. — Влада", None, "2024-05-07"),
        # a place in capitals, the date and a full stop before the first sentence
        ("ТВЕРЬ, 9 апреля 2024. Власти", None, "2024-04-09"),
        ("ОДЕСА, 25 червня. Суд", datetime(2015, 6, 26), "2015-06-25"),
        ("ЗАРЕЧЬЕ, 14 ноября. /«Вести Края»/. Губернатор", datetime(2019, 11, 15), "2019-11-14"),
        ("Stocks, 9 April 2024. Prices", None, None),  # a place in small letters: prose
    ],
)
def test_dateline_dates(line, reference, value):
    found = find_dateline_date(f"Title\n\n{line} and more.", reference)
    assert (found.value if found else None) == value


def test_sources_in_order_of_trust():
    meta = from_metadata("2020-05-05")
    mtime = datetime(2021, 1, 1).timestamp()
    header = "Title\nPublished: 1 May 2020\n\nBEIJING, May 2 (Reuters) - Talks."
    dateline = "Title\n\nBEIJING, May 2 (Reuters) - Talks."
    plain = "Title\n\nTalks."
    name = "2020-05-04-talks.txt"
    assert publication_date(header, metadata=meta, name=name, mtime=mtime).source == "header"
    assert publication_date(dateline, metadata=meta, name=name, mtime=mtime).source == "dateline"
    assert publication_date(plain, metadata=meta, name=name, mtime=mtime).source == "metadata"
    assert publication_date(plain, name=name, mtime=mtime).source == "filename"
    assert publication_date(plain, mtime=mtime).source == "mtime"


def test_day_from_the_text_takes_the_time_from_metadata_of_the_same_day():
    text = "Title\nBy Jane Doe | February 4, 2022\n\nBody."
    same_day = publication_date(text, metadata=from_metadata("2022-02-04T23:15:00Z"), mtime=0)
    other_day = publication_date(text, metadata=from_metadata("2022-02-05T09:00:00Z"), mtime=0)
    assert (same_day.value, same_day.source) == ("2022-02-04T23:15", "header")
    assert (other_day.value, other_day.source) == ("2022-02-04", "header")


@pytest.mark.parametrize(
    ("name", "value", "source"),
    [
        ("updated-and-published.txt", "2023-06-02T09:45", "header"),
        ("byline.md", "2022-02-04", "header"),
        ("dateline-with-year.txt", "2019-11-08", "dateline"),
        # its year from the weekday its lead names ("said on Thursday": 3 March 2022, not
        # 2026's Tuesday): still a guess, so the article still needs its date (#14)
        ("dateline-no-year.txt", "2022-03-03", "dateline-weekday"),
        ("2021-11-02-lighthouse-keepers.txt", "2021-11-02", "filename"),
    ],
)
def test_text_articles_record_where_their_date_came_from(article, name, value, source):
    doc = read_article(article(name))
    assert (doc.published, doc.published_source) == (value, source)


def test_body_starts_after_the_dateline(article):
    doc = read_article(article("dateline-no-year.txt"))
    assert doc.text[doc.body_start :].startswith("The regional ferry operator said")


def test_a_yearless_dateline_dated_only_by_the_file_time_still_needs_a_date():
    """ "LONDON, May 2 (Reuters) -" in a file with no other date: the day is the dateline's,
    but its year is the file's guess, so the article is flagged as needing its date."""
    mtime = datetime(2021, 6, 1).timestamp()
    yearless = publication_date("Title\n\nBEIJING, May 2 (Reuters) - Talks.", mtime=mtime)
    assert (yearless.value, has_own_date(yearless.source)) == ("2021-05-02", False)
    named = publication_date(
        "Title\n\nBEIJING, May 2 (Reuters) - Talks.", name="2020-05-04-talks.txt", mtime=mtime
    )
    assert (named.value, has_own_date(named.source)) == ("2020-05-02", True)
    written = publication_date("Title\n\nBEIJING, May 2, 2019 (Reuters) - Talks.", mtime=mtime)
    assert (written.value, has_own_date(written.source)) == ("2019-05-02", True)
